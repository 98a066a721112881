/**
 * JSON Schema for the content files, generated from the same zod schemas the checks use
 * (src/data/schema.ts), so a contributor's editor completes fields and flags mistakes as they
 * type (.vscode/settings.json maps each content folder to its schema). `npm run schema` writes
 * them; a unit test fails when they are out of date.
 */
import { z } from 'zod';
import { collections, wikiSchema, type CollectionName } from '../../src/data/schema.ts';

export const SCHEMA_DIR = 'src/data/json-schema';

const TITLES: Record<CollectionName, string> = {
  sources: 'A source: an article, page or book the wiki cites',
  people: 'A person: an actor or a member of the creative team',
  characters: 'A character',
  relationships: 'A tie between two characters (file name: <a>--<b>.json)',
  volumes: 'A graphic-novel volume (file name: volume-N.json)',
  books: 'A connected book: a novel, novella or companion',
  seasons: 'A season, or the film',
  episodes: 'An episode (file name: s<season>e<number>.json)',
  events: 'A dated event on the release timeline',
  predictions: 'A 2022 prediction, scored by the wiki',
  places: 'A place in the story, or a filming location',
  awards: 'An award nomination or win',
  about: 'A fact about the series as a whole',
  support: 'A support service for readers affected by a theme the story deals with',
};

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
