import type { APIRoute, GetStaticPaths } from 'astro';
import type { ArticleInput } from '../../../lib/analysis/model.ts';
import { liveMapData } from '../../../lib/map/geo.ts';
import { articleInputs, articleMapPlaces, keys } from '../../../lib/load.ts';

export const getStaticPaths = (() =>
  articleInputs.map((article) => ({
    params: { slug: article.slug },
    props: { article },
    cacheKey: keys.of(keys.article(article.slug)),
  }))) satisfies GetStaticPaths;

/** The interactive map's data for /karte/<slug>/: the places one article names. */
export const GET: APIRoute<{ article: ArticleInput }> = ({ props }) =>
  new Response(JSON.stringify(liveMapData(articleMapPlaces(props.article))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
