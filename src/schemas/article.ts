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

const MENTION_ERROR = 'expected a registered id (e.g. "tokajew") or { id: <id>, forms: ["Tokajews"] }';
const forms = z
  .array(nonEmpty('a form of the name'))
  .default([])
  .describe(
    'Die Formen des Namens in diesem Text, die das Register noch nicht kennt (gebeugte, verkürzte, umschriebene).',
  );
const mentionId = (registry: string) => idSchema.describe(`Die Kennung in content/${registry}/.`);

const actorMentionSchema = z
  .union([idSchema, z.strictObject({ id: mentionId('actors'), forms })], { error: MENTION_ERROR })
  .describe(
    'Ein registrierter Akteur, den der Text nennt: seine Kennung oder { id: <id>, forms: [...] } mit den Formen dieses Texts.',
  )
  .transform((value): { id: string; forms: string[] } =>
    typeof value === 'string' ? { id: value, forms: [] } : value,
  );

const placeMentionSchema = z
  .union(
    [
      idSchema,
      z
        .strictObject({
          id: mentionId('places'),
          forms,
          evidence: nonEmpty('a verbatim quote from the article text')
            .optional()
            .describe('Die Worte des Artikels, die den Ort als Schauplatz nennen, wörtlich.'),
          guarded: z
            .boolean()
            .optional()
            .describe('true, wo der Artikel den Ort unter den von der OVKS bewachten Objekten nennt.'),
          guardedConfidence: confidenceSchema
            .optional()
            .describe('Wie sicher die Analyse ist, dass der Ort bewacht wurde; Pflicht, wo guarded true ist.'),
        })
        .refine((m) => !m.guarded || m.guardedConfidence !== undefined, {
          error:
            'expected guardedConfidence: how sure the analysis is that the site was guarded (level, reason, sources)',
          path: ['guardedConfidence'],
        }),
    ],
    { error: MENTION_ERROR },
  )
  .describe(
    'Ein registrierter Ort, den der Text nennt: seine Kennung oder { id: <id>, forms, evidence, guarded, guardedConfidence }.',
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

export const articleSchema = z
  .strictObject({
    title: nonEmpty('a title').describe(
      'Die Überschrift; mit Doppelpunkt in Anführungszeichen (title: "Krise in Kasachstan: Unklarer als gedacht").',
    ),
    dek: nonEmpty('a teaser (dek)').describe('Der Vorspann: ein, zwei Sätze unter der Überschrift.'),
    published: partialDateSchema.describe(
      'Das Erscheinungsdatum, so genau es bekannt ist: »2022«, »2022-01« oder »2022-01-13«.',
    ),
    referenceDate: z
      .strictObject({
        date: calendarDateSchema.describe('Der Tag »JJJJ-MM-TT«, an dem der Text geschrieben wurde.'),
        note: nonEmpty('a note on why this is the reference date').describe(
          'Warum dieser Tag das »heute« des Texts ist (auf Deutsch).',
        ),
        sources: citationsSchema.optional().describe('Die Quellen, die den Tag belegen.'),
      })
      .describe('Das »heute« des Texts, gegen das »am Dienstag« oder »gestern« aufgelöst werden.'),
    source: z
      .strictObject({
        outlet: z
          .string()
          .nullable()
          .default(null)
          .describe('Die Zeitung oder der Sender, wo er erschien (»junge Welt«).'),
        author: z.string().nullable().default(null).describe('Die Autorin oder der Autor.'),
        url: webUrlSchema('the article URL')
          .nullable()
          .default(null)
          .describe('Die Adresse des Originalartikels (https://…).'),
        note: z.string().optional().describe('Eine Anmerkung zur Vorlage; die Artikelseite zeigt sie.'),
      })
      .describe('Woher der Text stammt; null, wo es nicht bekannt ist.'),
    photo: z
      .strictObject({
        available: z
          .boolean()
          .default(false)
          .describe(
            'true, wo das Foto selbst vorliegt; sonst zeigt die Seite »Foto der Vorlage, hier nicht wiedergegeben« mit Bildunterschrift.',
          ),
        caption: nonEmpty('the photo caption').describe('Die Bildunterschrift, wie sie die Vorlage druckt.'),
        credit: nonEmpty('the photo credit').describe('Der Bildnachweis (»Valery Sharifulin/imago images/ITAR-TASS«).'),
        date: calendarDateSchema.optional().describe('Der Tag, an dem das Foto entstand.'),
        place: idSchema.optional().describe('Der registrierte Ort (content/places/), an dem es entstand.'),
      })
      .optional()
      .describe('Das Foto der Vorlage, soweit bekannt.'),
    language: z
      .literal('de', { error: 'expected "de": Lagebild publishes German articles' })
      .describe('Die Sprache des Texts: immer »de«.'),
    updated: calendarDateSchema.optional().describe('Der Tag der letzten inhaltlichen Änderung.'),
    corrections: z
      .array(
        z.strictObject({
          date: calendarDateSchema.describe('Der Tag der Korrektur.'),
          wrong: nonEmpty('what was wrong').describe('Was die Seite vorher sagte (auf Deutsch).'),
          right: nonEmpty('what is right').describe('Was richtig ist (auf Deutsch).'),
          sources: citationsSchema.optional().describe('Die Quellen, die die Korrektur belegen.'),
        }),
      )
      .default([])
      .describe('Korrekturen der Analyse, offen ausgewiesen: was falsch war, was richtig ist und warum.'),
    actors: z
      .array(actorMentionSchema)
      .default([])
      .describe('Die registrierten Akteure (content/actors/), die der Text nennt.'),
    places: z
      .array(placeMentionSchema)
      .default([])
      .describe('Die registrierten Orte (content/places/), die der Text nennt.'),
    reports: z
      .array(reportSchema)
      .default([])
      .describe('Die registrierten Ereignisse (content/events/), von denen der Artikel berichtet.'),
    claims: z.array(claimSchema).default([]).describe('Die Aussagen, die der Artikel wiedergibt.'),
    factChecks: z
      .array(factCheckSchema)
      .default([])
      .describe('Anmerkungen der Analyse zu Textstellen: was die öffentlichen Quellen sagen.'),
  })
  .describe('Die Frontmatter eines Artikels in content/articles/<slug>.md; der Dateiname ist die Adresse.');
export type ArticleData = z.infer<typeof articleSchema>;
