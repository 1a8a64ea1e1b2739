import { z } from 'astro/zod';
import { calendarDateSchema, languageSchema, nonEmpty, partialDateSchema, webUrlSchema } from './shared.ts';

/** A source, defined once in content/sources/<id>.yaml and cited by id. */
export const sourceSchema = z.strictObject({
  /** The title as the source gives it (original language). */
  title: nonEmpty('a source title'),
  /** Who published it: an agency, a newspaper, a ministry, an encyclopaedia. */
  publisher: nonEmpty('the publisher').optional(),
  /** The original address; prefer it to a mirror. */
  url: webUrlSchema('the source URL').optional(),
  /** Publication date at its real precision. */
  date: partialDateSchema.optional(),
  /** Language of the source ("ru", "en", "de"). */
  language: languageSchema.optional(),
  /** When the analysis last read it. */
  accessed: calendarDateSchema.optional(),
  /** An archived copy (Wayback Machine, archive.today). */
  archived: webUrlSchema('the archived copy').optional(),
  /** Where `url` is a mirror or a re-publication: the original's address. */
  original: webUrlSchema('the original').optional(),
  /** Where `url` is a mirror and no original could be found: why (German). */
  noOriginal: nonEmpty('why there is no original').optional(),
});
export type SourceData = z.infer<typeof sourceSchema>;
