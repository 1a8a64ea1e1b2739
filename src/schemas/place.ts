import { z } from 'astro/zod';
import {
  citationSchema,
  citationsSchema,
  confidenceSchema,
  nonEmpty,
  partialDateSchema,
  wikidataSchema,
} from './shared.ts';

export const placeKinds = [
  'city',
  'government',
  'transport',
  'finance',
  'media',
  'military',
  'port',
  'industry',
  'market',
  'space',
  'region',
  'country',
] as const;

const latitude = z
  .number({ error: 'expected the latitude as a number' })
  .min(-90, { error: 'expected a latitude between -90 and 90' })
  .max(90, { error: 'expected a latitude between -90 and 90' });
const longitude = z
  .number({ error: 'expected the longitude as a number' })
  .min(-180, { error: 'expected a longitude between -180 and 180' })
  .max(180, { error: 'expected a longitude between -180 and 180' });

export const placeSchema = z
  .strictObject({
    name: nonEmpty('the place name').describe('Der Name, wie ihn die Seiten zeigen (»Almaty«).'),
    mapLabel: nonEmpty('the label on the map')
      .max(18, { error: 'expected a label on the map of at most 18 characters' })
      .optional()
      .describe(
        'Ein kurzer Name für die Beschriftung auf der Karte, höchstens 18 Zeichen (»Almaty-1«, »Grüner Basar«); ohne ihn steht dort der Name bis zu einer Klammer.',
      ),
    aliases: z
      .array(nonEmpty('an alias'))
      .default([])
      .describe('Jede andere Form, in der Texte den Ort nennen, auch gebeugte (»Almatys«, »Alma-Ata«).'),
    historicalNames: z
      .array(
        z.strictObject({
          name: nonEmpty('the name').describe('Der Name, wie ihn deutsche Texte schreiben (»Alma-Ata«, »Zelinograd«).'),
          from: partialDateSchema.optional().describe('Seit wann der Ort so hieß (»1921«, »2022-09«).'),
          until: partialDateSchema.optional().describe('Bis wann der Ort so hieß (»1993«).'),
          sources: citationsSchema.describe('Die Quellen, die den Namen und seine Zeit belegen.'),
        }),
      )
      .default([])
      .describe(
        'Namen, die der Ort zu anderen Zeiten trug oder wieder trägt, mit ihrer Zeit und Quelle (Almaty hieß bis 1993 Alma-Ata). Die Suche findet den Ort unter jedem dieser Namen; die Seite des Orts nennt sie.',
      ),
    kind: z
      .enum(placeKinds, { error: `expected one of: ${placeKinds.join(', ')}` })
      .describe(
        'Die Art des Orts: eine Stadt, ein Regierungssitz, ein Flughafen oder Bahnhof, eine Bank, ein Hafen, ein Werk …',
      ),
    coordinates: z
      .tuple([latitude, longitude], { error: 'expected [latitude, longitude]' })
      .describe('[Breite, Länge] in Dezimalgrad (WGS 84), etwa [43.2775, 76.8958].'),
    geoPrecision: z
      .union([z.literal(1), z.literal(2), z.literal(3)], {
        error: 'expected 1 (exact site), 2 (town or near it) or 3 (larger region)',
      })
      .describe(
        'Wie genau die Koordinaten den Ort treffen: 1 der Ort selbst, 2 in der Stadt oder nahe dabei, 3 irgendwo in einer größeren Region (wie bei ACLED).',
      ),
    radiusKm: z
      .number()
      .positive({ error: 'expected a radius in km greater than 0' })
      .optional()
      .describe('Der Radius der unsicheren Fläche in km; Pflicht bei geoPrecision 2 und 3.'),
    within: z
      .string()
      .optional()
      .describe(
        'Die Kennung des registrierten Orts, der diesen enthält (ein Gebäude in einer Stadt); der Build prüft, dass er darin liegt.',
      ),
    country: z
      .string()
      .regex(/^\d{3}$/, { error: 'expected an ISO 3166-1 numeric code in quotes, such as "398"' })
      .optional()
      .describe(
        'Für einen Staat: sein numerischer Code nach ISO 3166-1 (»398«). Seine Fläche ist dann der Umriss aus den mitgelieferten Natural-Earth-Daten, kein Kreis.',
      ),
    coordinatesSource: citationSchema
      .optional()
      .describe(
        'Woher die Koordinaten stammen: die Quelle, die sie nennt, mit Fundstelle ({ source: wikipedia-almaty, locator: "43°16′39″ N, 76°53′45″ O" }); bei geoPrecision 1 und 2 Pflicht, wo coordinatesEstimated fehlt.',
      ),
    coordinatesEstimated: nonEmpty('how the coordinates were estimated (German)')
      .optional()
      .describe('Oder wie die Analyse sie geschätzt hat (auf Deutsch); die Seiten zeigen sie als »geschätzt«.'),
    wikidata: wikidataSchema.optional(),
    sources: citationsSchema.describe('Die Quellen, die den Ort und seine Rolle belegen.'),
    confidence: confidenceSchema
      .optional()
      .describe('Wie sicher die Analyse der Lage ist (der Koordinaten und ihrer Genauigkeit).'),
    notes: z.string().optional().describe('Eine Anmerkung; die Seiten zeigen sie beim Ort und auf der Karte.'),
  })
  .refine((p) => p.geoPrecision === 1 || p.radiusKm !== undefined, {
    error: 'expected radiusKm: a place with geoPrecision 2 or 3 is drawn as an area',
    path: ['radiusKm'],
  })
  .refine((p) => p.geoPrecision === 3 || p.coordinatesSource !== undefined || p.coordinatesEstimated !== undefined, {
    error:
      'expected coordinatesSource (the source that gives these coordinates, e.g. { source: <id>, locator: "43°16′ N, 76°53′ O" }) or coordinatesEstimated: "<how they were estimated>"; a place at geoPrecision 1 or 2 needs one',
    path: ['geoPrecision'],
  })
  .refine((p) => p.coordinatesSource === undefined || p.coordinatesEstimated === undefined, {
    error: 'expected either coordinatesSource or coordinatesEstimated, not both',
    path: ['coordinatesEstimated'],
  })
  .describe('Ein Ort, einmal angelegt in content/places/<id>.yaml (die Kennung ist der Dateiname).');
export type PlaceData = z.infer<typeof placeSchema>;
