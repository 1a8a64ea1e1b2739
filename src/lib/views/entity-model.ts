/**
 * The analysis layer across articles: one entity per actor or place id, with
 * every mention (sentence as context), the claims made by or about it, its
 * events and the analysis's notes; and the contradictions between claims.
 * Pure: takes the articles' validated data and bodies, returns plain values.
 */
import { inReportOrder, resolveActor, resolvePlace } from '../analysis/corpus.ts';
import type { Actor, ArticleInput, Claim, Confidence, Event, FactCheck, Place, Source } from '../analysis/model.ts';
import type { Registries } from '../analysis/registries.ts';
import { formatCoordinates } from '../format/coordinates.ts';
import { formatDay } from '../format/dates.ts';
import { entityKey, mentionsInContext, type MentionInContext } from './entities.ts';
import { evidenceAnchor } from '../format/evidence.ts';
import {
  coordinatesOrigin,
  relationByLabel,
  type CoordinatesOrigin,
  relationLabel,
  actorKindLabel,
  areaLabel,
  geoPrecisionLabel,
  historicalNameLabels,
  kindGroupLabel,
  languageLabel,
  placeKindLabel,
  stanceVerb,
  statusLabel,
} from '../format/labels.ts';
import { dateOrRangeLabel, eventDateLabel, eventDatetime, sortEvents } from './timeline.ts';
import type { TimelineLocator } from '../format/urls.ts';
import { actorUrl, articleParagraphUrl, articleUrl, factCheckAnchor, placeUrl } from '../format/urls.ts';

export type ArticleWithBody = ArticleInput;

interface ArticleRef {
  slug: string;
  title: string;
  href: string;
}

export interface ClaimView {
  id: string;
  speaker: { id: string; name: string; href: string; plural?: boolean | undefined };
  summary: string;
  quote?: string | undefined;
  stanceLabel: string;
  said?: { datetime: string; label: string } | undefined;
  /** The date the claim gives ("YYYY-MM-DD" or a range) and how it is meant. */
  claimedDate?: string | undefined;
  claimedDateQualifier: Claim['claimedDateQualifier'];
  claimedDateLabel?: string | undefined;
  /** The claim's sentence in its article, where the article quotes it. */
  href?: string | undefined;
  sources: Source[];
  /** How sure the analysis is that the speaker said this. */
  confidence?: Confidence | undefined;
  article: ArticleRef;
}

interface EventRefView {
  id: string;
  title: string;
  /** "YYYY-MM-DD" or a range. */
  date: string;
  /** The model's parsed date, for ordering. */
  range: Event['range'];
  timeOfDay?: Event['timeOfDay'];
  dateLabel: string;
  datetime: string;
  statusLabel: string;
  status: string;
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
  coordinatesOrigin: CoordinatesOrigin | undefined;
  precisionLabel: string;
  geoPrecision: Place['geoPrecision'];
  /** Point, circle or outline, as the model decided. */
  geometry: Place['geometry'];
  /** »Umkreis ca. 15 km«, »Umriss: Natural Earth«; undefined for an exact site. */
  areaLabel: string | undefined;
  /** Names at other times, labelled with their periods (»Alma-Ata (1921–1993)«), and their sources. */
  historicalNames: { name: string; label: string }[];
  historicalNameSources: Source[];
  guarded: boolean;
  /** How sure the analysis is of the location. */
  confidence?: Confidence | undefined;
  /** How sure the analysis is that the site was guarded (from the newest article that lists it so). */
  guardedConfidence?: Confidence | undefined;
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

/** A claim as every list shows it: speaker, what, when, the date it gives, its sentence or sources. */
export function claimView(article: ArticleWithBody, claim: Claim): ClaimView {
  const speaker = article.data.actors.find((a) => a.id === claim.speaker);
  return {
    id: claim.id,
    speaker: {
      id: claim.speaker,
      name: speaker?.name ?? claim.speaker,
      href: actorUrl(claim.speaker),
      plural: speaker?.plural,
    },
    summary: claim.summary,
    quote: claim.quote,
    stanceLabel: stanceVerb(claim.stance, speaker),
    said: claim.date ? { datetime: claim.date, label: formatDay(claim.date, 'medium') } : undefined,
    claimedDate: claim.claimedDate,
    claimedDateQualifier: claim.claimedDateQualifier,
    claimedDateLabel: claim.claimedDate ? dateOrRangeLabel(claim.claimedDate, claim.claimedDateQualifier) : undefined,
    href: claim.quote ? `${articleUrl(article.slug)}#${evidenceAnchor('claim', claim.id)}` : undefined,
    sources: claim.sources ?? [],
    confidence: claim.confidence,
    article: articleRef(article),
  };
}

function eventRef(event: Event, article: ArticleWithBody, locate: TimelineLocator): EventRefView {
  return {
    id: event.id,
    title: event.title,
    date: event.date,
    range: event.range,
    timeOfDay: event.timeOfDay,
    dateLabel: eventDateLabel(event),
    datetime: eventDatetime(event),
    statusLabel: statusLabel[event.status],
    status: event.status,
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
  return {
    type: 'actor',
    id: actor.id,
    name: actor.name,
    href: actorUrl(actor.id),
    kind: actor.kind,
    kindLabel: actorKindLabel[actor.kind],
    role: actor.role,
    aliases: actor.aliases.filter((x) => x !== actor.name),
    otherNames: actor.names.map((n) => ({ ...n, langLabel: languageLabel[n.lang] ?? n.lang })),
    wikidata: actor.wikidata,
    wikidataUrl: actor.wikidata ? `https://www.wikidata.org/wiki/${actor.wikidata}` : undefined,
    notes: actor.notes,
    sources: actor.sources ?? [],
    ...emptyLists(),
  };
}

function placeEntity(place: Place, within: Place | undefined): PlaceEntity {
  return {
    type: 'place',
    id: place.id,
    name: place.name,
    href: placeUrl(place.id),
    kind: place.kind,
    kindLabel: placeKindLabel[place.kind],
    aliases: place.aliases.filter((x) => x !== place.name),
    coordinates: place.coordinates,
    coordinatesLabel: formatCoordinates(place.coordinates),
    coordinatesOrigin: coordinatesOrigin(place),
    precisionLabel: geoPrecisionLabel[place.geoPrecision],
    geoPrecision: place.geoPrecision,
    geometry: place.geometry,
    areaLabel: areaLabel(place.geometry),
    historicalNames: historicalNameLabels(place.historicalNames),
    historicalNameSources: [
      ...new Map(place.historicalNames.flatMap((n) => n.sources).map((s) => [`${s.id} ${s.locator}`, s])).values(),
    ],
    guarded: false,
    confidence: place.confidence,
    within: within ? { id: within.id, name: within.name, href: placeUrl(within.id) } : undefined,
    evidenceHref: undefined,
    wikidata: place.wikidata,
    notes: place.notes,
    sources: place.sources,
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
