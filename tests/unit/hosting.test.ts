import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/feed.ts';
import { CONTENT_SECURITY_POLICY, headersFile, nginxHeaders, SECURITY_HEADERS } from '../../src/lib/security.ts';
import { loadArticle, ROOT } from './helpers.ts';

const { data } = loadArticle();

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
    ]);
  });

  it('are written as a _headers file for every path', () => {
    const file = headersFile();
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
  });

  it('are the same in the README’s nginx configuration', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const line of nginxHeaders().split('\n')) expect(readme).toContain(line);
  });
});

describe('the RSS feed', () => {
  it('links each article absolutely, under the base', () => {
    const [item] = feedItems([{ slug: 'x', data }], 'https://example.org', '/lagebild/');
    expect(item!.link).toBe('https://example.org/lagebild/artikel/x/');
    expect(item!.title).toBe(data.title);
  });

  it('invents no day for a date known only to the month', () => {
    const [item] = feedItems([{ slug: 'x', data }], 'https://example.org', '/');
    expect(data.published).toBe('2022-01');
    expect(item!.pubDate).toBeUndefined();
    expect(item!.description).toContain('(Erschienen: Januar 2022)');
    const [dated] = feedItems([{ slug: 'x', data: { ...data, published: '2022-01-13' } }], 'https://example.org', '/');
    expect(dated!.pubDate?.toISOString()).toBe('2022-01-13T00:00:00.000Z');
    expect(dated!.description).toBe(data.dek);
  });
});
