/** /rss.xml: the articles as an RSS feed. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_DESCRIPTION, FEED_TITLE, FEED_XMLNS, feedItems } from '../lib/publish/feed.ts';
import { articleInputs } from '../lib/load.ts';
import { siteUrl } from '../lib/format/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    site: siteUrl('', site?.href, import.meta.env.BASE_URL),
    items: feedItems(articleInputs, site!.href, import.meta.env.BASE_URL),
    xmlns: FEED_XMLNS,
    customData: '<language>de-de</language>',
  });
