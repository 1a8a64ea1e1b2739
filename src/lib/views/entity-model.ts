/**
 * The analysis layer across articles: one entity per actor or place id, with
 * every mention (sentence as context), the claims made by or about it, its
 * events and the analysis's notes; and the contradictions between claims.
 * Pure: takes the articles' validated data and bodies, returns plain values.
 */
import { inReportOrder, resolveActor, resolvePlace } from '../analysis/corpus.ts';
import type { Actor, ArticleInput, Claim, Confidence, Event, FactCheck, Place, Source } from '../analysis/model.ts';
import type { Registries } from '../analysis/registries.ts';
import { formatDay } from '../format/dates.ts';
import { entityKey, mentionsInContext, type MentionInContext } from './entities.ts';
import { evidenceAnchor } from '../format/evidence.ts';
import { relationByLabel, relationLabel, kindGroupLabel } from '../format/labels.ts';
import { sortEvents } from './timeline.ts';
import type { TimelineLocator } from '../format/urls.ts';
import { claimView, type ClaimView } from './claim.ts';
import { articleRef, type ArticleRef } from './refs.ts';
import { placeView, type PlaceView } from './place.ts';
import { actorView, type ActorView } from './actor.ts';
import { eventView, type EventView } from './event.ts';
import { articleParagraphUrl, articleUrl, factCheckAnchor, placeUrl } from '../format/urls.ts';

export type ArticleWithBody = ArticleInput;

/** An event on an actor's or place's page: a `Pick` of its one view (event.ts), linked to the timeline, naming its article. */
interface EventRefView extends Pick<
  EventView,
  'id' | 'title' | 'date' | 'range' | 'timeOfDay' | 'dateLabel' | 'datetime' | 'statusLabel' | 'status'
> {
  href: string;
  /** The article whose report this is. */
  article: ArticleRef;
}

interface FactCheckView {
  id: string;
  note: string;
  checked: { datetime: string; label: string };
  sources: Source[];
  href: string;
  article: ArticleRef;
}

interface MentionView extends MentionInContext {
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

/** An actor across articles: its one view (actor.ts) with what every article says of it. */
export interface ActorEntity extends EntityBase, ActorView {
  type: 'actor';
}

/** A place across articles: its one view (place.ts) with what every article says of it. */
export interface PlaceEntity extends EntityBase, PlaceView {
  type: 'place';
  guarded: boolean;
  /** How sure the analysis is that the site was guarded (from the newest article that lists it so). */
  guardedConfidence?: Confidence | undefined;
  within?: { id: string; name: string; href: string } | undefined;
  evidenceHref?: string | undefined;
}

function eventRef(event: Event, article: ArticleWithBody, locate: TimelineLocator): EventRefView {
  const { id, title, date, range, timeOfDay, dateLabel, datetime, statusLabel, status } = eventView(event);
  return {
    id,
    title,
    date,
    range,
    timeOfDay,
    dateLabel,
    datetime,
    statusLabel,
    status,
    href: locate(event.id),
    article: articleRef(article),
  };
}

function factCheckView(article: ArticleWithBody, f: FactCheck): FactCheckView {
  return {
    id: f.id,
    note: f.note,
    checked: { datetime: f.checked, label: formatDay(f.checked, 'medium') },
    sources: f.sources,
    href: `${articleUrl(article.slug)}#${factCheckAnchor(f.id)}`,
    article: articleRef(article),
  };
}

/**
 * Events once each (one event, many reports: the latest report stands for
 * it, by the rule of inReportOrder, `rank` being each article's place in
 * that order), by date.
 */
function eventsInOrder(views: EventRefView[], rank: ReadonlyMap<string, number>): EventRefView[] {
  const byId = new Map<string, EventRefView>();
  const newer = (a: EventRefView, b: EventRefView) => (rank.get(a.article.slug) ?? 0) > (rank.get(b.article.slug) ?? 0);
  for (const view of views) {
    const seen = byId.get(view.id);
    if (!seen || newer(view, seen)) byId.set(view.id, view);
  }
  return sortEvents([...byId.values()]);
}

/** Claims and notes by the date they were made (undated last), then by article. */
const byDate = <T extends { said?: { datetime: string } | undefined; article: ArticleRef }>(items: T[]): T[] =>
  [...items].sort(
    (a, b) =>
      (a.said?.datetime ?? '9999').localeCompare(b.said?.datetime ?? '9999') ||
      a.article.title.localeCompare(b.article.title, 'de'),
  );

/** What an entity gathers from the articles, empty until they are read. */
const emptyLists = () => ({
  articles: [] as ArticleRef[],
  mentions: [] as MentionView[],
  claimsBy: [] as ClaimView[],
  claimsAbout: [] as ClaimView[],
  events: [] as EventRefView[],
  factChecks: [] as FactCheckView[],
});

function actorEntity(actor: Actor): ActorEntity {
  return { type: 'actor', ...actorView(actor), ...emptyLists() };
}

function placeEntity(place: Place, within: Place | undefined): PlaceEntity {
  return {
    type: 'place',
    ...placeView(place),
    guarded: false,
    within: within ? { id: within.id, name: within.name, href: placeUrl(within.id) } : undefined,
    evidenceHref: undefined,
    ...emptyLists(),
  };
}

/**
 * Every actor and place that an article names or refers to, with what all
 * articles say of it. The facts come from the registry (the same for every
 * article; an actor's role is the latest); mentions, claims, events and
 * notes come from each article and name it; events and claims in date order.
 * `locate` links an event to its entry on the timeline.
 */
export function entityIndex(
  articles: readonly ArticleWithBody[],
  registries: Registries,
  locate: TimelineLocator,
): { actors: ActorEntity[]; places: PlaceEntity[] } {
  const actors = new Map<string, ActorEntity>();
  const places = new Map<string, PlaceEntity>();

  const rank = new Map(inReportOrder(articles).map((a, i) => [a.slug, i]));
  for (const article of articles) {
    const { data } = article;
    const ref = articleRef(article);
    const mentions = mentionsInContext(article.analysis);
    const mentionViews = (key: string): MentionView[] =>
      (mentions.get(key) ?? []).map((m) => ({
        ...m,
        href: articleParagraphUrl(article.slug, m.paragraph),
        article: ref,
      }));

    for (const a of data.actors) {
      let entity = actors.get(a.id);
      if (!entity) {
        const entry = registries.actors.get(a.id);
        entity = actorEntity(entry ? resolveActor(registries, entry) : a);
        actors.set(a.id, entity);
      }
      entity.aliases = [...new Set([...entity.aliases, ...a.aliases.filter((x) => x !== a.name)])];
      entity.articles.push(ref);
      entity.mentions.push(...mentionViews(entityKey('actor', a.id)));
      entity.claimsBy.push(...data.claims.filter((c) => c.speaker === a.id).map((c) => claimView(article, c)));
      entity.claimsAbout.push(
        ...data.claims
          .filter((c) => c.speaker !== a.id && (c.about.actors.includes(a.id) || c.reportedBy === a.id))
          .map((c) => claimView(article, c)),
      );
      entity.events.push(
        ...data.events.filter((e) => e.actors.includes(a.id)).map((e) => eventRef(e, article, locate)),
      );
      entity.factChecks.push(
        ...data.factChecks.filter((f) => f.about.actors.includes(a.id)).map((f) => factCheckView(article, f)),
      );
    }

    for (const p of data.places) {
      let entity = places.get(p.id);
      if (!entity) {
        const entry = registries.places.get(p.id);
        const place = entry ? resolvePlace(registries, entry) : p;
        const withinEntry = place.within ? registries.places.get(place.within) : undefined;
        entity = placeEntity(place, withinEntry ? resolvePlace(registries, withinEntry) : undefined);
        places.set(p.id, entity);
      }
      if (p.guarded && !entity.guarded) entity.guardedConfidence = p.guardedConfidence;
      entity.guarded ||= p.guarded;
      if (p.evidence && !entity.evidenceHref) {
        entity.evidenceHref = `${articleUrl(article.slug)}#${evidenceAnchor('place', p.id)}`;
      }
      entity.aliases = [...new Set([...entity.aliases, ...p.aliases.filter((x) => x !== p.name)])];
      entity.articles.push(ref);
      entity.mentions.push(...mentionViews(entityKey('place', p.id)));
      entity.claimsAbout.push(
        ...data.claims.filter((c) => c.about.places.includes(p.id)).map((c) => claimView(article, c)),
      );
      entity.events.push(
        ...data.events.filter((e) => e.places.includes(p.id)).map((e) => eventRef(e, article, locate)),
      );
      entity.factChecks.push(
        ...data.factChecks.filter((f) => f.about.places.includes(p.id)).map((f) => factCheckView(article, f)),
      );
    }
  }

  for (const entity of [...actors.values(), ...places.values()]) {
    entity.events = eventsInOrder(entity.events, rank);
    entity.claimsBy = byDate(entity.claimsBy);
    entity.claimsAbout = byDate(entity.claimsAbout);
    entity.factChecks = [...entity.factChecks].sort((a, b) => a.checked.datetime.localeCompare(b.checked.datetime));
  }
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'de');
  return { actors: [...actors.values()].sort(byName), places: [...places.values()].sort(byName) };
}

/** Entities grouped by kind, in the order of the kind labels, for the index pages (»Personen«, »Staat«). */
export function groupByKind<T extends { type: 'actor' | 'place'; kind: string }>(
  entities: readonly T[],
  order: readonly string[],
): { kind: string; label: string; entities: T[] }[] {
  return order
    .map((kind) => {
      const members = entities.filter((e) => e.kind === kind);
      const type = members[0]?.type ?? 'actor';
      return { kind, label: kindGroupLabel(type, kind, members.length), entities: members };
    })
    .filter((g) => g.entities.length > 0);
}

type RelationKind = 'contradicts' | 'qualifies' | 'answers';

export interface ContradictionPair {
  id: string;
  kind: RelationKind;
  /** "widerspricht", "schränkt ein", "antwortet auf". */
  kindLabel: string;
  /** Who draws the relation: "laut Autor", "laut den Quellen", "laut Analyse". */
  byLabel: string;
  /**
   * A contradiction: the earlier statement first. Another relation: the
   * claim it refers to first, then the one that qualifies or answers it.
   */
  claims: [ClaimView, ClaimView];
  about: string[];
}

/** The pairs of claims that contradict each other (see claimRelations). */
export function contradictions(articles: readonly ArticleWithBody[], slug?: string): ContradictionPair[] {
  return claimRelations(articles, slug).filter((pair) => pair.kind === 'contradicts');
}

/**
 * Every pair of related claims (in any article), once: contradictions
 * (named on either side), qualifications and answers; with `slug`, only the
 * pairs that involve that article's claims.
 */
export function claimRelations(articles: readonly ArticleWithBody[], slug?: string): ContradictionPair[] {
  const claims = new Map<string, { article: ArticleWithBody; claim: Claim; order: number }>();
  let order = 0;
  for (const article of articles)
    for (const claim of article.data.claims) claims.set(claim.id, { article, claim, order: order++ });
  const titles = new Map(articles.flatMap(({ data }) => data.events.map((e) => [e.id, e.title] as const)));
  const seen = new Set<string>();
  const pairs: ContradictionPair[] = [];
  for (const item of claims.values()) {
    for (const kind of ['contradicts', 'qualifies', 'answers'] as const) {
      for (const relation of item.claim[kind]) {
        const other = claims.get(relation.claim);
        if (!other) continue;
        if (slug && item.article.slug !== slug && other.article.slug !== slug) continue;
        const [first, second] =
          kind === 'contradicts'
            ? ([item, other].sort(
                (a, b) => (a.claim.date ?? '').localeCompare(b.claim.date ?? '') || a.order - b.order,
              ) as [typeof item, typeof item])
            : [other, item];
        const key =
          kind === 'contradicts'
            ? [first.claim.id, second.claim.id].sort().join('|')
            : `${first.claim.id}|${second.claim.id}`;
        if (seen.has(`${kind}:${key}`)) continue;
        seen.add(`${kind}:${key}`);
        const about = [...new Set([...first.claim.about.events, ...second.claim.about.events])]
          .map((id) => titles.get(id))
          .filter((t): t is string => !!t);
        pairs.push({
          id: key.replace('|', '--'),
          kind,
          kindLabel: relationLabel[kind],
          byLabel: relationByLabel[relation.by],
          claims: [claimView(first.article, first.claim), claimView(second.article, second.claim)],
          about,
        });
      }
    }
  }
  return pairs;
}
