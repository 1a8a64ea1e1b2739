/** The link-preview images: one 1200×630 PNG per page, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleInputs, entities, timeline } from '../../lib/load.ts';
import { renderPreview } from '../../lib/preview-image.ts';
import { previewPages, type PreviewPage } from '../../lib/previews.ts';
import { previewImagePath } from '../../lib/urls.ts';

export const getStaticPaths = (async () =>
  previewPages({ articles: articleInputs, timeline, entities }).map((page) => ({
    params: {
      slug: previewImagePath(page.path)
        .replace(/^og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { page },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: PreviewPage }> = async ({ props }) =>
  new Response(await renderPreview(props.page), { headers: { 'Content-Type': 'image/png' } });
