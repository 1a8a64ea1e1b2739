/**
 * A claim as the site shows it: one view type, built once per article and
 * claim by `claimView`, shared by the article page, the entity pages, the
 * pairs of related claims, the timeline and the exports. Narrower shapes are
 * `Pick`s of it; the article page adds its on-page links (`articleClaimView`
 * in article.ts), the exports project it (`claimExport`).
 */
import type { ArticleInput, Claim, Confidence, Source } from '../analysis/model.ts';
import { formatDay } from '../format/dates.ts';
import { evidenceAnchor } from '../format/evidence.ts';
import { stanceVerb } from '../format/labels.ts';
import { absolute, actorUrl, articleUrl, claimAnchor } from '../format/urls.ts';
import { articleRef, type ArticleRef, type Ref } from './refs.ts';
import { dateOrRangeLabel } from './timeline.ts';

export interface ClaimView {
  id: string;
  /** Its anchor on its article's page. */
  anchor: string;
  /** Who said it, linked to the actor's page; `plural` for the verbs that follow (»widersprechen«). */
  speaker: Ref & { plural?: boolean | undefined };
  /** Who spread it, where the text says so. */
  reportedBy?: Ref | undefined;
  summary: string;
  quote?: string | undefined;
  stance: Claim['stance'];
  /** »sagt«, »bestreitet«, … in the speaker's grammatical number. */
  stanceLabel: string;
  /** When it was said. */
  said?: { datetime: string; label: string } | undefined;
  /** The date the claim gives ("YYYY-MM-DD" or a range) and how it is meant. */
  claimedDate?: string | undefined;
  claimedDateQualifier: Claim['claimedDateQualifier'];
  claimedDateLabel?: string | undefined;
  /** What it is about (ids), and how it relates to other claims. */
  about: Claim['about'];
  relations: { kind: 'contradicts' | 'qualifies' | 'answers'; claim: string; by: Claim['contradicts'][number]['by'] }[];
  /** The claim's sentence in its article, where the article quotes it. */
  href?: string | undefined;
  sources: Source[];
  /** How sure the analysis is that the speaker said this. */
  confidence?: Confidence | undefined;
  article: ArticleRef;
}

/** What a claim card shows (entity pages, related claims, the timeline): speaker, what, when, its sentence or sources. */
export type ClaimCardView = Pick<
  ClaimView,
  | 'id'
  | 'speaker'
  | 'summary'
  | 'quote'
  | 'stanceLabel'
  | 'said'
  | 'claimedDate'
  | 'claimedDateQualifier'
  | 'claimedDateLabel'
  | 'href'
  | 'sources'
  | 'confidence'
  | 'article'
>;

const RELATION_KINDS = ['contradicts', 'qualifies', 'answers'] as const;

/** The claim's view, built once: every page and export reads it from here. */
export function claimView(article: Pick<ArticleInput, 'slug' | 'data'>, claim: Claim): ClaimView {
  const actorRef = (id: string): Ref => ({
    id,
    name: article.data.actors.find((a) => a.id === id)?.name ?? id,
    href: actorUrl(id),
  });
  return {
    id: claim.id,
    anchor: claimAnchor(claim.id),
    speaker: { ...actorRef(claim.speaker), plural: article.data.actors.find((a) => a.id === claim.speaker)?.plural },
    reportedBy: claim.reportedBy ? actorRef(claim.reportedBy) : undefined,
    summary: claim.summary,
    quote: claim.quote,
    stance: claim.stance,
    stanceLabel: stanceVerb(
      claim.stance,
      article.data.actors.find((a) => a.id === claim.speaker),
    ),
    said: claim.date ? { datetime: claim.date, label: formatDay(claim.date, 'medium') } : undefined,
    claimedDate: claim.claimedDate,
    claimedDateQualifier: claim.claimedDateQualifier,
    claimedDateLabel: claim.claimedDate ? dateOrRangeLabel(claim.claimedDate, claim.claimedDateQualifier) : undefined,
    about: claim.about,
    relations: RELATION_KINDS.flatMap((kind) => claim[kind].map((r) => ({ kind, claim: r.claim, by: r.by }))),
    href: claim.quote ? `${articleUrl(article.slug)}#${evidenceAnchor('claim', claim.id)}` : undefined,
    sources: claim.sources ?? [],
    confidence: claim.confidence,
    article: articleRef(article),
  };
}

/** A claim in the data export (`/daten/aussagen.json`): the view's facts, with absolute URLs and ids. */
export function claimExport(view: ClaimView, site: string) {
  return {
    id: view.id,
    speaker: { id: view.speaker.id, name: view.speaker.name },
    reportedBy: view.reportedBy?.id ?? null,
    summary: view.summary,
    quote: view.quote ?? null,
    stance: view.stance,
    date: view.said?.datetime ?? null,
    claimedDate: view.claimedDate ?? null,
    claimedDateQualifier: view.claimedDateQualifier,
    about: view.about,
    contradicts: view.relations.filter((r) => r.kind === 'contradicts').map((r) => r.claim),
    relations: view.relations,
    evidenceUrl: view.href ? absolute(view.href, site) : null,
    sources: view.sources,
    article: { slug: view.article.slug, title: view.article.title, url: absolute(view.article.href, site) },
  };
}
