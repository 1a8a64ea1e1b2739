/**
 * The analysis layer across articles: one entity per actor or place id, with
 * every mention (sentence as context), the claims made by or about it, its
 * events and the analysis's notes; and the contradictions between claims.
 * Pure: takes the articles' validated data and bodies, returns plain values.
 */
import type { Actor } from '../schemas/actor.ts';
import type { ArticleData } from '../schemas/article.ts';
import type { Place } from '../schemas/place.ts';
import type { Source } from '../schemas/shared.ts';
import { formatCoordinates } from './coordinates.ts';
import { formatDay } from './dates.ts';
import { mentionsInContext, mentionTable, type MentionInContext } from './entities.ts';
import { evidenceAnchor } from './evidence.ts';
import {
  actorKindLabel,
  geoPrecisionLabel,
  languageLabel,
  placeKindLabel,
  stanceLabel,
  statusLabel,
} from './labels.ts';
import { dateOrRangeLabel, eventDateLabel, sortEvents } from './timeline.ts';
import { bodyParagraphs } from './text.ts';
import { actorUrl, articleParagraphUrl, articleUrl, factCheckAnchor, placeUrl, timelineEventUrl } from './urls.ts';

export interface ArticleWithBody {
  slug: string;
  data: ArticleData;
  body: string;
}

export interface ArticleRef {
  slug: string;
  title: string;
  href: string;
}

export interface ClaimView {
  id: string;
  speaker: { id: string; name: string; href: string };
  summary: string;
  quote?: string | undefined;
  stanceLabel: string;
  said?: { datetime: string; label: string } | undefined;
  claimedDateLabel?: string | undefined;
  href?: string | undefined;
  sources: Source[];
  article: ArticleRef;
}

export interface EventRefView {
  id: string;
  title: string;
  dateLabel: string;
  datetime: string;
  statusLabel: string;
  status: string;
  href: string;
}

export interface FactCheckView {
  id: string;
  note: string;
  checked: { datetime: string; label: string };
  sources: Source[];
  href: string;
  article: ArticleRef;
}

export interface MentionView extends MentionInContext {
  href: string;
  article: ArticleRef;
}

interface EntityBase {
  id: string;
  name: string;
  href: string;
  kindLabel: string;
  aliases: string[];
  notes?: string | undefined;
  articles: ArticleRef[];
  mentions: MentionView[];
  claimsBy: ClaimView[];
  claimsAbout: ClaimView[];
  events: EventRefView[];
  factChecks: FactCheckView[];
}

export interface ActorEntity extends EntityBase {
  type: 'actor';
  kind: Actor['kind'];
  role: string;
  otherNames: { lang: string; langLabel: string; name: string }[];
  wikidata?: string | undefined;
  wikidataUrl?: string | undefined;
  sources: Source[];
}

export interface PlaceEntity extends EntityBase {
  type: 'place';
  kind: Place['kind'];
  coordinates: [number, number];
  coordinatesLabel: string;
  precisionLabel: string;
  geoPrecision: Place['geoPrecision'];
  radiusKm?: number | undefined;
  guarded: boolean;
  within?: { id: string; name: string; href: string } | undefined;
  evidenceHref?: string | undefined;
  wikidata?: string | undefined;
  sources: Source[];
}

const articleRef = ({ slug, data }: ArticleWithBody): ArticleRef => ({
  slug,
  title: data.title,
  href: articleUrl(slug),
});

function claimView(article: ArticleWithBody, claim: ArticleData['claims'][number]): ClaimView {
  const speaker = article.data.actors.find((a) => a.id === claim.speaker);
  return {
    id: claim.id,
    speaker: { id: claim.speaker, name: speaker?.name ?? claim.speaker, href: actorUrl(claim.speaker) },
    summary: claim.summary,
    quote: claim.quote,
    stanceLabel: stanceLabel[claim.stance],
    said: claim.date ? { datetime: claim.date, label: formatDay(claim.date, 'medium') } : undefined,
    claimedDateLabel: claim.claimedDate ? dateOrRangeLabel(claim.claimedDate, claim.claimedDateQualifier) : undefined,
    href: claim.quote ? `${articleUrl(article.slug)}#${evidenceAnchor('claim', claim.id)}` : undefined,
    sources: claim.sources ?? [],
    article: articleRef(article),
  };
}

function eventRef(event: ArticleData['events'][number]): EventRefView {
  return {
    id: event.id,
    title: event.title,
    dateLabel: eventDateLabel(event),
    datetime: event.date.split('/')[0]!,
    statusLabel: statusLabel[event.status],
    status: event.status,
    href: timelineEventUrl(event.id),
  };
}

function factCheckView(article: ArticleWithBody, f: ArticleData['factChecks'][number]): FactCheckView {
  return {
    id: f.id,
    note: f.note,
    checked: { datetime: f.checked, label: formatDay(f.checked, 'medium') },
    sources: f.sources,
    href: `${articleUrl(article.slug)}#${factCheckAnchor(f.id)}`,
    article: articleRef(article),
  };
}

/** Actors and places of all articles, merged by id (the first article's description wins). */
export function entityIndex(articles: readonly ArticleWithBody[]): { actors: ActorEntity[]; places: PlaceEntity[] } {
  const actors = new Map<string, ActorEntity>();
  const places = new Map<string, PlaceEntity>();

  for (const article of articles) {
    const { data } = article;
    const ref = articleRef(article);
    const mentions = mentionsInContext(bodyParagraphs(article.body), mentionTable(data.actors, data.places));
    const mentionViews = (key: string): MentionView[] =>
      (mentions.get(key) ?? []).map((m) => ({
        ...m,
        href: articleParagraphUrl(article.slug, m.paragraph),
        article: ref,
      }));
    const events = sortEvents(data.events);

    for (const a of data.actors) {
      const entity: ActorEntity = actors.get(a.id) ?? {
        type: 'actor',
        id: a.id,
        name: a.name,
        href: actorUrl(a.id),
        kind: a.kind,
        kindLabel: actorKindLabel[a.kind],
        role: a.role,
        aliases: [],
        otherNames: a.names.map((n) => ({ ...n, langLabel: languageLabel[n.lang] ?? n.lang })),
        wikidata: a.wikidata,
        wikidataUrl: a.wikidata ? `https://www.wikidata.org/wiki/${a.wikidata}` : undefined,
        notes: a.notes,
        sources: a.sources ?? [],
        articles: [],
        mentions: [],
        claimsBy: [],
        claimsAbout: [],
        events: [],
        factChecks: [],
      };
      entity.aliases = [...new Set([...entity.aliases, ...a.aliases.filter((x) => x !== a.name)])];
      entity.articles.push(ref);
      entity.mentions.push(...mentionViews(`actor:${a.id}`));
      entity.claimsBy.push(...data.claims.filter((c) => c.speaker === a.id).map((c) => claimView(article, c)));
      entity.claimsAbout.push(
        ...data.claims
          .filter((c) => c.speaker !== a.id && (c.about.actors.includes(a.id) || c.reportedBy === a.id))
          .map((c) => claimView(article, c)),
      );
      entity.events.push(...events.filter((e) => e.actors.includes(a.id)).map(eventRef));
      entity.factChecks.push(
        ...data.factChecks.filter((f) => f.about.actors.includes(a.id)).map((f) => factCheckView(article, f)),
      );
      actors.set(a.id, entity);
    }

    for (const p of data.places) {
      const within = p.within ? data.places.find((x) => x.id === p.within) : undefined;
      const entity: PlaceEntity = places.get(p.id) ?? {
        type: 'place',
        id: p.id,
        name: p.name,
        href: placeUrl(p.id),
        kind: p.kind,
        kindLabel: placeKindLabel[p.kind],
        aliases: [],
        coordinates: p.coordinates,
        coordinatesLabel: formatCoordinates(p.coordinates),
        precisionLabel: geoPrecisionLabel[p.geoPrecision],
        geoPrecision: p.geoPrecision,
        radiusKm: p.radiusKm,
        guarded: p.guarded,
        within: within ? { id: within.id, name: within.name, href: placeUrl(within.id) } : undefined,
        evidenceHref: p.evidence ? `${articleUrl(article.slug)}#${evidenceAnchor('place', p.id)}` : undefined,
        wikidata: p.wikidata,
        notes: p.notes,
        sources: p.sources,
        articles: [],
        mentions: [],
        claimsBy: [],
        claimsAbout: [],
        events: [],
        factChecks: [],
      };
      entity.aliases = [...new Set([...entity.aliases, ...p.aliases.filter((x) => x !== p.name)])];
      entity.articles.push(ref);
      entity.mentions.push(...mentionViews(`place:${p.id}`));
      entity.claimsAbout.push(
        ...data.claims.filter((c) => c.about.places.includes(p.id)).map((c) => claimView(article, c)),
      );
      entity.events.push(...events.filter((e) => e.places.includes(p.id)).map(eventRef));
      entity.factChecks.push(
        ...data.factChecks.filter((f) => f.about.places.includes(p.id)).map((f) => factCheckView(article, f)),
      );
      places.set(p.id, entity);
    }
  }

  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'de');
  return { actors: [...actors.values()].sort(byName), places: [...places.values()].sort(byName) };
}

/** Entities grouped by kind, in the order of the kind labels, for the index pages. */
export function groupByKind<T extends { kind: string; kindLabel: string }>(
  entities: readonly T[],
  order: readonly string[],
): { kind: string; label: string; entities: T[] }[] {
  return order
    .map((kind) => ({
      kind,
      label: entities.find((e) => e.kind === kind)?.kindLabel ?? kind,
      entities: entities.filter((e) => e.kind === kind),
    }))
    .filter((g) => g.entities.length > 0);
}

export interface ContradictionPair {
  id: string;
  claims: [ClaimView, ClaimView];
  about: string[];
}

/** Every pair of claims that contradict each other (named on either side), once. */
export function contradictions(article: ArticleWithBody): ContradictionPair[] {
  const { data } = article;
  const seen = new Set<string>();
  const pairs: ContradictionPair[] = [];
  for (const claim of data.claims) {
    for (const otherId of claim.contradicts) {
      const other = data.claims.find((c) => c.id === otherId);
      if (!other) continue;
      // Earlier statement first; on the same day, the one the article names first.
      const order = (c: typeof claim) => data.claims.indexOf(c);
      const [first, second] = [claim, other].sort(
        (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || order(a) - order(b),
      ) as [typeof claim, typeof claim];
      const key = [first.id, second.id].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      const about = [...new Set([...first.about.events, ...second.about.events])]
        .map((id) => data.events.find((e) => e.id === id)?.title)
        .filter((t): t is string => !!t);
      pairs.push({
        id: key.replace('|', '--'),
        claims: [claimView(article, first), claimView(article, second)],
        about,
      });
    }
  }
  return pairs;
}
