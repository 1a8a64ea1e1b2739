/** The link-preview images: one 1200×630 PNG per page, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allMapPlaces, articleInputs, entities, keys, timeline, timelineBook } from '../../lib/load.ts';
import { buildPreviewCache } from '../../lib/previews/preview-cache.ts';
import { renderPreview } from '../../lib/previews/preview-image.ts';
import { previewFingerprint, renderPreviews } from '../../lib/previews/preview-render.ts';
import { previewPages, type PreviewPage } from '../../lib/previews/previews.ts';
import { previewImagePath } from '../../lib/format/urls.ts';

const pages = previewPages({
  articles: articleInputs,
  timeline: timeline(),
  timelinePages: timelineBook(),
  entities: entities(),
  mapPlaces: allMapPlaces(),
});

const fingerprint = previewFingerprint();

// `astro build` keeps the images in its preview cache (src/lib/previews/preview-cache.ts);
// `astro dev` has none and renders each image on request.
const cache = buildPreviewCache(previewFingerprint, renderPreviews);

export const getStaticPaths = (async () => {
  // An incremental build copies the images of unchanged pages and asks for none of them: their cache entries stay.
  cache?.keep(pages);
  return pages.map((page) => ({
    params: {
      slug: previewImagePath(page.path)
        .replace(/^og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { page },
    // The template and the fonts are read from files, which the route's code hash does not see.
    cacheKey: keys.of(page, fingerprint),
  }));
}) satisfies GetStaticPaths;
let prepared: Promise<void> | undefined;

export const GET: APIRoute<{ page: PreviewPage }> = async ({ props }) => {
  if (!cache) return png(await renderPreview(props.page));
  // The build's first request renders every image the cache lacks, at once
  // and on all cores; every request then reads its image from the cache.
  prepared ??= cache.prepare(pages);
  await prepared;
  return png(await cache.get(props.page));
};

const png = (body: Uint8Array<ArrayBuffer>) => new Response(body, { headers: { 'Content-Type': 'image/png' } });
