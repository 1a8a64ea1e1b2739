import { z } from 'astro/zod';
import { isDateOrRange } from '../lib/format/dates.ts';
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

export const relationSources = ['sources', 'author', 'analysis'] as const;

const relationSchema = z
  .union(
    [
      idSchema,
      z.strictObject({
        claim: idSchema.describe('Die Kennung der anderen Aussage.'),
        by: z
          .enum(relationSources, { error: `expected one of: ${relationSources.join(', ')}` })
          .default('analysis')
          .describe(
            'Wer den Bezug herstellt: die Quellen selbst (sources), der Autor des Artikels (author) oder die Analyse (analysis, die Vorgabe).',
          ),
      }),
    ],
    { error: 'expected a claim id or { claim: <id>, by: sources | author | analysis }' },
  )
  .describe(
    'Eine andere Aussage (aus jedem Artikel): ihre Kennung oder { claim: <id>, by: sources | author | analysis }.',
  )
  .transform((value): { claim: string; by: (typeof relationSources)[number] } =>
    typeof value === 'string' ? { claim: value, by: 'analysis' } : value,
  );

export const claimSchema = z
  .strictObject({
    id: idSchema.describe(
      'Die Kennung der Aussage, eindeutig auf der ganzen Seite: Aussagen anderer Artikel beziehen sich darauf.',
    ),
    speaker: idSchema.describe('Der registrierte Akteur (content/actors/), der die Aussage gemacht hat.'),
    reportedBy: idSchema
      .optional()
      .describe('Wer sie weitergegeben hat, wo der Text einen Vermittler nennt (eine Zeitung, ein Ministerium).'),
    quote: quoteSchema
      .optional()
      .describe(
        'Die Worte des Artikels, die die Aussage tragen, wörtlich. Eine Aussage, die der Artikel nicht zitiert (aus der Recherche), hat stattdessen sources.',
      ),
    summary: nonEmpty('a short German summary of the claim').describe(
      'Eine kurze deutsche Zusammenfassung für Listen und Tabellen.',
    ),
    date: calendarDateSchema.optional().describe('Der Tag, an dem die Aussage gemacht wurde.'),
    claimedDate: z
      .string()
      .refine(isDateOrRange, { error: 'expected a calendar date "YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD"' })
      .optional()
      .describe(
        'Das Datum, das die Aussage für das Ereignis nennt, um das es geht (»ab 13. Januar«): »JJJJ-MM-TT« oder »JJJJ-MM-TT/JJJJ-MM-TT«.',
      ),
    claimedDateQualifier: z
      .enum(['on', 'notBefore', 'notAfter'], { error: 'expected "on", "notBefore" or "notAfter"' })
      .default('on')
      .describe(
        'Wie claimedDate gemeint ist: on (an dem Tag, Vorgabe), notBefore (nicht vor dem) oder notAfter (spätestens am).',
      ),
    about: aboutSchema.default(EMPTY_ABOUT),
    stance: z
      .enum(stances, { error: `expected one of: ${stances.join(', ')}` })
      .describe(
        'Was der Sprecher mit der Aussage tut: behaupten, ankündigen, bestreiten, warnen, kritisieren oder zurückweisen.',
      ),
    contradicts: z
      .array(relationSchema)
      .default([])
      .describe('Aussagen (aus jedem Artikel), denen diese widerspricht: beide können nicht zugleich wahr sein.'),
    qualifies: z
      .array(relationSchema)
      .default([])
      .describe('Aussagen (aus jedem Artikel), die diese einschränkt oder an eine Bedingung knüpft.'),
    answers: z
      .array(relationSchema)
      .default([])
      .describe('Aussagen (aus jedem Artikel), auf die diese antwortet (eine Erwiderung ist kein Widerspruch).'),
    sources: citationsSchema
      .optional()
      .describe('Die Quellen, die die Aussage belegen (Pflicht, wo der Artikel sie nicht zitiert).'),
    confidence: confidenceSchema
      .optional()
      .describe('Wie sicher die Analyse ist, dass der Sprecher das so gesagt hat.'),
  })
  .describe('Eine Aussage eines registrierten Akteurs, die der Artikel wiedergibt oder die die Recherche fand.');
export type Claim = z.infer<typeof claimSchema>;

export const factCheckSchema = z
  .strictObject({
    id: idSchema.describe('Die Kennung des Faktenchecks, eindeutig auf der ganzen Seite.'),
    about: aboutSchema.default(EMPTY_ABOUT),
    evidence: quoteSchema.describe('Die Textstelle, um die es geht, wörtlich.'),
    note: nonEmpty('the fact-check note').describe(
      'Die »Anmerkung der Analyse«: was die öffentlichen Quellen sagen, auf Deutsch.',
    ),
    checked: calendarDateSchema.describe('Der Tag, an dem die Analyse die Angabe geprüft hat.'),
    sources: citationsSchema.describe('Die Quellen, auf die sich die Anmerkung stützt.'),
  })
  .describe('Eine Anmerkung der Analyse zu einer Textstelle: was die öffentlichen Quellen dazu sagen.');
export type FactCheck = z.infer<typeof factCheckSchema>;
