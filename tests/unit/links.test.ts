/** Where a link in an article's text may go: the web, e-mail, this site; nothing that runs. */
import { describe, expect, it } from 'vitest';
import { refusedLink } from '../../src/lib/analysis/links.ts';

describe('links in article bodies', () => {
  it('accepts http(s), mailto and paths or anchors on this site', () => {
    for (const url of [
      'https://www.tagesschau.de/ausland/asien/kasachstan-101.html',
      'http://example.org',
      'mailto:redaktion@example.org',
      '/karte/#ort-almaty',
      '#absatz-2',
      '../zeitleiste/',
      'orte/almaty/',
    ]) {
      expect(refusedLink(url), url).toBeUndefined();
    }
  });

  it('refuses script, data and file links, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      expect(refusedLink(url), JSON.stringify(url)).toMatch(
        /^a link to "[a-z]+:"; expected an http\(s\) or mailto link/,
      );
    }
  });

  it('asks for the scheme of a protocol-relative link', () => {
    expect(refusedLink('//evil.example/x')).toBe('a link without its scheme; expected "https://…"');
    expect(refusedLink('\\\\evil.example/x')).toBe('a link without its scheme; expected "https://…"');
  });
});
