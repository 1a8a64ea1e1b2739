/**
 * The oEmbed answers (oembed.com, type "rich"): one static JSON file per
 * embeddable page, which that page announces with
 * `<link rel="alternate" type="application/json+oembed">`.
 */
import type { APIRoute } from 'astro';
import { keys, siteEmbeds } from '../../../lib/load.ts';
import { embedId, oembedJson, type Embed } from '../../../lib/publish/embeds.ts';

export function getStaticPaths() {
  return siteEmbeds().map((embed) => ({
    params: { embed: embedId(embed.page) },
    props: { embed },
    cacheKey: keys.of(embed),
  }));
}

export const GET: APIRoute<{ embed: Embed }> = ({ props }) =>
  new Response(JSON.stringify(oembedJson(props.embed)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
