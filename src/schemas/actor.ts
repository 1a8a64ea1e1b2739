import { z } from 'astro/zod';
import { calendarDateSchema, citationsSchema, languageSchema, nonEmpty, wikidataSchema } from './shared.ts';

const actorKinds = ['person', 'organisation', 'state-body', 'media', 'state'] as const;

const roleSchema = z.strictObject({
  role: nonEmpty('the role').describe('Die Rolle auf Deutsch (»Präsident der Republik Kasachstan«).'),
  from: calendarDateSchema.optional().describe('Der erste Tag der Rolle; fehlt, wo er offen ist.'),
  until: calendarDateSchema.optional().describe('Der letzte Tag der Rolle; fehlt, solange sie andauert.'),
});

export const actorSchema = z
  .strictObject({
    name: nonEmpty("the actor's name").describe('Der Name, wie ihn die Seiten zeigen (»Kassym-Schomart Tokajew«).'),
    kind: z
      .enum(actorKinds, { error: `expected one of: ${actorKinds.join(', ')}` })
      .describe(
        'Die Art des Akteurs: eine Person, eine Organisation (die OVKS), eine staatliche Stelle (ein Ministerium), ein Medium oder ein Staat.',
      ),
    roles: z
      .array(roleSchema)
      .min(1, { error: 'expected at least one role' })
      .describe('Die Rollen in zeitlicher Folge; eine neue Rolle (ein neuer Minister) ist ein neuer Eintrag mit from.'),
    aliases: z
      .array(nonEmpty('an alias'))
      .default([])
      .describe('Jede Form, in der Texte den Akteur nennen, auch gebeugte (»Tokajew«, »Tokajews«).'),
    names: z
      .array(
        z.strictObject({
          lang: languageSchema.describe('Die Sprache der Schreibweise (»en«, »ru«, »kk«).'),
          name: nonEmpty('the name').describe('Der Name in dieser Sprache oder Umschrift.'),
        }),
      )
      .default([])
      .describe('Andere Schreibweisen: Umschriften und der Name in anderen Sprachen.'),
    plural: z
      .boolean()
      .optional()
      .describe(
        'true, wo der Name ein Plural ist (wie Kasachische Dienststellen oder Vereinigte Staaten): die Seiten setzen die Verben dann in den Plural (kündigen an statt kündigt an).',
      ),
    wikidata: wikidataSchema.optional(),
    notes: z.string().optional().describe('Eine Anmerkung; die Seiten zeigen sie beim Akteur.'),
    sources: citationsSchema.optional().describe('Die Quellen für Name, Schreibweisen und Rollen.'),
  })
  .describe('Ein Akteur, einmal angelegt in content/actors/<id>.yaml (die Kennung ist der Dateiname).');
export type ActorData = z.infer<typeof actorSchema>;
