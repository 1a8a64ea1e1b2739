/**
 * Framing: the generated `_headers` lets other sites frame the embeds
 * (/einbetten/…) and nothing else, on a host that applies every matching rule
 * and joins a header that two rules set (Cloudflare Pages), and on one that
 * keeps one value per header (Netlify): each path gets exactly one policy.
 */
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  embedAncestors,
  embedContentSecurityPolicy,
  headersFile,
  nginxHeaders,
  SECURITY_HEADERS,
} from '../../src/lib/publish/security.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';
import { headersFor, parseHeadersFile } from '../e2e/static-server.ts';

/** The top of a built site, made up for the test (a folder per kind of page, pages and other files at the root). */
const entries = ['_astro', 'artikel', 'einbetten', 'karte', 'orte', 'zeitleiste', '404.html', 'index.html', 'rss.xml'];

function policies(file: string, path: string): string[] {
  const rules = parseHeadersFile(file);
  // Every matching rule's value of the header, one per rule (the comma inside a joined value would split a CSP).
  return rules
    .filter((r) => r.path.test(path))
    .flatMap((r) => r.headers.filter(([name]) => name === 'Content-Security-Policy').map(([, v]) => v));
}

describe('the _headers file and framing', () => {
  const file = headersFile({ entries });

  it('gives every page of the site exactly one policy, which refuses framing', () => {
    for (const path of [
      '/',
      '/index.html',
      '/404.html',
      '/artikel/x/',
      '/karte/',
      '/karte/x/',
      '/orte/almaty/',
      '/zeitleiste/x/',
    ]) {
      expect(policies(file, path), path).toEqual([CONTENT_SECURITY_POLICY]);
      expect(headersFor(parseHeadersFile(file), path)['Content-Security-Policy'], path).toContain(
        "frame-ancestors 'none'",
      );
    }
  });

  it('gives the embeds exactly one policy, which lets any site frame them and allows nothing else from other hosts', () => {
    for (const path of [
      '/einbetten/karte/',
      '/einbetten/karte/x/',
      '/einbetten/zeitleiste/x/',
      '/einbetten/orte/almaty/',
    ]) {
      expect(policies(file, path), path).toEqual([embedContentSecurityPolicy('*')]);
      const csp = headersFor(parseHeadersFile(file), path)['Content-Security-Policy']!;
      expect(csp).toMatch(/frame-ancestors \*$/);
      expect(csp).not.toContain("'none'; frame");
      expect(csp).toContain("default-src 'self'");
    }
    expect(file).not.toMatch(/X-Frame-Options/);
  });

  it('sends the other security headers on every path, the embeds too', () => {
    for (const path of ['/', '/einbetten/karte/', '/rss.xml']) {
      const headers = headersFor(parseHeadersFile(file), path);
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      expect(headers['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('needs no host-specific syntax (no detach lines that Netlify would not know)', () => {
    expect(file).not.toMatch(/^\s+!/m);
  });

  it('keeps the rules under the base path', () => {
    const sub = headersFile({ base: '/lagebild/', entries });
    expect(policies(sub, '/lagebild/einbetten/karte/')).toEqual([embedContentSecurityPolicy('*')]);
    expect(policies(sub, '/lagebild/karte/')).toEqual([CONTENT_SECURITY_POLICY]);
    expect(policies(sub, '/lagebild/')).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('limits framing to the listed sites when the build names them', () => {
    const ancestors = embedAncestors(' https://zeitung.example  https://sender.example ');
    expect(ancestors).toBe('https://zeitung.example https://sender.example');
    expect(policies(headersFile({ entries, ancestors }), '/einbetten/karte/')[0]).toMatch(
      /frame-ancestors https:\/\/zeitung\.example https:\/\/sender\.example$/,
    );
    expect(embedAncestors(undefined)).toBe('*');
    expect(embedAncestors('')).toBe('*');
  });

  it('refuses a list entry that is no origin, in German, naming it', () => {
    expect(() => embedAncestors('https://zeitung.example/artikel/')).toThrow(
      'LAGEBILD_EMBED_ANCESTORS: »https://zeitung.example/artikel/« ist keine Herkunft wie https://zeitung.example (Schema und Host, ohne Pfad).',
    );
    expect(() => embedAncestors("'self'; script-src *")).toThrow(/ist keine Herkunft/);
  });

  it('are the same for the embeds in the deploy guide’s nginx configuration', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'deploy.md'), 'utf8');
    const embedHeaders = { ...SECURITY_HEADERS, 'Content-Security-Policy': embedContentSecurityPolicy('*') };
    for (const line of nginxHeaders(embedHeaders).split('\n')) expect(guide).toContain(`    ${line}`);
  });
});
