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

  it('names every field with its allowed values', () => {
    const reference = fieldReference();
    expect(reference).toContain('| `kind` | eins von: `city`, `government`');
    expect(reference).toContain(
      '| `reports[].status` | eins von: `reported`, `announced`, `planned`, `disputed`, `denied` | ja |',
    );
    expect(reference).toContain('| `roles[].from` | Text | nein |');
  });
});
