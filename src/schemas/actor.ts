import { z } from 'astro/zod';
import { calendarDateSchema, citationsSchema, languageSchema, nonEmpty, wikidataSchema } from './shared.ts';

const actorKinds = ['person', 'organisation', 'state-body', 'media', 'state'] as const;

/** A role with the days it held: `from`/`until` left out where it is open. */
const roleSchema = z.strictObject({
  role: nonEmpty('the role'),
  from: calendarDateSchema.optional(),
  until: calendarDateSchema.optional(),
});

/** Other spellings: transliterations and the name in other languages. */
const otherNamesSchema = z.array(z.strictObject({ lang: languageSchema, name: nonEmpty('the name') })).default([]);

/** An actor, defined once in content/actors/<id>.yaml (the id is the file name). */
export const actorSchema = z.strictObject({
  name: nonEmpty("the actor's name"),
  kind: z.enum(actorKinds, { error: `expected one of: ${actorKinds.join(', ')}` }),
  /** Roles in time order; a role that changes (a new minister) gets a new entry with `from`. */
  roles: z.array(roleSchema).min(1, { error: 'expected at least one role' }),
  /** Every form in which texts name the actor, inflected ones too. */
  aliases: z.array(nonEmpty('an alias')).default([]),
  names: otherNamesSchema,
  wikidata: wikidataSchema.optional(),
  notes: z.string().optional(),
  sources: citationsSchema.optional(),
});
export type ActorData = z.infer<typeof actorSchema>;
