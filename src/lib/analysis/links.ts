/**
 * Where a link in an article's text may go: the web (http, https), an
 * e-mail address (mailto) or this site (a path or an anchor). Anything else
 * (javascript:, data:, vbscript:, file:, a protocol-relative //host) would
 * reach the page as an executable or unexpected link, so the build refuses it
 * with the line of the text, as it refuses raw HTML.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const ALLOWED = new Set(['http', 'https', 'mailto']);

/** Why a link target is refused, or undefined where it may stay. */
export function refusedLink(url: string): string | undefined {
  // Browsers ignore control characters and spaces in and around a scheme (»java\tscript:«) and read a
  // backslash as a slash: look at the target as they do.
  const target = url.replace(/[\u0000-\u0020]/g, '').replace(/\\/g, '/');
  if (target.startsWith('//')) return 'a link without its scheme; expected "https://…"';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1]?.toLowerCase();
  if (scheme === undefined || ALLOWED.has(scheme)) return undefined;
  return `a link to "${scheme}:"; expected an http(s) or mailto link or a path on this site (/…, #…)`;
}

/** The links and images of a text that go where no link may go, each with its node (for the line). */
export function refusedLinks(tree: Root): { url: string; reason: string; node: { position?: Root['position'] } }[] {
  const found: { url: string; reason: string; node: { position?: Root['position'] } }[] = [];
  visit(tree, ['link', 'image', 'definition'], (node) => {
    const { url } = node as { url: string };
    const reason = refusedLink(url);
    if (reason) found.push({ url, reason, node });
  });
  return found;
}
