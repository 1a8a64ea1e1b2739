/** The field reference and the JSON Schemas in docs/ are what `npm run schemas` makes from the zod schemas now. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCHEMAS, fieldReference, jsonSchema } from '../../src/lib/schema-docs.ts';
import { ROOT } from './helpers.ts';

describe('the content model in docs/', () => {
  it('docs/inhaltsmodell.md is current (run npm run schemas after changing a schema)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'inhaltsmodell.md'), 'utf8')).toBe(fieldReference());
  });

  for (const { name, schema } of CONTENT_SCHEMAS) {
    it(`docs/schemas/${name}.schema.json is current`, () => {
      const onDisk = JSON.parse(readFileSync(join(ROOT, 'docs', 'schemas', `${name}.schema.json`), 'utf8'));
      expect(onDisk).toEqual(jsonSchema(schema));
    });
  }

  it('names every field with its allowed values, the words the pages show for them, and its meaning', () => {
    const reference = fieldReference();
    expect(reference).toContain('| `kind` | eins von: `city` (Stadt), `government` (Regierung)');
    expect(reference).toContain(
      '| `reports[].status` | eins von: `reported` (berichtet), `announced` (angekündigt), `planned` (geplant), `disputed` (umstritten), `denied` (dementiert) | ja | Was das Ereignis zur Zeit des Artikels war',
    );
    expect(reference).toContain('| `roles[].from` | Text | nein | Der erste Tag der Rolle; fehlt, wo er offen ist. |');
    expect(reference).toContain(
      '| `geoPrecision` | eins von: `1` (genauer Ort), `2` (ungefähre Lage), `3` (nur Region) | ja |',
    );
  });

  it('describes every field of every content file, in the table and in the JSON Schema that VS Code shows on hover', () => {
    const undescribed: string[] = [];
    const walk = (schema: Record<string, unknown>, path: string) => {
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [name, field] of Object.entries(properties)) {
        if (typeof field.description !== 'string' || !field.description.trim()) undescribed.push(`${path}${name}`);
        walk(field, `${path}${name}.`);
      }
      for (const key of ['items', 'anyOf'] as const) {
        const inner = schema[key];
        for (const part of Array.isArray(inner) ? inner : inner ? [inner] : []) walk(part, path);
      }
    };
    for (const { name, schema } of CONTENT_SCHEMAS) walk(jsonSchema(schema) as Record<string, unknown>, `${name}: `);
    expect(undescribed).toEqual([]);
    const rows = fieldReference()
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows.filter((row) => row.endsWith('|  |'))).toEqual([]);
  });
});
