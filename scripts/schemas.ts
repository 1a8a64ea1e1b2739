// npm run schemas: writes the JSON Schemas of the content files and the field reference (docs/).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SCHEMAS, fieldReference, jsonSchema } from '../src/lib/editor/schema-docs.ts';

const root = join(import.meta.dirname, '..');
for (const { name, schema } of CONTENT_SCHEMAS) {
  writeFileSync(
    join(root, 'docs', 'schemas', `${name}.schema.json`),
    `${JSON.stringify(jsonSchema(schema), null, 2)}\n`,
  );
}
writeFileSync(join(root, 'docs', 'inhaltsmodell.md'), fieldReference());
console.log('docs/inhaltsmodell.md and docs/schemas/*.schema.json written');
