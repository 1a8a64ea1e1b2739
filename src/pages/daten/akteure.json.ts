import type { APIRoute } from 'astro';
import { absolute } from '../../lib/format/urls.ts';
import { entities } from '../../lib/load.ts';

export const GET: APIRoute = async ({ site }) => {
  const { actors } = entities();
  const body = {
    title: 'Lagebild – Akteure',
    actors: actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      kindLabel: a.kindLabel,
      role: a.role,
      aliases: a.aliases,
      names: a.otherNames.map(({ lang, name }) => ({ lang, name })),
      wikidata: a.wikidata ?? null,
      url: absolute(a.href, site),
      articles: a.articles.map((r) => ({ slug: r.slug, title: r.title, url: absolute(r.href, site) })),
      mentions: a.mentions.map((m) => ({ paragraph: m.paragraph, text: m.match, url: absolute(m.href, site) })),
      claims: a.claimsBy.map((c) => c.id),
      events: a.events.map((e) => e.id),
      sources: a.sources,
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
