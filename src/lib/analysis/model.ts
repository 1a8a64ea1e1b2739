/**
 * The resolved model: registry entries and an article's own analysis joined
 * into the shapes every view reads (an actor with its role at the time of
 * the article, a place with what the article says of it, an event with this
 * article's report, citations with their sources). Built once per build by
 * buildCorpus(); nothing here is parsed or matched again.
 */
import type { ActorData } from '../../schemas/actor.ts';
import type { ArticleData } from '../../schemas/article.ts';
import type { Claim as ClaimData, FactCheck as FactCheckData } from '../../schemas/claim.ts';
import type { EventData, Report } from '../../schemas/event.ts';
import type { PlaceData } from '../../schemas/place.ts';
import type { PlaceGeometry } from './areas.ts';
import type { DateRange } from '../format/dates.ts';
import type { ConfidenceData } from '../../schemas/shared.ts';
import type { SourceData } from '../../schemas/source.ts';

/** A cited source: the registry's entry with the citation's locator. */
export interface Source extends SourceData {
  id: string;
  locator?: string | undefined;
  quote?: string | undefined;
}

/** How sure the analysis is of a value, with the sources resolved. */
export interface Confidence extends Omit<ConfidenceData, 'sources'> {
  sources: Source[];
}

export interface Actor extends Omit<ActorData, 'sources' | 'roles'> {
  id: string;
  /** The role at the article's reference date (or the latest role, site-wide). */
  role: string;
  roles: ActorData['roles'];
  sources?: Source[] | undefined;
}

export interface Place extends Omit<PlaceData, 'sources' | 'confidence' | 'coordinatesSource' | 'historicalNames'> {
  id: string;
  /** Names the place bore at other times, each with its period and sources. */
  historicalNames: { name: string; from?: string | undefined; until?: string | undefined; sources: Source[] }[];
  /** Point, circle or outline: decided once (placeGeometry), read by every view. */
  geometry: PlaceGeometry;
  sources: Source[];
  /** The source that gives the coordinates (else coordinatesEstimated says how they were estimated). */
  coordinatesSource?: Source | undefined;
  /** How sure the analysis is of the location. */
  confidence?: Confidence | undefined;
  /** How sure the analysis is that the site was guarded (where guarded). */
  guardedConfidence?: Confidence | undefined;
  /** The article lists it among the guarded sites (site-wide: any article does). */
  guarded: boolean;
  /** The article's words that name it as a site. */
  evidence?: string | undefined;
}

/** An event as one article reports it: the registry's event with the article's report. */
export interface Event extends Omit<EventData, 'dateSources' | 'confidence'> {
  confidence?: Confidence | undefined;
  id: string;
  /** The event's date or range, parsed once when the corpus is built; every view orders and labels by it. */
  range: DateRange;
  status: Report['status'];
  evidence: string;
  evidenceIn: Report['evidenceIn'];
  dateExpression?: string | undefined;
  dateAnchor?: string | undefined;
  dateDiscrepancy?: string | undefined;
  dateSources?: Source[] | undefined;
  /** The report's own note. */
  reportNotes?: string | undefined;
}

export interface Claim extends Omit<ClaimData, 'sources' | 'confidence'> {
  sources?: Source[] | undefined;
  confidence?: Confidence | undefined;
}

export interface FactCheck extends Omit<FactCheckData, 'sources'> {
  sources: Source[];
}

/** An article with every reference resolved: what the article's own views read. */
export interface ResolvedArticle extends Omit<
  ArticleData,
  'actors' | 'places' | 'reports' | 'claims' | 'factChecks' | 'referenceDate' | 'corrections'
> {
  corrections: (Omit<ArticleData['corrections'][number], 'sources'> & { sources: Source[] })[];
  referenceDate: Omit<ArticleData['referenceDate'], 'sources'> & { sources?: Source[] | undefined };
  /** Actors the text names, then those the analysis refers to. */
  actors: Actor[];
  /** Places the text names, then those the analysis refers to. */
  places: Place[];
  events: Event[];
  claims: Claim[];
  factChecks: FactCheck[];
}

/** An article as every view reads it: resolved data and the analysis of its text. */
export interface ArticleInput {
  slug: string;
  data: ResolvedArticle;
  analysis: import('./analyse.ts').ArticleAnalysis;
}
