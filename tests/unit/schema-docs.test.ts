/** The field reference and the JSON Schemas in docs/ are what `npm run schemas` makes from the zod schemas now. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCHEMAS, fieldReference, jsonSchema, listForEditor } from '../../src/lib/editor/schema-docs.ts';
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

describe('a new draft in the editor', () => {
  it("joins the list of content files whose frontmatter Astro's VS Code extension completes, next to the others", () => {
    const root = mkdtempSync(join(tmpdir(), 'lagebild-editor-'));
    const old = pathToFileURL(join(root, 'content', 'articles', 'alt.md')).href;
    mkdirSync(join(root, '.astro', 'collections'), { recursive: true });
    const manifest = join(root, '.astro', 'collections', 'collections.json');
    writeFileSync(
      manifest,
      JSON.stringify({ collections: [{ hasSchema: true, name: 'articles' }], entries: { [old]: 'articles' } }),
    );

    expect(listForEditor(root, join('content', 'articles', 'Neu.md'))).toBe(true);
    const { collections, entries } = JSON.parse(readFileSync(manifest, 'utf8'));
    expect(collections).toEqual([{ hasSchema: true, name: 'articles' }]);
    expect(entries).toEqual({
      [old]: 'articles',
      [pathToFileURL(join(root, 'content', 'articles', 'Neu.md')).href.toLowerCase()]: 'articles',
    });
  });

  it('writes nothing where Astro has not synced yet', () => {
    const root = mkdtempSync(join(tmpdir(), 'lagebild-editor-'));
    expect(listForEditor(root, 'content/articles/neu.md')).toBe(false);
    expect(existsSync(join(root, '.astro'))).toBe(false);
  });
});
