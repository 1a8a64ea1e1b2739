/**
 * buildCorpus(): the merged graph of the archive, built once per build from
 * the registries and each article's analysis. One merge rule: a shared fact
 * lives in its registry entry, so every article and page sees the same; what
 * differs between articles (a report's status, a place's evidence) stays
 * with the article that says it.
 */
import type { ActorData } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { Citation, ConfidenceData } from '../../schemas/shared.ts';
import type { ArticleAnalysis } from './analyse.ts';
import { placeGeometry } from './areas.ts';
import { parseDateOrRange } from '../format/dates.ts';
import type { Actor, Claim, Confidence, Event, Place, ResolvedArticle, Source } from './model.ts';
import { nearestIds, type Problem } from './problems.ts';
import type { Entry, Registries } from './registries.ts';

export interface CorpusArticleInput {
  slug: string;
  /** The file, relative to the project root. */
  file: string;
  data: ArticleData;
  analysis: ArticleAnalysis;
}

interface CorpusArticle extends CorpusArticleInput {
  resolved: ResolvedArticle;
}

/** The role an actor held on a day ("YYYY-MM-DD"); the latest role where none fits. */
export function roleOn(roles: ActorData['roles'], day: string | undefined): string {
  if (day) {
    const current = [...roles]
      .reverse()
      .find((r) => (r.from === undefined || r.from <= day) && (r.until === undefined || r.until >= day));
    if (current) return current.role;
  }
  return roles.at(-1)!.role;
}

export function resolveCitations(registries: Registries, list: readonly Citation[] | undefined): Source[] | undefined {
  if (!list) return undefined;
  return list.flatMap((c) => {
    const id = typeof c === 'string' ? c : c.source;
    const entry = registries.sources.get(id);
    if (!entry) return [];
    return [{ id, ...entry.data, ...(typeof c === 'string' ? {} : { locator: c.locator, quote: c.quote }) }];
  });
}

function resolveConfidence(registries: Registries, confidence: ConfidenceData | undefined): Confidence | undefined {
  if (!confidence) return undefined;
  return { ...confidence, sources: resolveCitations(registries, confidence.sources) ?? [] };
}

export function resolveActor(registries: Registries, entry: Entry<ActorData>, day?: string): Actor {
  const { sources, roles, ...rest } = entry.data;
  return { id: entry.id, ...rest, roles, role: roleOn(roles, day), sources: resolveCitations(registries, sources) };
}

export function resolvePlace(
  registries: Registries,
  entry: Entry<Registries['places'] extends Map<string, Entry<infer P>> ? P : never>,
  own: {
    guarded?: boolean | undefined;
    guardedConfidence?: ConfidenceData | undefined;
    evidence?: string | undefined;
  } = {},
): Place {
  const { sources, confidence, coordinatesSource, historicalNames, ...rest } = entry.data;
  const guarded = own.guarded ?? false;
  return {
    id: entry.id,
    ...rest,
    historicalNames: historicalNames.map((n) => ({ ...n, sources: resolveCitations(registries, n.sources) ?? [] })),
    geometry: placeGeometry(entry.data),
    sources: resolveCitations(registries, sources) ?? [],
    coordinatesSource: coordinatesSource ? resolveCitations(registries, [coordinatesSource])?.[0] : undefined,
    confidence: resolveConfidence(registries, confidence),
    guarded,
    guardedConfidence: guarded ? resolveConfidence(registries, own.guardedConfidence) : undefined,
    evidence: own.evidence,
  };
}

/** The article with every reference resolved (unknown ids were reported by the analysis). */
export function resolveArticle(input: CorpusArticleInput, registries: Registries): ResolvedArticle {
  const { data } = input;
  const day = data.referenceDate.date;
  const cite = (list: readonly Citation[] | undefined) => resolveCitations(registries, list);

  const events: Event[] = data.reports.flatMap((r) => {
    const entry = registries.events.get(r.event);
    if (!entry) return [];
    const { dateSources, confidence, ...event } = entry.data;
    return [
      {
        id: r.event,
        ...event,
        range: parseDateOrRange(event.date)!,
        confidence: resolveConfidence(registries, confidence),
        status: r.status,
        evidence: r.evidence,
        evidenceIn: r.evidenceIn,
        dateExpression: r.dateExpression,
        dateAnchor: r.dateAnchor,
        dateDiscrepancy: r.dateDiscrepancy,
        dateSources: cite(dateSources),
        reportNotes: r.notes,
      },
    ];
  });

  // Mentioned entities first (in the article's order), then those the analysis refers to.
  const actorIds = [
    ...data.actors.map((m) => m.id),
    ...events.flatMap((e) => e.actors),
    ...data.claims.flatMap((c) => [c.speaker, ...(c.reportedBy ? [c.reportedBy] : []), ...c.about.actors]),
    ...data.factChecks.flatMap((f) => f.about.actors),
  ];
  const placeIds = [
    ...data.places.map((m) => m.id),
    ...events.flatMap((e) => e.places),
    ...data.claims.flatMap((c) => c.about.places),
    ...data.factChecks.flatMap((f) => f.about.places),
    ...(data.photo?.place ? [data.photo.place] : []),
  ];
  const actors = [...new Set(actorIds)].flatMap((id) => {
    const entry = registries.actors.get(id);
    if (!entry) return [];
    const actor = resolveActor(registries, entry, day);
    const forms = data.actors.find((m) => m.id === id)?.forms ?? [];
    return [{ ...actor, aliases: [...new Set([...actor.aliases, ...forms])] }];
  });
  const places = [...new Set(placeIds)].flatMap((id) => {
    const entry = registries.places.get(id);
    if (!entry) return [];
    const own = data.places.find((m) => m.id === id);
    const place = resolvePlace(registries, entry, own);
    return [{ ...place, aliases: [...new Set([...place.aliases, ...(own?.forms ?? [])])] }];
  });
  const claims: Claim[] = data.claims.map(({ sources, confidence, ...c }) => ({
    ...c,
    sources: cite(sources),
    confidence: resolveConfidence(registries, confidence),
  }));
  const factChecks = data.factChecks.map(({ sources, ...f }) => ({ ...f, sources: cite(sources) ?? [] }));
  const { sources: referenceSources, ...referenceDate } = data.referenceDate;
  return {
    title: data.title,
    dek: data.dek,
    published: data.published,
    source: data.source,
    photo: data.photo,
    language: data.language,
    // The page was last changed when it was last corrected.
    updated: [data.updated, ...data.corrections.map((c) => c.date)]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1),
    corrections: data.corrections.map(({ sources, ...c }) => ({ ...c, sources: cite(sources) ?? [] })),
    referenceDate: { ...referenceDate, sources: cite(referenceSources) },
    actors,
    places,
    events,
    claims,
    factChecks,
  };
}

/**
 * Checks across articles: claim and fact-check ids are unique on the site,
 * and a claim's relations (about, contradicts, qualifies, answers) point at a
 * claim of any article. Problems are grouped by file.
 */
export function checkCorpus(articles: readonly CorpusArticleInput[]): Map<string, Problem[]> {
  const problems = new Map<string, Problem[]>();
  const add = (file: string, problem: Problem) => problems.set(file, [...(problems.get(file) ?? []), problem]);
  const claims = new Map<string, string>();
  const checks = new Map<string, string>();
  for (const { file, data } of articles) {
    data.claims.forEach((c, i) => {
      const other = claims.get(c.id);
      if (other && other !== file)
        add(file, {
          path: ['claims', i, 'id'],
          message: `claim id "${c.id}" is also used in ${other}; expected each claim id once on the site`,
        });
      claims.set(c.id, file);
    });
    data.factChecks.forEach((f, i) => {
      const other = checks.get(f.id);
      if (other && other !== file)
        add(file, {
          path: ['factChecks', i, 'id'],
          message: `fact check id "${f.id}" is also used in ${other}; expected each fact check id once on the site`,
        });
      checks.set(f.id, file);
    });
  }
  const claimById = new Map(articles.flatMap(({ data }) => data.claims.map((c) => [c.id, c] as const)));
  /** A contradiction needs a shared subject: the same event, place or actor, or one claim about the other. */
  const shareSubject = (a: ArticleData['claims'][number], b: ArticleData['claims'][number]) =>
    (['events', 'places', 'actors'] as const).some((kind) => a.about[kind].some((id) => b.about[kind].includes(id))) ||
    a.about.claims.includes(b.id) ||
    b.about.claims.includes(a.id);
  for (const { file, data } of articles) {
    const refer = (path: (string | number)[], id: string) => {
      if (!claims.has(id))
        add(file, {
          path,
          message: `unknown claim "${id}"; expected the id of a claim in any article${nearestIds(
            id,
            [...claims.keys()].map((claim) => ({ id: claim, names: [] })),
          )}`,
        });
    };
    data.claims.forEach((c, i) => {
      for (const relation of ['contradicts', 'qualifies', 'answers'] as const) {
        c[relation].forEach(({ claim: id }, j) => {
          refer(['claims', i, relation, j], id);
          const other = claimById.get(id);
          if (relation === 'contradicts' && other && other.id !== c.id && !shareSubject(c, other)) {
            add(file, {
              path: ['claims', i, relation, j],
              message: `claims "${c.id}" and "${id}" share no subject; expected a contradiction about the same event, place or actor (about)`,
            });
          }
          if (id === c.id)
            add(file, {
              path: ['claims', i, relation, j],
              message: `a claim cannot ${relation === 'answers' ? 'answer' : relation.slice(0, -1)} itself`,
            });
        });
      }
      c.about.claims.forEach((id, j) => refer(['claims', i, 'about', 'claims', j], id));
    });
    data.factChecks.forEach((f, i) =>
      f.about.claims.forEach((id, j) => refer(['factChecks', i, 'about', 'claims', j], id)),
    );
  }
  return problems;
}

/** What orders articles in time: the publication date, the reference date, the title. */
interface Dated {
  published: string;
  referenceDate: { date: string };
  title: string;
}

/**
 * The day an article stands for in "newest first": its publication date
 * where that is a day; where it is only a month or a year, the reference
 * date (the day the text was written) if it falls in that period, else the
 * period's first day.
 */
export function publicationDay(data: Pick<Dated, 'published' | 'referenceDate'>): string {
  const { published } = data;
  if (published.length === 10) return published;
  const reference = data.referenceDate.date;
  if (reference.startsWith(published)) return reference;
  return published.length === 7 ? `${published}-01` : `${published}-01-01`;
}

/** Newest first (rule of publicationDay), then the more precise date, then by title. */
export function compareNewestFirst(a: Dated, b: Dated): number {
  return (
    publicationDay(b).localeCompare(publicationDay(a)) ||
    b.published.length - a.published.length ||
    a.title.localeCompare(b.title, 'de')
  );
}

/**
 * The one rule for an event's current state: its reports in the order of
 * their articles, oldest first (the reverse of compareNewestFirst, ties
 * included); the last report stands for the event (its status and
 * sentence) on the timeline, the event pages and the entity pages alike.
 */
export function inReportOrder<T extends { data: Dated }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => compareNewestFirst(b.data, a.data));
}

export interface Corpus<T extends CorpusArticleInput = CorpusArticleInput> {
  registries: Registries;
  /** Newest first. */
  articles: (T & CorpusArticle)[];
  bySlug: Map<string, T & CorpusArticle>;
}

/**
 * The corpus of a build: every article resolved once, newest first. `resolve` is resolveArticle, or one
 * that keeps what it resolved for an unchanged article (src/lib/load.ts, in `astro dev`).
 */
export function createCorpus<T extends CorpusArticleInput>(
  articles: readonly T[],
  registries: Registries,
  resolve: (article: T, registries: Registries) => ResolvedArticle = resolveArticle,
): Corpus<T> {
  const resolved = articles
    .map((a) => ({ ...a, resolved: resolve(a, registries) }))
    .sort((a, b) => compareNewestFirst(a.data, b.data));
  return { registries, articles: resolved, bySlug: new Map(resolved.map((a) => [a.slug, a])) };
}
