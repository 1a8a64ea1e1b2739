/**
 * Embeds: the views other sites may place in their own articles, framed
 * (an iframe), and what announces them (the iframe code of the »Einbetten«
 * control, the oEmbed answers). An embed lives at `einbetten/` + the path of
 * the page it shows in full (`karte/` → `einbetten/karte/`), and its id is
 * that page's path without the trailing slash (`karte`, `orte/almaty`): the
 * id in the height messages (docs/einbetten.md), the oEmbed file's name.
 * Pure: the site URL and base come in as arguments (defaults: the build's).
 */
import { mapPath, placePath, siteUrl, timelinePath, withBase } from '../format/urls.ts';
import { escapeXml } from './feed.ts';
import { EMBED_FOLDER } from './security.ts';

/** The kinds of embeddable view, each with the iframe height it starts at (px) until it says its own. */
const EMBED_HEIGHT = { map: 760, timeline: 640, place: 520 } as const;
type EmbedKind = keyof typeof EMBED_HEIGHT;

/** The width an oEmbed answer gives (the iframe itself takes the column's width). */
const OEMBED_WIDTH = 640;

export interface Embed {
  /** The full page's path below the base ("karte/", "orte/almaty/"). */
  page: string;
  kind: EmbedKind;
  /** What the embed shows, in German (the iframe's title, the oEmbed title). */
  title: string;
}

/** The map of all places, or of one article's. */
export const mapEmbed = (article?: { slug: string; title: string }): Embed =>
  article
    ? { page: mapPath(article.slug), kind: 'map', title: `Karte zum Artikel »${article.title}«` }
    : { page: mapPath(), kind: 'map', title: 'Karte der Orte' };

/** One article's timeline. */
export const timelineEmbed = (article: { slug: string; title: string }): Embed => ({
  page: timelinePath(article.slug),
  kind: 'timeline',
  title: `Zeitleiste zum Artikel »${article.title}«`,
});

/** One place's locator map. */
export const placeEmbed = (place: { id: string; name: string }): Embed => ({
  page: placePath(place.id),
  kind: 'place',
  title: `Lage von ${place.name}`,
});

/** The embed's id: its page's path without the trailing slash ("karte/x"). */
export const embedId = (page: string): string => page.replace(/^\/+|\/+$/g, '');
/** The embed's own path below the base ("einbetten/karte/x/"). */
export const embedPath = (page: string): string => `${EMBED_FOLDER}/${embedId(page)}/`;
/** Its oEmbed answer, below the base ("einbetten/oembed/karte/x.json"). */
const oembedPath = (page: string): string => `${EMBED_FOLDER}/oembed/${embedId(page)}.json`;
/** The host script that resizes the iframes (public/einbetten/einbetten.js). */
const hostScriptPath = `${EMBED_FOLDER}/einbetten.js`;

/** The message an embed posts to its host page: `{ "lagebild-height": { "<id>": <px> } }` (docs/einbetten.md). */
export const HEIGHT_MESSAGE = 'lagebild-height';

interface Site {
  site?: string | undefined;
  base?: string | undefined;
}

/**
 * The code a newsroom pastes into its article: the iframe, full column
 * width, at the kind's height (works alone), and the optional script that
 * then fits the height to the content.
 */
export function iframeCode(embed: Embed, { site, base }: Site = {}): string {
  const src = siteUrl(embedPath(embed.page), site, base);
  const script = siteUrl(hostScriptPath, site, base);
  return [
    `<iframe src="${escapeXml(src)}" title="${escapeXml(embed.title)}" width="100%"`,
    ` height="${EMBED_HEIGHT[embed.kind]}" loading="lazy" style="border:0;width:100%"`,
    ` data-lagebild-embed="${escapeXml(embedId(embed.page))}"></iframe>`,
    `\n<script async src="${escapeXml(script)}"></script>`,
  ].join('');
}

/** The oEmbed answer (oembed.com, type "rich") for an embeddable page. */
export function oembedJson(embed: Embed, { site, base }: Site = {}): Record<string, string | number> {
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: 'Lagebild',
    provider_url: siteUrl('', site, base),
    html: iframeCode(embed, { site, base }),
    width: OEMBED_WIDTH,
    height: EMBED_HEIGHT[embed.kind],
  };
}

/** The `<link rel="alternate">` address of a page's oEmbed answer (absolute, as oEmbed asks). */
export const oembedUrl = (page: string, { site, base }: Site = {}): string => siteUrl(oembedPath(page), site, base);

/** The embed's address within the site (for a link in the page). */
export const embedUrl = (page: string): string => withBase(embedPath(page));
