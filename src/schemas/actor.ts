import { z } from 'astro/zod';
import { idSchema, nonEmpty, sourcesSchema } from './shared.ts';

export const actorKinds = ['person', 'organisation', 'state-body', 'media', 'state'] as const;

export const actorSchema = z.strictObject({
  id: idSchema,
  name: nonEmpty("the actor's name"),
  kind: z.enum(actorKinds, { error: `expected one of: ${actorKinds.join(', ')}` }),
  role: nonEmpty('the role at the time of the article'),
  /** Every form in which the text names the actor, inflected ones too. */
  aliases: z.array(nonEmpty('an alias')).default([]),
  /** Names in other languages and transliterations. */
  names: z
    .array(
      z.strictObject({
        lang: z
          .string()
          .regex(/^[a-z]{2,3}(?:-[A-Za-z]+)?$/, { error: 'expected a language tag such as "en" or "ru"' }),
        name: nonEmpty('the name'),
      }),
    )
    .default([]),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, { error: 'expected a Wikidata id such as "Q123"' })
    .optional(),
  notes: z.string().optional(),
  sources: sourcesSchema.optional(),
});
export type Actor = z.infer<typeof actorSchema>;
