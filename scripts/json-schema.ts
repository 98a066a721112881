/** `npm run schema`: writes the content files' JSON Schema into src/data/json-schema/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, SCHEMA_DIR } from './lib/json-schema.ts';

const dir = join(import.meta.dirname, '..', SCHEMA_DIR);
mkdirSync(dir, { recursive: true });
for (const [name, text] of jsonSchemas()) writeFileSync(join(dir, name), text);
console.log(`Wrote ${jsonSchemas().size} schemas into ${SCHEMA_DIR}.`);
