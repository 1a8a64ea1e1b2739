/**
 * An actor as the site shows it: its registry facts labelled in German once
 * (`actorView`), shared by the article page and the actor pages; each adds
 * what is its own (the article's mentions, the pages' lists).
 */
import type { Actor, Source } from '../analysis/model.ts';
import { actorKindLabel, languageLabel } from '../format/labels.ts';
import { actorUrl } from '../format/urls.ts';

export interface ActorView {
  id: string;
  name: string;
  kind: Actor['kind'];
  /** »Person«, »Organisation«, … */
  kindLabel: string;
  /** The actor's own page (/akteure/<id>/). */
  href: string;
  /** The role at the article's reference date (site-wide: the latest). */
  role: string;
  /** Other names, without the name itself. */
  aliases: string[];
  /** The name in other languages and scripts, with the language's German name. */
  otherNames: { lang: string; langLabel: string; name: string }[];
  wikidata?: string | undefined;
  wikidataUrl?: string | undefined;
  notes?: string | undefined;
  sources: Source[];
}

/** The actor's view, built once from the resolved actor. */
export function actorView(actor: Actor): ActorView {
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    kindLabel: actorKindLabel[actor.kind],
    href: actorUrl(actor.id),
    role: actor.role,
    aliases: actor.aliases.filter((x) => x !== actor.name),
    otherNames: actor.names.map((n) => ({ ...n, langLabel: languageLabel[n.lang] ?? n.lang })),
    wikidata: actor.wikidata,
    wikidataUrl: actor.wikidata ? `https://www.wikidata.org/wiki/${actor.wikidata}` : undefined,
    notes: actor.notes,
    sources: actor.sources ?? [],
  };
}
