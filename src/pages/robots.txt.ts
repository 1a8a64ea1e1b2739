/** robots.txt: everything may be crawled; the sitemap under the configured site and base. */
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/format/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl('sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
