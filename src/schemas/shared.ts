import { z } from 'astro/zod';
import { isCalendarDate, isPartialDate } from '../lib/format/dates.ts';

// Every field's meaning is its zod description (German, the editor's language):
// `npm run schemas` writes it into the field reference (docs/inhaltsmodell.md)
// and the JSON Schemas (docs/schemas/), where VS Code shows it on hover.
// Descriptions are metadata only: they change no validation and no message.

export const idSchema = z
  .string({ error: 'expected an id (lowercase ASCII slug such as "tokajew")' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected an id of lowercase ASCII letters, digits and single hyphens (e.g. "hafen-aktau")',
  })
  .describe(
    'Kennung aus Kleinbuchstaben, Ziffern und einzelnen Bindestrichen (»hafen-aktau«); dieselbe in Adressen, Ankern und Exporten.',
  );

export const nonEmpty = (what: string) =>
  z
    .string({ error: `expected ${what} (text)` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty text` });

/** Kept as a string on purpose: a day, not an instant (a Date would shift with the time zone). */
export const calendarDateSchema = z
  .string({ error: 'expected a calendar date "YYYY-MM-DD" in quotes' })
  .refine(isCalendarDate, { error: 'expected a real calendar date "YYYY-MM-DD" (e.g. "2022-01-11")' })
  .describe('Ein Kalendertag »JJJJ-MM-TT«.');

/** The precision is the form. */
export const partialDateSchema = z
  .string({ error: 'expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" in quotes' })
  .refine(isPartialDate, { error: 'expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists (e.g. "2022-01")' })
  .describe('Ein Datum so genau, wie es bekannt ist: »JJJJ«, »JJJJ-MM« oder »JJJJ-MM-TT«.');

/** http(s) only, never javascript: or data:. */
export const webUrlSchema = (what: string) =>
  z.url({ protocol: /^https?$/, error: `expected ${what} as an http(s) address (https://…)` });

export const wikidataSchema = z
  .string()
  .regex(/^Q[1-9]\d*$/, { error: 'expected a Wikidata id such as "Q123"' })
  .describe('Die Wikidata-Kennung (»Q123«), für Verweise und strukturierte Daten der Seiten.');

export const languageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z]+)?$/, { error: 'expected a language tag such as "en" or "ru"' })
  .describe('Ein Sprachkürzel: »de«, »en«, »ru«, »kk«.');

export const citationSchema = z
  .union(
    [
      idSchema,
      z.strictObject({
        source: idSchema.describe('Die Kennung der Quelle in content/sources/.'),
        locator: nonEmpty('a locator (page, section)')
          .optional()
          .describe('Wo in der Quelle: Seite, Abschnitt oder die Koordinaten, die sie nennt.'),
        quote: nonEmpty('a quote from the source').optional().describe('Die Worte der Quelle, die die Angabe tragen.'),
      }),
    ],
    { error: 'expected a source id (e.g. "kursiv-nationalbank") or { source: <id>, locator: "…" }' },
  )
  .describe(
    'Ein Beleg: die Kennung einer registrierten Quelle (content/sources/<id>.yaml) oder { source: <id>, locator: "…", quote: "…" } mit Fundstelle oder Zitat.',
  );
export type Citation = z.infer<typeof citationSchema>;

export const citationsSchema = z
  .array(citationSchema)
  .min(1, { error: 'expected at least one source' })
  .describe('Die Quellen, die die Angaben belegen: Kennungen oder { source, locator, quote }.');

/** Checked against the body at build time. */
export const quoteSchema = nonEmpty('a verbatim quote from the article text').describe(
  'Die Worte des Artikeltexts, wörtlich.',
);

export const aboutSchema = z
  .strictObject({
    actors: z.array(idSchema).default([]).describe('Registrierte Akteure (content/actors/), um die es geht.'),
    places: z.array(idSchema).default([]).describe('Registrierte Orte (content/places/), um die es geht.'),
    events: z.array(idSchema).default([]).describe('Registrierte Ereignisse (content/events/), um die es geht.'),
    claims: z.array(idSchema).default([]).describe('Aussagen (aus jedem Artikel), um die es geht.'),
  })
  .describe('Worum es geht: die Kennungen registrierter Akteure, Orte, Ereignisse und Aussagen.');

const confidenceLevels = ['high', 'medium', 'low'] as const;

export const confidenceSchema = z
  .strictObject({
    level: z
      .enum(confidenceLevels, { error: `expected one of: ${confidenceLevels.join(', ')}` })
      .describe('Die Stufe: wie sicher die Analyse ist.'),
    reason: nonEmpty('the reason for the confidence level (German)').describe(
      'Warum diese Stufe, auf Deutsch (»Zwei unabhängige Agenturmeldungen vom selben Tag«).',
    ),
    sources: citationsSchema.optional().describe('Die Quellen, auf die sich das Urteil stützt.'),
  })
  .describe(
    'Wie sicher die Analyse einer Angabe ist: Stufe, Begründung und Quellen; die Methodenseite (/methode/) erklärt es.',
  );
export type ConfidenceData = z.infer<typeof confidenceSchema>;
