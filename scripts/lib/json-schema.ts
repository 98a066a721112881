/**
 * JSON Schema for the content files, generated from the same zod schemas the checks use
 * (src/data/schema.ts), so a contributor's editor completes fields and flags mistakes as they
 * type (.vscode/settings.json maps each content folder to its schema). `npm run schema` writes
 * them; a unit test fails when they are out of date.
 */
import { z } from 'zod';
import { KINDS } from '../../src/data/kinds.ts';
import { collections, wikiSchema, type CollectionName } from '../../src/data/schema.ts';

export const SCHEMA_DIR = 'src/data/json-schema';

const TITLES = Object.fromEntries(
  Object.values(KINDS).map((k) => [k.collection, k.describe]),
) as Record<CollectionName, string>;

function toSchema(schema: z.ZodType, title: string, description: string): object {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  > & { properties?: Record<string, unknown> };
  // A file may name its schema for editors other than VS Code; the checks ignore the key.
  json.properties = { $schema: { type: 'string' }, ...json.properties };
  return { title, description, ...json };
}

/** Every schema file by its name, as text. */
export function jsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of Object.keys(collections) as CollectionName[]) {
    const schema = toSchema(
      collections[name],
      TITLES[name],
      `One file in src/content/${name}/. Write facts in your own words, each with its sources; see CONTRIBUTING.md.`,
    );
    out.set(`${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  out.set(
    'wiki.schema.json',
    `${JSON.stringify(toSchema(wikiSchema, 'The wiki as a whole', 'src/content/wiki.json'), null, 2)}\n`,
  );
  return out;
}
