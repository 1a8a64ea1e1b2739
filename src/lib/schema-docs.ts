/**
 * The content model as an editor reads it: JSON Schemas of the registry
 * files and the article frontmatter (zod's own toJSONSchema), and a German
 * field reference (docs/inhaltsmodell.md) made from them: every field, its
 * type, whether it is required, its allowed values. (What each field means
 * is documented beside it in src/schemas/.) `npm run schemas` writes both;
 * a unit test fails when they are stale.
 */
import { z } from 'astro/zod';
import { actorSchema } from '../schemas/actor.ts';
import { articleSchema } from '../schemas/article.ts';
import { eventSchema } from '../schemas/event.ts';
import { placeSchema } from '../schemas/place.ts';
import { sourceSchema } from '../schemas/source.ts';

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

/** A field's type in words: "Text", "Liste von Text", "eins von: a, b". */
function typeOf(schema: JsonSchema | undefined): string {
  if (!schema) return 'beliebig';
  if (schema.enum) return `eins von: ${schema.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
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

function rows(schema: JsonSchema, prefix = ''): string[] {
  const out: string[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const required = schema.required?.includes(name) && field.default === undefined ? 'ja' : 'nein';
    out.push(`| \`${prefix}${name}\` | ${typeOf(field).replace(/\|/g, '\\|')} | ${required} |`);
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
    'Jedes Feld der Inhaltsdateien, mit Typ, Pflicht und erlaubten Werten. Erzeugt aus den zod-Schemas in',
    '`src/schemas/` mit `npm run schemas` (dort steht neben jedem Feld, was es bedeutet); ein Test schlägt fehl,',
    'wenn diese Datei veraltet ist. Die JSON-Schemas in `docs/schemas/` nutzt VS Code (YAML-Erweiterung,',
    '`.vscode/settings.json`) zum Prüfen und Ergänzen beim Tippen in den Registerdateien.',
  ];
  for (const { name, title, files, schema } of CONTENT_SCHEMAS) {
    parts.push(
      '',
      `## ${title}: \`${files}\``,
      '',
      `JSON-Schema: \`docs/schemas/${name}.schema.json\``,
      '',
      '| Feld | Typ | Pflicht |',
      '| --- | --- | --- |',
      ...rows(jsonSchema(schema)),
    );
  }
  return `${parts.join('\n')}\n`;
}
