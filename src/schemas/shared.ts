import { z } from 'astro/zod';
import { isCalendarDate, isPartialDate } from '../lib/dates.ts';

/** Lowercase ASCII slug, the one id used in URLs, anchors and exports. */
export const idSchema = z
  .string({ error: 'expected an id (lowercase ASCII slug such as "tokajew")' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected an id of lowercase ASCII letters, digits and single hyphens (e.g. "hafen-aktau")',
  });

export const nonEmpty = (what: string) =>
  z
    .string({ error: `expected ${what} (text)` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty text` });

/** A calendar date "YYYY-MM-DD": a day, not an instant. Kept as a string on purpose. */
export const calendarDateSchema = z
  .string({ error: 'expected a calendar date "YYYY-MM-DD" in quotes' })
  .refine(isCalendarDate, { error: 'expected a real calendar date "YYYY-MM-DD" (e.g. "2022-01-11")' });

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": the precision is the form. */
export const partialDateSchema = z
  .string({ error: 'expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" in quotes' })
  .refine(isPartialDate, { error: 'expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists (e.g. "2022-01")' });

/** A web address a reader can open: http(s) only, never javascript: or data:. */
export const webUrlSchema = (what: string) =>
  z.url({ protocol: /^https?$/, error: `expected ${what} as an http(s) address (https://…)` });

export const wikidataSchema = z.string().regex(/^Q[1-9]\d*$/, { error: 'expected a Wikidata id such as "Q123"' });

/** A language tag such as "de", "en", "ru". */
export const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z]+)?$/, { error: 'expected a language tag such as "en" or "ru"' });

/**
 * A citation of a registered source (content/sources/<id>.yaml): its id, or
 * the id with a locator (page, section, coordinates given there) or a quote.
 */
export const citationSchema = z.union(
  [
    idSchema,
    z.strictObject({
      /** The id of the source in content/sources/. */
      source: idSchema,
      /** Where in the source: a page, a section, the coordinates it gives. */
      locator: nonEmpty('a locator (page, section)').optional(),
      /** The words of the source that carry the fact. */
      quote: nonEmpty('a quote from the source').optional(),
    }),
  ],
  { error: 'expected a source id (e.g. "kursiv-nationalbank") or { source: <id>, locator: "…" }' },
);
export type Citation = z.infer<typeof citationSchema>;

export const citationsSchema = z.array(citationSchema).min(1, { error: 'expected at least one source' });

/** A verbatim quote from the article text (checked against the body at build time). */
export const quoteSchema = nonEmpty('a verbatim quote from the article text');

/** Ids of other items by kind: registered actors, places and events, claims of any article. */
export const aboutSchema = z.strictObject({
  actors: z.array(idSchema).default([]),
  places: z.array(idSchema).default([]),
  events: z.array(idSchema).default([]),
  claims: z.array(idSchema).default([]),
});

const confidenceLevels = ['high', 'medium', 'low'] as const;

/**
 * How sure the analysis is of one value (an event, a claim's attribution, a
 * place's location, a site's guard): a level, the reason in German and the
 * sources the judgement rests on. Explained on the method page (/methode/).
 */
export const confidenceSchema = z.strictObject({
  level: z.enum(confidenceLevels, { error: `expected one of: ${confidenceLevels.join(', ')}` }),
  /** Why this level, in German (»Zwei unabhängige Agenturmeldungen vom selben Tag«). */
  reason: nonEmpty('the reason for the confidence level (German)'),
  sources: citationsSchema.optional(),
});
export type ConfidenceData = z.infer<typeof confidenceSchema>;
