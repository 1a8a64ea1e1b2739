/**
 * The content model as an editor reads it: JSON Schemas of the registry
 * files and the article frontmatter (zod's own toJSONSchema, with each
 * field's zod description, which VS Code shows on hover), and a German field
 * reference (docs/inhaltsmodell.md) made from them: every field, its type,
 * whether it is required, its allowed values (with the word the pages show
 * for each) and its meaning. `npm run schemas` writes both; a unit test
 * fails when they are stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import {
  actorKindLabel,
  confidenceLabel,
  geoPrecisionLabel,
  placeKindLabel,
  relationByLabel,
  stanceLabel,
  statusLabel,
} from '../format/labels.ts';
import { actorSchema } from '../../schemas/actor.ts';
import { articleSchema } from '../../schemas/article.ts';
import { eventSchema } from '../../schemas/event.ts';
import { placeSchema } from '../../schemas/place.ts';
import { sourceSchema } from '../../schemas/source.ts';

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  default?: unknown;
  description?: string;
}

export const CONTENT_SCHEMAS = [
  { name: 'article', title: 'Artikel (Frontmatter)', files: 'content/articles/*.md', schema: articleSchema },
  { name: 'actor', title: 'Akteur', files: 'content/actors/*.yaml', schema: actorSchema },
  { name: 'place', title: 'Ort', files: 'content/places/*.yaml', schema: placeSchema },
  { name: 'source', title: 'Quelle', files: 'content/sources/*.yaml', schema: sourceSchema },
  { name: 'event', title: 'Ereignis', files: 'content/events/*.yaml', schema: eventSchema },
] as const;

export function jsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The German words the pages show for the values of an enum (src/lib/format/labels.ts). */
const VALUE_LABELS: Record<string, string>[] = [
  actorKindLabel,
  placeKindLabel,
  statusLabel,
  stanceLabel,
  relationByLabel,
  confidenceLabel,
  geoPrecisionLabel,
];

/** "`city` (Stadt), `government` (Regierung)": the values, each with its label where the pages show one. */
function values(list: unknown[]): string {
  const labels = VALUE_LABELS.find((l) => list.every((v) => String(v) in l));
  return list.map((v) => `\`${String(v)}\`${labels ? ` (${labels[String(v)]})` : ''}`).join(', ');
}

/** A field's type in words: "Text", "Liste von Text", "eins von: a, b". */
function typeOf(schema: JsonSchema | undefined): string {
  if (!schema) return 'beliebig';
  if (schema.enum) return `eins von: ${values(schema.enum)}`;
  if (schema.anyOf?.every((s) => s.const !== undefined)) return `eins von: ${values(schema.anyOf.map((s) => s.const))}`;
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' oder ');
  if (schema.prefixItems) return `[${schema.prefixItems.map(typeOf).join(', ')}]`;
  if (schema.type === 'array') return `Liste von ${schema.items ? typeOf(schema.items) : 'nichts'}`;
  if (schema.type === 'object') return 'Objekt (siehe unten)';
  if (Array.isArray(schema.type)) return schema.type.map((type) => typeOf({ ...schema, type })).join(' oder ');
  const base = {
    string: 'Text',
    number: 'Zahl',
    integer: 'Ganzzahl',
    boolean: 'ja/nein (`true`/`false`)',
    null: '`null`',
  }[String(schema.type)];
  const range = schema.minimum !== undefined ? ` (${schema.minimum} bis ${schema.maximum})` : '';
  return `${base ?? String(schema.type)}${range}${schema.pattern ? ` (Muster \`${schema.pattern}\`)` : ''}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function rows(schema: JsonSchema, prefix = ''): string[] {
  const out: string[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const required = schema.required?.includes(name) && field.default === undefined ? 'ja' : 'nein';
    out.push(`| \`${prefix}${name}\` | ${cell(typeOf(field))} | ${required} | ${cell(field.description ?? '')} |`);
    const inner = field.type === 'object' ? field : field.type === 'array' && field.items ? field.items : undefined;
    const objects = inner?.anyOf?.filter((s) => s.type === 'object') ?? (inner?.type === 'object' ? [inner] : []);
    for (const object of objects) out.push(...rows(object, `${prefix}${name}${field.type === 'array' ? '[]' : ''}.`));
  }
  return out;
}

/** docs/inhaltsmodell.md: every field of every kind of content file. */
export function fieldReference(): string {
  const parts = [
    '# Inhaltsmodell',
    '',
    'Jedes Feld der Inhaltsdateien, mit Typ, Pflicht, erlaubten Werten und Bedeutung. Erzeugt aus den',
    'zod-Schemas in `src/schemas/` mit `npm run schemas`; ein Test schlägt fehl, wenn diese Datei veraltet ist.',
    'Die JSON-Schemas in `docs/schemas/` tragen dieselben Beschreibungen: VS Code zeigt sie beim Tippen an,',
    'ergänzt Felder und Werte und prüft die Dateien (siehe README, »Add an article«).',
  ];
  for (const { name, title, files, schema } of CONTENT_SCHEMAS) {
    const json = jsonSchema(schema);
    parts.push(
      '',
      `## ${title}: \`${files}\``,
      '',
      ...(json.description ? [json.description, ''] : []),
      `JSON-Schema: \`docs/schemas/${name}.schema.json\``,
      '',
      '| Feld | Typ | Pflicht | Bedeutung |',
      '| --- | --- | --- | --- |',
      ...rows(json),
    );
  }
  return `${parts.join('\n')}\n`;
}

/** Astro's list of content files and their collections, for its VS Code extension (experimental.contentIntellisense). */
const EDITOR_MANIFEST = ['.astro', 'collections', 'collections.json'];

/**
 * Adds a new article to Astro's list so that its VS Code extension completes,
 * describes and checks the frontmatter at once: Astro lists only the files
 * its last sync loaded, and a draft with TODOs does not load. Returns false
 * where Astro has written no list yet (no sync or build in this checkout).
 */
export function listForEditor(root: string, file: string): boolean {
  const path = join(root, ...EDITOR_MANIFEST);
  if (!existsSync(path)) return false;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { entries?: Record<string, string> };
  manifest.entries = { ...manifest.entries, [pathToFileURL(resolve(root, file)).href.toLowerCase()]: 'articles' };
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return true;
}
