import { z } from 'astro/zod';
import { isDateOrRange } from '../lib/dates.ts';
import {
  aboutSchema,
  calendarDateSchema,
  citationsSchema,
  confidenceSchema,
  idSchema,
  nonEmpty,
  quoteSchema,
} from './shared.ts';

const stances = ['asserts', 'announces', 'denies', 'warns', 'criticises', 'rejects'] as const;

const EMPTY_ABOUT = { actors: [], places: [], events: [], claims: [] };

/** Who draws a relation between two claims. */
export const relationSources = ['sources', 'author', 'analysis'] as const;

/**
 * A relation to another claim (of any article): its id, or the id with who
 * draws the relation (the sources themselves, the article's author, or the
 * analysis; the analysis where it is not said).
 */
const relationSchema = z
  .union(
    [
      idSchema,
      z.strictObject({
        claim: idSchema,
        by: z.enum(relationSources, { error: `expected one of: ${relationSources.join(', ')}` }).default('analysis'),
      }),
    ],
    { error: 'expected a claim id or { claim: <id>, by: sources | author | analysis }' },
  )
  .transform((value): { claim: string; by: (typeof relationSources)[number] } =>
    typeof value === 'string' ? { claim: value, by: 'analysis' } : value,
  );

export const claimSchema = z.strictObject({
  /** Unique across the site: other articles' claims refer to it. */
  id: idSchema,
  /** The registered actor who made the statement. */
  speaker: idSchema,
  /** Who passed it on, where the text names an intermediary (a newspaper, a ministry). */
  reportedBy: idSchema.optional(),
  /**
   * The words of the article that carry the statement (verbatim). A claim the
   * article does not quote (found by research) has no quote but sources.
   */
  quote: quoteSchema.optional(),
  /** A short German paraphrase for lists and tables. */
  summary: nonEmpty('a short German summary of the claim'),
  /** When the statement was made. */
  date: calendarDateSchema.optional(),
  /** The date the statement gives for the event it is about ("ab 13. Januar"). */
  claimedDate: z
    .string()
    .refine(isDateOrRange, { error: 'expected a calendar date "YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD"' })
    .optional(),
  /** How the date is meant: on that day (default), not before it, or at the latest then. */
  claimedDateQualifier: z
    .enum(['on', 'notBefore', 'notAfter'], { error: 'expected "on", "notBefore" or "notAfter"' })
    .default('on'),
  about: aboutSchema.default(EMPTY_ABOUT),
  stance: z.enum(stances, { error: `expected one of: ${stances.join(', ')}` }),
  /** Claims (of any article) that this one contradicts: both cannot be true of the same subject. */
  contradicts: z.array(relationSchema).default([]),
  /** Claims (of any article) that this one limits or adds a condition to. */
  qualifies: z.array(relationSchema).default([]),
  /** Claims (of any article) that this one replies to (a retort is an answer, not a contradiction). */
  answers: z.array(relationSchema).default([]),
  sources: citationsSchema.optional(),
  /** How sure the analysis is that the speaker said this, as attributed. */
  confidence: confidenceSchema.optional(),
});
export type Claim = z.infer<typeof claimSchema>;

export const factCheckSchema = z.strictObject({
  id: idSchema,
  about: aboutSchema.default(EMPTY_ABOUT),
  /** The passage the note is about (verbatim). */
  evidence: quoteSchema,
  /** "Anmerkung der Analyse": what the public record says, in German. */
  note: nonEmpty('the fact-check note'),
  checked: calendarDateSchema,
  sources: citationsSchema,
});
export type FactCheck = z.infer<typeof factCheckSchema>;
