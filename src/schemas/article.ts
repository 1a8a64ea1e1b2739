import { z } from 'astro/zod';
import { actorSchema } from './actor.ts';
import { claimSchema, factCheckSchema } from './claim.ts';
import { eventSchema } from './event.ts';
import { placeSchema } from './place.ts';
import { calendarDateSchema, idSchema, nonEmpty, partialDateSchema, sourcesSchema, webUrlSchema } from './shared.ts';

export const articleSchema = z.strictObject({
  title: nonEmpty('a title'),
  dek: nonEmpty('a teaser (dek)'),
  /** Publication date with its real precision: "2022", "2022-01" or "2022-01-13". */
  published: partialDateSchema,
  /** The "today" of the text, against which "am Dienstag" is resolved. */
  referenceDate: z.strictObject({
    date: calendarDateSchema,
    note: nonEmpty('a note on why this is the reference date'),
    sources: sourcesSchema.optional(),
  }),
  source: z.strictObject({
    outlet: z.string().nullable().default(null),
    author: z.string().nullable().default(null),
    url: webUrlSchema('the article URL').nullable().default(null),
    note: z.string().optional(),
  }),
  photo: z
    .strictObject({
      available: z.boolean().default(false),
      caption: nonEmpty('the photo caption'),
      credit: nonEmpty('the photo credit'),
      date: calendarDateSchema.optional(),
      place: idSchema.optional(),
    })
    .optional(),
  language: z.literal('de', { error: 'expected "de": Lagebild publishes German articles' }),
  updated: calendarDateSchema.optional(),
  corrections: z.array(z.strictObject({ date: calendarDateSchema, text: nonEmpty('the correction') })).default([]),
  actors: z.array(actorSchema).default([]),
  places: z.array(placeSchema).default([]),
  events: z.array(eventSchema).default([]),
  claims: z.array(claimSchema).default([]),
  factChecks: z.array(factCheckSchema).default([]),
});
export type ArticleData = z.infer<typeof articleSchema>;
