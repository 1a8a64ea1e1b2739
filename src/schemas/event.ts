import { z } from 'astro/zod';
import { isDateOrRange } from '../lib/dates.ts';
import { idSchema, nonEmpty, quoteSchema, sourcesSchema } from './shared.ts';

export const eventStatuses = ['reported', 'announced', 'planned', 'disputed', 'denied'] as const;
export const timePrecisions = ['day', 'part-of-day', 'week', 'month', 'approximate'] as const;
export const timesOfDay = ['morgens', 'vormittags', 'mittags', 'nachmittags', 'abends', 'nachts'] as const;

export const eventSchema = z.strictObject({
  id: idSchema,
  title: nonEmpty('the event title'),
  /** "YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD" (ISO 8601 interval). */
  date: z
    .string({ error: 'expected a date "YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD" in quotes' })
    .refine(isDateOrRange, {
      error: 'expected a real calendar date "YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD" with start before end',
    }),
  timePrecision: z.enum(timePrecisions, { error: `expected one of: ${timePrecisions.join(', ')}` }).default('day'),
  timeOfDay: z.enum(timesOfDay, { error: `expected one of: ${timesOfDay.join(', ')}` }).optional(),
  status: z.enum(eventStatuses, { error: `expected one of: ${eventStatuses.join(', ')}` }),
  actors: z.array(idSchema).default([]),
  places: z.array(idSchema).default([]),
  evidence: quoteSchema,
  /** Where the quote stands: the body (default) or the photo caption. */
  evidenceIn: z.enum(['body', 'caption'], { error: 'expected "body" or "caption"' }).default('body'),
  /** The words of the text that date the event ("am Dienstag"); resolved against referenceDate. */
  dateExpression: z.string().optional(),
  /** For anaphoric expressions ("am Abend des Tages"): the event whose day is meant. */
  dateAnchor: idSchema.optional(),
  /** Where the text gives no date: where the analysis's date comes from. */
  dateSources: sourcesSchema.optional(),
  notes: z.string().optional(),
});
export type Event = z.infer<typeof eventSchema>;
