import { z } from 'astro/zod';
import { claimSchema, factCheckSchema } from './claim.ts';
import { reportSchema } from './event.ts';
import {
  calendarDateSchema,
  citationsSchema,
  confidenceSchema,
  idSchema,
  nonEmpty,
  partialDateSchema,
  webUrlSchema,
  type ConfidenceData,
} from './shared.ts';

/**
 * A registered actor or place the article mentions: its id, or the id with
 * the inflected forms of this text that the registry does not list yet.
 */
const MENTION_ERROR = 'expected a registered id (e.g. "tokajew") or { id: <id>, forms: ["Tokajews"] }';
const forms = z.array(nonEmpty('a form of the name')).default([]);

const actorMentionSchema = z
  .union([idSchema, z.strictObject({ id: idSchema, forms })], { error: MENTION_ERROR })
  .transform((value): { id: string; forms: string[] } =>
    typeof value === 'string' ? { id: value, forms: [] } : value,
  );

const placeMentionSchema = z
  .union(
    [
      idSchema,
      z
        .strictObject({
          id: idSchema,
          forms,
          /** The words of the article that name the place as a site (verbatim). */
          evidence: nonEmpty('a verbatim quote from the article text').optional(),
          /** The article lists the place among the sites under CSTO guard. */
          guarded: z.boolean().optional(),
          /** How sure the analysis is that the site was guarded (required where guarded is true). */
          guardedConfidence: confidenceSchema.optional(),
        })
        .refine((m) => !m.guarded || m.guardedConfidence !== undefined, {
          error:
            'expected guardedConfidence: how sure the analysis is that the site was guarded (level, reason, sources)',
          path: ['guardedConfidence'],
        }),
    ],
    { error: MENTION_ERROR },
  )
  .transform(
    (
      value,
    ): {
      id: string;
      forms: string[];
      evidence?: string | undefined;
      guarded?: boolean | undefined;
      guardedConfidence?: ConfidenceData | undefined;
    } => (typeof value === 'string' ? { id: value, forms: [] } : value),
  );

export const articleSchema = z.strictObject({
  title: nonEmpty('a title'),
  dek: nonEmpty('a teaser (dek)'),
  /** Publication date with its real precision: "2022", "2022-01" or "2022-01-13". */
  published: partialDateSchema,
  /** The "today" of the text, against which "am Dienstag" is resolved. */
  referenceDate: z.strictObject({
    date: calendarDateSchema,
    note: nonEmpty('a note on why this is the reference date'),
    sources: citationsSchema.optional(),
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
  /** Corrections of the article's analysis, in the open: what was wrong, what is right, and why. */
  corrections: z
    .array(
      z.strictObject({
        date: calendarDateSchema,
        /** What the page said before (German). */
        wrong: nonEmpty('what was wrong'),
        /** What is right (German). */
        right: nonEmpty('what is right'),
        sources: citationsSchema.optional(),
      }),
    )
    .default([]),
  /** Registered actors (content/actors/) the text names. */
  actors: z.array(actorMentionSchema).default([]),
  /** Registered places (content/places/) the text names. */
  places: z.array(placeMentionSchema).default([]),
  /** The registered events (content/events/) this article reports. */
  reports: z.array(reportSchema).default([]),
  claims: z.array(claimSchema).default([]),
  factChecks: z.array(factCheckSchema).default([]),
});
export type ArticleData = z.infer<typeof articleSchema>;
