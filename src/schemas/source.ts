import { z } from 'astro/zod';
import { calendarDateSchema, languageSchema, nonEmpty, partialDateSchema, webUrlSchema } from './shared.ts';

export const sourceSchema = z
  .strictObject({
    title: nonEmpty('a source title').describe('Der Titel, wie ihn die Quelle nennt (in ihrer Sprache).'),
    author: nonEmpty('the author')
      .optional()
      .describe('Wer sie geschrieben hat, wie die Quelle es angibt (mehrere durch Kommas getrennt).'),
    publisher: nonEmpty('the publisher')
      .optional()
      .describe('Wer sie veröffentlicht hat: eine Agentur, eine Zeitung, ein Ministerium, ein Lexikon.'),
    url: webUrlSchema('the source URL').optional().describe('Die Adresse des Originals; sie geht einem Spiegel vor.'),
    date: partialDateSchema
      .optional()
      .describe('Das Erscheinungsdatum, so genau es bekannt ist; fehlt es, sagt undated, warum.'),
    undated: nonEmpty('why no publication date is known')
      .optional()
      .describe(
        'Nur ohne date: warum kein Erscheinungsdatum bekannt ist (auf Deutsch), etwa »Seite nicht datiert« oder »Lexikonartikel, laufend überarbeitet«.',
      ),
    language: languageSchema.optional().describe('Die Sprache der Quelle (»ru«, »en«, »de«).'),
    accessed: calendarDateSchema.optional().describe('Wann die Analyse sie zuletzt gelesen hat.'),
    archived: webUrlSchema('the archived copy')
      .optional()
      .describe('Eine archivierte Kopie (Wayback Machine, archive.today).'),
    original: webUrlSchema('the original')
      .optional()
      .describe('Wo url ein Spiegel oder ein Nachdruck ist: die Adresse des Originals.'),
    noOriginal: nonEmpty('why there is no original')
      .optional()
      .describe('Wo url ein Spiegel ist und kein Original zu finden war: warum (auf Deutsch).'),
    designation: nonEmpty('the designation')
      .optional()
      .describe(
        'Wo die Quelle von einem als staatsnah oder als Desinformationsmedium eingestuften Medium stammt (src/config/outlets.ts): der Hinweis, den der Leser neben ihr sieht (auf Deutsch).',
      ),
  })
  .describe('Eine Quelle, einmal angelegt in content/sources/<id>.yaml und mit ihrer Kennung zitiert.');
export type SourceData = z.infer<typeof sourceSchema>;
