/**
 * Every example of the field reference (docs/inhaltsmodell.md, made from the
 * schemas' descriptions) works: a date expression resolves (»am Vortag«
 * against the event it counts from), a value is valid for its field, and
 * the words the pages show are the words they show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import {
  ANAPHORIC_EXPRESSION,
  parseDateOrRange,
  resolveAnaphoricExpression,
  resolveDateExpression,
} from '../../src/lib/format/dates.ts';
import { coordinatesOrigin } from '../../src/lib/format/labels.ts';
import { CONTENT_SCHEMAS, jsonSchema } from '../../src/lib/editor/schema-docs.ts';
import { eventDateLabel } from '../../src/lib/views/timeline.ts';
import { ROOT } from './helpers.ts';

interface Field {
  /** "article: reports[].dateExpression", as the reference names it under its file kind. */
  name: string;
  schema: z.ZodType;
  examples: string[];
}

type Json = { properties?: Record<string, Json>; items?: Json; anyOf?: Json[]; type?: string; description?: string };

/** The zod schema inside optional, default, nullable and pipe, and the object option of a union. */
function unwrap(schema: z.ZodType, key?: string): z.ZodType {
  const def = schema.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };
  if (def.innerType) return unwrap(def.innerType, key);
  if (def.type === 'pipe' && def.in) return unwrap(def.in, key);
  if (def.type === 'union' && key) {
    const object = def.options!.map((o) => unwrap(o)).find((o) => 'shape' in o && key in (o.shape as object));
    if (object) return object;
  }
  return schema;
}

/** The field's own schema: »reports[].dateExpression« → the report schema's dateExpression. */
function fieldSchema(schema: z.ZodType, path: string): z.ZodType {
  let node = schema;
  for (const part of path.split('.')) {
    const key = part.replace(/\[\]$/, '');
    node = unwrap(node, key);
    node = (node as unknown as { shape: Record<string, z.ZodType> }).shape[key]!;
    if (part.endsWith('[]')) node = (unwrap(node) as unknown as { element: z.ZodType }).element;
  }
  return node;
}

/** Every field of every content file whose description gives examples (»…«), as the reference lists them. */
function fieldsWithExamples(): Field[] {
  const fields: Field[] = [];
  const walk = (json: Json, schema: z.ZodType, kind: string, prefix: string) => {
    for (const [key, field] of Object.entries(json.properties ?? {})) {
      const path = `${prefix}${key}`;
      const examples = [...(field.description ?? '').matchAll(/»([^«]+)«/g)].map((m) => m[1]!);
      if (examples.length) fields.push({ name: `${kind}: ${path}`, schema: fieldSchema(schema, path), examples });
      const inner = field.type === 'array' ? field.items : field;
      for (const object of inner?.anyOf?.filter((s) => s.type === 'object') ??
        (inner?.type === 'object' ? [inner] : []))
        walk(object, schema, kind, `${path}${field.type === 'array' ? '[]' : ''}.`);
    }
  };
  for (const { name, schema } of CONTENT_SCHEMAS) walk(jsonSchema(schema) as Json, schema, name, '');
  return fields;
}

const REFERENCE_DATE = '2022-01-12';
/** The form of a date the reference spells out (»JJJJ-MM-TT«): a pattern, not a value. */
const TEMPLATE = /JJJJ|MM|TT/;

/** Fields whose examples are words of a text that date something: each resolves against a reference date. */
const DATE_EXPRESSION_FIELDS = new Set([
  'article: referenceDate',
  'article: referenceDate.note',
  'article: reports[].dateExpression',
  'article: reports[].dateAnchor',
  'article: reports[].dateDiscrepancy',
  'article: claims[].claimedDate',
]);

const source = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** Fields whose examples are words the pages show for a value: where they are shown. */
const SHOWN: Record<string, (example: string) => boolean> = {
  'article: photo.available': (example) => source('src/layouts/ArticleLayout.astro').includes(`'${example}'`),
  'article: factChecks[].note': (example) => source('src/components/EntitySections.astro').includes(`>${example}<`),
  'place: coordinatesEstimated': (example) =>
    coordinatesOrigin({ coordinatesEstimated: 'aus der Karte' })!.label.startsWith(`${example}:`),
  'event: timePrecision': (example) =>
    eventDateLabel({ range: parseDateOrRange('2022-01-11')!, timePrecision: 'approximate' }).startsWith(`${example} `),
  'event: timeOfDay': (example) =>
    eventDateLabel({
      range: parseDateOrRange('2022-01-11')!,
      timePrecision: 'part-of-day',
      timeOfDay: 'abends',
    }).endsWith(example),
};

function resolves(example: string): boolean {
  if (ANAPHORIC_EXPRESSION.test(example))
    return resolveAnaphoricExpression(example, { date: '2022-01-11', title: 'Anker' }) !== undefined;
  return resolveDateExpression(example, REFERENCE_DATE).ok;
}

describe('every example of the field reference', () => {
  const fields = fieldsWithExamples();

  it('is found: the reference gives examples for dates, values and page words', () => {
    const names = fields.map((f) => f.name);
    for (const name of [...DATE_EXPRESSION_FIELDS, ...Object.keys(SHOWN), 'article: published'])
      expect(names).toContain(name);
  });

  for (const { name, schema, examples } of fields) {
    it(`${name}: ${examples.map((e) => `»${e}«`).join(', ')}`, () => {
      // The examples of a list (aliases) are its items.
      const unwrapped = unwrap(schema) as z.ZodType & { element?: z.ZodType };
      const valueSchema = unwrapped.element ?? schema;
      for (const example of examples.filter((e) => !TEMPLATE.test(e))) {
        if (DATE_EXPRESSION_FIELDS.has(name)) expect(resolves(example), `»${example}« resolves`).toBe(true);
        else if (SHOWN[name]) expect(SHOWN[name](example), `the pages show »${example}«`).toBe(true);
        else expect(valueSchema.safeParse(example).error?.issues, `»${example}« is a valid ${name}`).toBeUndefined();
      }
    });
  }
});
