import { z } from 'astro/zod';
import { isDateOrRange } from '../lib/format/dates.ts';
import { citationsSchema, confidenceSchema, idSchema, nonEmpty } from './shared.ts';

const eventStatuses = ['reported', 'announced', 'planned', 'disputed', 'denied'] as const;
const timePrecisions = ['day', 'part-of-day', 'week', 'month', 'approximate'] as const;
const timesOfDay = ['morgens', 'vormittags', 'mittags', 'nachmittags', 'abends', 'nachts'] as const;
const guardChanges = ['taken', 'added', 'handover', 'withdrawn'] as const;

const dateOrRangeSchema = z
  .string({ error: 'expected a date "YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD" in quotes' })
  .refine(isDateOrRange, {
    error: 'expected a real calendar date "YYYY-MM-DD" or a range "YYYY-MM-DD/YYYY-MM-DD" with start before end',
  });

export const eventSchema = z
  .strictObject({
    title: nonEmpty('the event title').describe(
      'Was geschah, als kurze deutsche Überschrift für die Zeitleiste (»Beginn des Abzugs der Friedenstruppe«).',
    ),
    date: dateOrRangeSchema.describe(
      'Der Tag »JJJJ-MM-TT« oder der Zeitraum »JJJJ-MM-TT/JJJJ-MM-TT« (ISO 8601), an dem es laut Analyse geschah.',
    ),
    timePrecision: z
      .enum(timePrecisions, { error: `expected one of: ${timePrecisions.join(', ')}` })
      .default('day')
      .describe(
        'Wie genau das Datum ist: day (der Tag, Vorgabe), part-of-day (Tageszeit bekannt, siehe timeOfDay), week (eine Woche), month (nur der Monat) oder approximate (ungefähr, »ca.«).',
      ),
    timeOfDay: z
      .enum(timesOfDay, { error: `expected one of: ${timesOfDay.join(', ')}` })
      .optional()
      .describe(
        'Die Tageszeit, wo sie bekannt ist; die Zeitleiste zeigt sie nach dem Datum (»11. Januar 2022, abends«).',
      ),
    actors: z.array(idSchema).default([]).describe('Die beteiligten registrierten Akteure (content/actors/).'),
    places: z.array(idSchema).default([]).describe('Die registrierten Orte (content/places/), an denen es geschah.'),
    dateSources: citationsSchema
      .optional()
      .describe('Wo kein Artikeltext das Ereignis datiert: die Quellen, aus denen das Datum der Analyse stammt.'),
    confidence: confidenceSchema
      .optional()
      .describe('Wie sicher die Analyse ist, dass es so und zu dieser Zeit geschah.'),
    notes: z.string().optional().describe('Eine Anmerkung; die Zeitleiste zeigt sie beim Ereignis.'),
    guard: z
      .enum(guardChanges, { error: `expected one of: ${guardChanges.join(', ')}` })
      .optional()
      .describe(
        'Was das Ereignis an der Bewachung der Objekte ändert; die Karte zeigt danach den Stand jedes bewachten Objekts an jedem Tag: taken (unter Bewachung genommen), added (weitere Objekte kommen hinzu), handover (Rückgabe an die eigenen Kräfte beginnt), withdrawn (Abzug abgeschlossen).',
      ),
  })
  .describe(
    'Ein Ereignis der wirklichen Welt, einmal angelegt in content/events/<id>.yaml (die Kennung ist der Dateiname); die Artikel, die davon berichten, nennen es unter reports.',
  );
export type EventData = z.infer<typeof eventSchema>;

export const reportSchema = z
  .strictObject({
    event: idSchema.describe('Die Kennung des Ereignisses in content/events/.'),
    status: z
      .enum(eventStatuses, { error: `expected one of: ${eventStatuses.join(', ')}` })
      .describe(
        'Was das Ereignis zur Zeit des Artikels war: am 11. etwa erst angekündigt (announced), am 19. geschehen und berichtet (reported).',
      ),
    evidence: nonEmpty('a verbatim quote from the article text').describe(
      'Die Worte des Artikels, die davon berichten, wörtlich; die Seite verlinkt die Stelle.',
    ),
    evidenceIn: z
      .enum(['body', 'caption'], { error: 'expected "body" or "caption"' })
      .default('body')
      .describe('Wo das Zitat steht: body (im Text, Vorgabe) oder caption (in der Bildunterschrift).'),
    dateExpression: z
      .string()
      .optional()
      .describe(
        'Die Worte des Texts, die das Ereignis datieren (»am Dienstag«, »vergangene Woche«); aufgelöst gegen referenceDate.',
      ),
    dateAnchor: idSchema
      .optional()
      .describe('Bei Ausdrücken wie »am Vortag« oder »am Abend des Tages«: das Ereignis, dessen Tag gemeint ist.'),
    dateDiscrepancy: nonEmpty('why the text states another date')
      .optional()
      .describe(
        'Wo der Text das Datum falsch angibt (»am 6. Januar« für den Abend des 5.): warum sein Ausdruck nicht das Datum des Ereignisses ergibt. Die Stelle braucht dann einen Faktencheck (factChecks).',
      ),
    notes: z.string().optional().describe('Eine Anmerkung zu diesem Bericht; die Zeitleiste zeigt sie.'),
  })
  .describe(
    'Wie ein Artikel von einem registrierten Ereignis berichtet: seine Worte, sein Datumsausdruck, sein Stand.',
  );
export type Report = z.infer<typeof reportSchema>;
