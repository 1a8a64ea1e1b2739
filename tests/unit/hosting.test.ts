import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/publish/feed.ts';
import {
  CONTENT_SECURITY_POLICY,
  headersFile,
  nginxHeaders,
  SECURITY_HEADERS,
} from '../../src/lib/publish/security.ts';
import { ROOT, testCorpus } from './helpers.ts';

describe('security headers', () => {
  it('allow nothing from other hosts and no inline script or style', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    expect(Object.keys(SECURITY_HEADERS)).toEqual([
      'Content-Security-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
      'Permissions-Policy',
      'Strict-Transport-Security',
    ]);
    // Chromium logs an error for every page whose policy names a feature it does not know (web-share).
    expect(SECURITY_HEADERS['Permissions-Policy']).not.toContain('web-share');
  });

  it('are written as a _headers file for every path', () => {
    const file = headersFile();
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('  Strict-Transport-Security: max-age=31536000\n');
  });

  it('let browsers keep the hashed assets for a year, under the base path', () => {
    expect(headersFile()).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(headersFile({ base: '/lagebild/' })).toContain(
      '/lagebild/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
  });

  it('are the same in the deploy guide’s nginx configuration', () => {
    const readme = readFileSync(join(ROOT, 'docs', 'deploy.md'), 'utf8');
    for (const line of nginxHeaders().split('\n')) expect(readme).toContain(line);
  });
});

describe('the RSS feed', () => {
  const { articles, problems } = testCorpus({
    articles: [
      {
        slug: 'am-tag',
        data: {
          title: 'Ein Tag',
          dek: 'Vorspann des Tages',
          published: '2022-01-13',
          source: { outlet: 'Testzeitung', author: 'Anna <Autorin> & Co' },
        },
        body: 'Text.',
      },
      {
        slug: 'im-monat',
        data: { title: 'Ein Monat', dek: 'Vorspann des Monats', published: '2022-01' },
        body: 'Text.',
      },
    ],
  });
  const items = feedItems(articles, 'https://example.org', '/');
  const item = (title: string) => items.find((i) => i.title === title)!;

  it('has one item per article, linked absolutely under the base', () => {
    expect(problems).toEqual(new Map());
    expect(items.map((i) => i.title)).toEqual(articles.map((a) => a.data.title));
    expect(item('Ein Tag').link).toBe('https://example.org/artikel/am-tag/');
    const [under] = feedItems(articles, 'https://example.org', '/lagebild/');
    expect(under!.link).toBe(`https://example.org/lagebild/artikel/${articles[0]!.slug}/`);
  });

  it('dates an item published on a known day', () => {
    const dated = item('Ein Tag');
    expect(dated.pubDate?.toISOString()).toBe('2022-01-13T00:00:00.000Z');
    expect(dated.description).toBe('Vorspann des Tages');
    expect(dated.categories).toEqual(['Analyse']);
    expect(dated.customData).toBe('<dc:creator>Anna &#60;Autorin&#62; &#38; Co</dc:creator>');
  });

  it('invents no day for a date known only to the month', () => {
    const monthly = item('Ein Monat');
    expect(monthly.pubDate).toBeUndefined();
    expect(monthly.description).toBe('Vorspann des Monats (Erschienen: Januar 2022)');
    expect(monthly.customData).toBeUndefined();
  });
});
