import { z } from 'astro/zod';
import { citationSchema, citationsSchema, confidenceSchema, nonEmpty, wikidataSchema } from './shared.ts';

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

/** A place, defined once in content/places/<id>.yaml (the id is the file name). */
export const placeSchema = z
  .strictObject({
    name: nonEmpty('the place name'),
    aliases: z.array(nonEmpty('an alias')).default([]),
    kind: z.enum(placeKinds, { error: `expected one of: ${placeKinds.join(', ')}` }),
    /** [latitude, longitude] in WGS 84. */
    coordinates: z.tuple([latitude, longitude], { error: 'expected [latitude, longitude]' }),
    /** 1 = the exact site, 2 = the town or near it, 3 = only a larger region (ACLED-like). */
    geoPrecision: z.union([z.literal(1), z.literal(2), z.literal(3)], {
      error: 'expected 1 (exact site), 2 (town or near it) or 3 (larger region)',
    }),
    /** Radius of the uncertainty area in km; required for precision 2 and 3. */
    radiusKm: z.number().positive({ error: 'expected a radius in km greater than 0' }).optional(),
    /** The registered place that contains this one (a site in a city); the build checks that it lies inside. */
    within: z.string().optional(),
    /**
     * For a country: its ISO 3166-1 numeric code ("398"). Its area is then the
     * country's outline from the shipped Natural Earth data, not a circle.
     */
    country: z
      .string()
      .regex(/^\d{3}$/, { error: 'expected an ISO 3166-1 numeric code in quotes, such as "398"' })
      .optional(),
    /**
     * Where the coordinates come from (precision 1 and 2 need this or
     * coordinatesEstimated): the source that gives them, with a locator
     * ({ source: wikipedia-almaty, locator: "43°16′39″ N, 76°53′45″ O" }).
     */
    coordinatesSource: citationSchema.optional(),
    /** Or how the analysis estimated them (German); the pages label them »geschätzt«. */
    coordinatesEstimated: nonEmpty('how the coordinates were estimated (German)').optional(),
    wikidata: wikidataSchema.optional(),
    sources: citationsSchema,
    /** How sure the analysis is of the location (the coordinates and their precision). */
    confidence: confidenceSchema.optional(),
    notes: z.string().optional(),
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
  });
export type PlaceData = z.infer<typeof placeSchema>;
