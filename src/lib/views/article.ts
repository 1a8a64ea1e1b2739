/**
 * The article page's view of an article: everything the page shows, shaped
 * and labelled in German. Pure: takes the validated data, returns plain values.
 */
import { articleGlance } from './article-glance.ts';
import type { ArticleInput } from '../analysis/model.ts';
import { designationLabel, sourceLabel } from '../format/labels.ts';

export { designationLabel, sourceLabel };
import { formatDay, formatPartialDate, partialDatePrecision } from '../format/dates.ts';
import { mentionParagraphs } from './entities.ts';
import { formatCoordinates } from '../format/coordinates.ts';
import type { ContradictionPair } from './entity-model.ts';
import { claimView, type ClaimView } from './claim.ts';
import { placeView } from './place.ts';
import { actorView } from './actor.ts';
import { eventView } from './event.ts';
import type { Ref } from './refs.ts';

export { formatCoordinates };
import { evidenceAnchor } from '../format/evidence.ts';
import { relationByLabel } from '../format/labels.ts';
import { sortEvents } from './timeline.ts';
import { actorAnchor, claimAnchor, eventAnchor, factCheckAnchor, paragraphId, placeAnchor } from '../format/urls.ts';
import type { TimelineLocator } from '../format/urls.ts';

export const PHOTO_ANCHOR = 'foto';

/** How a claim on the article page names its relation to another: "Widerspricht", "Beantwortet durch". */
function relationHeading(pair: ContradictionPair, claimId: string): string {
  if (pair.kind === 'contradicts') return 'Widerspricht';
  const isSource = pair.claims[1].id === claimId;
  if (pair.kind === 'qualifies') return isSource ? 'Schränkt ein' : 'Eingeschränkt durch';
  return isSource ? 'Antwortet auf' : 'Beantwortet durch';
}

/** In-page references to the article's own items, by id: what the lists and notes link to. */
function pageRefs({ data, analysis }: ArticleInput) {
  const mentions = mentionParagraphs(analysis);
  const mentionRefs = (key: string): Ref[] =>
    (mentions.get(key) ?? []).map((n) => ({ id: paragraphId(n), name: `Absatz ${n}`, href: `#${paragraphId(n)}` }));
  const actorRef = (id: string): Ref => {
    const actor = data.actors.find((a) => a.id === id);
    return { id, name: actor?.name ?? id, href: `#${actorAnchor(id)}` };
  };
  const placeRef = (id: string): Ref => {
    const place = data.places.find((p) => p.id === id);
    return { id, name: place?.name ?? id, href: `#${placeAnchor(id)}` };
  };
  const eventRef = (id: string): Ref => {
    const event = data.events.find((e) => e.id === id);
    return { id, name: event?.title ?? id, href: `#${eventAnchor(id)}` };
  };
  const claimRef = (id: string): Ref => {
    const claim = data.claims.find((c) => c.id === id);
    const speaker = claim ? actorRef(claim.speaker).name : id;
    return { id, name: claim ? `${speaker}: ${claim.summary}` : id, href: `#${claimAnchor(id)}` };
  };
  const aboutRefs = (about: { actors: string[]; places: string[]; events: string[]; claims: string[] }): Ref[] => [
    ...about.actors.map(actorRef),
    ...about.places.map(placeRef),
    ...about.events.map(eventRef),
    ...about.claims.map(claimRef),
  ];
  return { mentionRefs, actorRef, placeRef, aboutRefs };
}

type PageRefs = ReturnType<typeof pageRefs>;
type Data = ArticleInput['data'];

function eventViews(data: Data, refs: PageRefs, locate: TimelineLocator, eventPage: EventPageOf) {
  return sortEvents(data.events).map((e) => {
    const { id, anchor, title, status, statusLabel, dateLabel, datetime, notes, dateSources, confidence } =
      eventView(e);
    return {
      id,
      anchor,
      title,
      status,
      statusLabel,
      dateLabel,
      datetime,
      dateExpression: e.dateExpression,
      evidence: e.evidence,
      evidenceHref: e.evidenceIn === 'caption' ? `#${PHOTO_ANCHOR}` : `#${evidenceAnchor('event', e.id)}`,
      timelineHref: locate(e.id),
      /** The event's own page, where several articles report it (eventHome in event.ts); else it lives here. */
      pageHref: eventPage(e.id),
      actors: e.actors.map(refs.actorRef),
      places: e.places.map(refs.placeRef),
      notes,
      sources: dateSources,
      confidence,
    };
  });
}

function actorViews(data: Data, refs: PageRefs) {
  return data.actors.map((a) => {
    const view = actorView(a);
    return {
      ...a,
      ...view,
      anchor: actorAnchor(a.id),
      pageHref: view.href,
      mentions: refs.mentionRefs(`actor:${a.id}`),
    };
  });
}

function placeViews(data: Data, refs: PageRefs) {
  return data.places.map((p) => {
    const view = placeView(p);
    return {
      ...p,
      ...view,
      anchor: placeAnchor(p.id),
      pageHref: view.href,
      within: p.within ? refs.placeRef(p.within) : undefined,
      mentions: refs.mentionRefs(`place:${p.id}`),
      evidenceHref: p.evidence ? `#${evidenceAnchor('place', p.id)}` : undefined,
    };
  });
}

/** A claim's relations to other claims, grouped under their headings (»Widerspricht«, …). */
function claimRelationGroups(data: Data, claimId: string, relations: readonly ContradictionPair[]) {
  const items = relations
    .filter((pair) => pair.claims.some((x) => x.id === claimId))
    .map((pair) => {
      const other = pair.claims.find((x) => x.id !== claimId)!;
      const own = data.claims.some((x) => x.id === other.id);
      const by = pair.byLabel === relationByLabel.analysis ? '' : ` (${pair.byLabel})`;
      return {
        heading: relationHeading(pair, claimId),
        ref: {
          id: other.id,
          name: `${other.speaker.name}: ${other.summary}${by}`,
          href: own ? `#${claimAnchor(other.id)}` : (other.href ?? other.article.href),
        },
      };
    });
  return Object.entries(Object.groupBy(items, (r) => r.heading)).map(([label, group]) => ({
    label,
    refs: (group ?? []).map((i) => i.ref),
  }));
}

/**
 * A claim on its own article's page: the claim's one view (claim.ts) with its
 * links kept within the page (speaker, sentence), what it is about, and its
 * relations to other claims under their headings.
 */
export interface ArticleClaimView extends ClaimView {
  aboutRefs: Ref[];
  relationGroups: { label: string; refs: Ref[] }[];
}

function articleClaimViews(
  input: ArticleInput,
  refs: PageRefs,
  relations: readonly ContradictionPair[],
): ArticleClaimView[] {
  return input.data.claims.map((c) => ({
    ...claimView(input, c),
    speaker: refs.actorRef(c.speaker),
    reportedBy: c.reportedBy ? refs.actorRef(c.reportedBy) : undefined,
    href: c.quote ? `#${evidenceAnchor('claim', c.id)}` : undefined,
    aboutRefs: refs.aboutRefs(c.about),
    relationGroups: claimRelationGroups(input.data, c.id, relations),
  }));
}

/** An event's own page, where it has one (src/lib/load.ts: eventPageOf). */
export type EventPageOf = (id: string) => string | undefined;

/**
 * @param locate links an event to its entry on the site's timeline.
 * @param eventPage an event's own page, where it has one.
 * @param relations the pairs of related claims that involve this article
 *   (claimRelations of the corpus: the other claim may be another article's).
 */
export function articleView(
  input: ArticleInput,
  locate: TimelineLocator,
  relations: ContradictionPair[] = [],
  eventPage: EventPageOf = () => undefined,
) {
  const { slug, data } = input;
  const refs = pageRefs(input);
  const events = eventViews(data, refs, locate, eventPage);
  const contradictions = relations.filter((pair) => pair.kind === 'contradicts');
  const otherRelations = relations.filter((pair) => pair.kind !== 'contradicts');
  const corrections = [...data.corrections]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((c) => ({ ...c, label: formatDay(c.date, 'medium') }));
  return {
    slug,
    title: data.title,
    dek: data.dek,
    published: {
      datetime: data.published,
      label: formatPartialDate(data.published),
      precision: partialDatePrecision(data.published)!,
    },
    referenceDate: { ...data.referenceDate, label: formatDay(data.referenceDate.date, 'long') },
    source: data.source,
    photo: data.photo && {
      ...data.photo,
      dateLabel: data.photo.date ? formatDay(data.photo.date, 'medium') : undefined,
      place: data.photo.place ? refs.placeRef(data.photo.place) : undefined,
    },
    updated: data.updated ? { datetime: data.updated, label: formatDay(data.updated, 'medium') } : undefined,
    corrections,
    events,
    glance: articleGlance(
      events,
      data.claims.flatMap((c) => c.about.events),
      { contradictions, others: otherRelations },
      corrections,
    ),
    actors: actorViews(data, refs),
    places: placeViews(data, refs),
    guardedCount: data.places.filter((p) => p.guarded).length,
    claims: articleClaimViews(input, refs, relations),
    factChecks: data.factChecks.map((f) => ({
      ...f,
      anchor: factCheckAnchor(f.id),
      checkedLabel: formatDay(f.checked, 'medium'),
      evidenceHref: `#${evidenceAnchor('factCheck', f.id)}`,
      aboutRefs: refs.aboutRefs(f.about),
    })),
    contradictions,
    otherRelations,
  };
}

export type ArticleView = ReturnType<typeof articleView>;

/** The figures of an article card: what the analysis found, each with its German label. */
export function articleFigures(data: ArticleInput['data']): { value: number; label: string }[] {
  const guarded = data.places.filter((p) => p.guarded).length;
  return [
    { value: data.events.length, label: data.events.length === 1 ? 'Ereignis' : 'Ereignisse' },
    { value: guarded, label: guarded === 1 ? 'bewachtes Objekt' : 'bewachte Objekte' },
    { value: data.actors.length, label: data.actors.length === 1 ? 'Akteur' : 'Akteure' },
    { value: data.claims.length, label: data.claims.length === 1 ? 'Aussage' : 'Aussagen' },
  ];
}
