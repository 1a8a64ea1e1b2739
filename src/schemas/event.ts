import { z } from 'astro/zod';
import { isDateOrRange } from '../lib/dates.ts';
import { citationsSchema, confidenceSchema, idSchema, nonEmpty } from './shared.ts';

const eventStatuses = ['reported', 'announced', 'planned', 'disputed', 'denied'] as const;
const timePrecisions = ['day', 'part-of-day', 'week', 'month', 'approximate'] as const;
const timesOfDay = ['morgens', 'vormittags', 'mittags', 'nachmittags', 'abends', 'nachts'] as const;

/** "YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD" (ISO 8601 interval). */
const dateOrRangeSchema = z
  .string({ error: 'expected a date "YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD" in quotes' })
  .refine(isDateOrRange, {
    error: 'expected a real calendar date "YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD" with start before end',
  });

/**
 * A real-world event, defined once in content/events/<id>.yaml (the id is the
 * file name). The articles that report it say so in their `reports`.
 */
export const eventSchema = z.strictObject({
  title: nonEmpty('the event title'),
  date: dateOrRangeSchema,
  timePrecision: z.enum(timePrecisions, { error: `expected one of: ${timePrecisions.join(', ')}` }).default('day'),
  timeOfDay: z.enum(timesOfDay, { error: `expected one of: ${timesOfDay.join(', ')}` }).optional(),
  /** Registered actors (content/actors/). */
  actors: z.array(idSchema).default([]),
  /** Registered places (content/places/). */
  places: z.array(idSchema).default([]),
  /** Where no report's text dates the event: where the analysis's date comes from. */
  dateSources: citationsSchema.optional(),
  /** How sure the analysis is that the event happened as dated. */
  confidence: confidenceSchema.optional(),
  notes: z.string().optional(),
});
export type EventData = z.infer<typeof eventSchema>;

/** An article's report of a registered event: its own words, date expression and status. */
export const reportSchema = z.strictObject({
  /** The id of the event in content/events/. */
  event: idSchema,
  /** What the event was at the time of the article (announced on the 11th, reported on the 19th). */
  status: z.enum(eventStatuses, { error: `expected one of: ${eventStatuses.join(', ')}` }),
  /** The words of the article that report it (verbatim). */
  evidence: nonEmpty('a verbatim quote from the article text'),
  /** Where the quote stands: the body (default) or the photo caption. */
  evidenceIn: z.enum(['body', 'caption'], { error: 'expected "body" or "caption"' }).default('body'),
  /** The words of the text that date the event ("am Dienstag"); resolved against referenceDate. */
  dateExpression: z.string().optional(),
  /** For anaphoric expressions ("am Abend des Tages"): the event whose day is meant. */
  dateAnchor: idSchema.optional(),
  /**
   * Where the text states the date wrongly (»am 6. Januar« for the evening of
   * the 5th): why its expression does not resolve to the event's date.
   */
  dateDiscrepancy: nonEmpty('why the text states another date').optional(),
  notes: z.string().optional(),
});
export type Report = z.infer<typeof reportSchema>;
