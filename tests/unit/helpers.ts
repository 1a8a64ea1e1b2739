/**
 * Small synthetic corpora for the model tests: registries and articles given
 * as plain objects, run through the real schemas, analyseArticle() and
 * createCorpus(), exactly as the content loader and the pages do.
 */
import { join } from 'node:path';
import { actorSchema } from '../../src/schemas/actor.ts';
import { articleSchema, type ArticleData } from '../../src/schemas/article.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { placeSchema } from '../../src/schemas/place.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { analyseArticle } from '../../src/lib/analysis/analyse.ts';
import { createCorpus } from '../../src/lib/analysis/corpus.ts';
import type { ArticleInput } from '../../src/lib/analysis/model.ts';
import type { Problem } from '../../src/lib/analysis/problems.ts';
import type { Registries } from '../../src/lib/analysis/registries.ts';
import { timelineEvents } from '../../src/lib/views/timeline-model.ts';
import { timelineLocator, timelinePages } from '../../src/lib/views/timeline-pages.ts';
import type { TimelineLocator } from '../../src/lib/format/urls.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

type Raw = Record<string, unknown>;

interface TestArticle {
  slug: string;
  /** Frontmatter fields; title, dek, published, referenceDate, source and language have defaults. */
  data?: Raw;
  body: string;
}

export interface TestCorpusInput {
  actors?: Record<string, Raw>;
  places?: Record<string, Raw>;
  sources?: Record<string, Raw>;
  events?: Record<string, Raw>;
  articles: TestArticle[];
}

/** A registry source every test corpus has, for places (which need a source). */
export const TEST_SOURCE = 'testquelle';

function registry<T>(schema: { parse(value: unknown): T }, entries: Record<string, Raw> = {}) {
  return new Map(
    Object.entries(entries).map(([id, data]) => [id, { id, file: `test/${id}.yaml`, data: schema.parse(data) }]),
  );
}

export function articleData(slug: string, data: Raw = {}): ArticleData {
  return articleSchema.parse({
    title: `Artikel ${slug}`,
    dek: 'Vorspann',
    published: '2022-01-13',
    referenceDate: { date: '2022-01-12', note: 'Erscheinungstag minus eins' },
    source: { outlet: 'Testzeitung' },
    language: 'de',
    ...data,
  });
}

/** Builds the corpus; schema errors throw, the analysis's problems are returned by article. */
export function testCorpus(input: TestCorpusInput): {
  registries: Registries;
  articles: ArticleInput[];
  problems: Map<string, Problem[]>;
} {
  const registries: Registries = {
    actors: registry(actorSchema, input.actors),
    places: registry(placeSchema, input.places),
    sources: registry(sourceSchema, { [TEST_SOURCE]: { title: 'Testquelle' }, ...input.sources }),
    events: registry(eventSchema, input.events),
  };
  const problems = new Map<string, Problem[]>();
  const analysed = input.articles.map(({ slug, data, body }) => {
    const parsed = articleData(slug, data);
    const result = analyseArticle({ slug, data: parsed, body }, registries);
    if (result.problems.length) problems.set(slug, result.problems);
    return { slug, file: `test/${slug}.md`, data: parsed, analysis: result.analysis };
  });
  const corpus = createCorpus(analysed, registries);
  return {
    registries,
    problems,
    articles: corpus.articles.map((a) => ({ slug: a.slug, data: a.resolved, analysis: a.analysis })),
  };
}

/** A place entry with the fields every place needs. */
export function place(name: string, extra: Raw = {}): Raw {
  const located = 'coordinatesEstimated' in extra || extra.geoPrecision === 3 ? {} : { coordinatesSource: TEST_SOURCE };
  return {
    name,
    kind: 'city',
    coordinates: [43.2, 76.9],
    geoPrecision: 1,
    sources: [TEST_SOURCE],
    ...located,
    ...extra,
  };
}

/** An actor entry with the fields every actor needs. */
export function actor(name: string, extra: Raw = {}): Raw {
  return { name, kind: 'person', roles: [{ role: 'Rolle' }], ...extra };
}

/** An event the registry dates by a source, so that its reports need no dateExpression. */
export function datedEvent(title: string, date: string, extra: Raw = {}): Raw {
  return { title, date, dateSources: [TEST_SOURCE], ...extra };
}

/** A place mention's guard as an article states it: listed as guarded, with how sure the analysis is. */
export const GUARDED = {
  guarded: true,
  guardedConfidence: { level: 'low', reason: 'Nur eine Zeitungsliste nennt den Ort.', sources: [TEST_SOURCE] },
} as const;

/** Where the events of these articles are on their timeline, as the site links them. */
export function locatorFor(articles: readonly ArticleInput[]): TimelineLocator {
  return timelineLocator(timelinePages(timelineEvents(articles)));
}
