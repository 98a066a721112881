/**
 * The JSON Schema contributors' editors use is generated from the schemas the checks use: it
 * must be up to date, and it must describe what the checks accept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, SCHEMA_DIR } from '../../scripts/lib/json-schema';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the content JSON Schema', () => {
  it('is up to date with src/data/schema.ts (run npm run schema)', () => {
    const generated = jsonSchemas();
    const onDisk = readdirSync(join(ROOT, SCHEMA_DIR)).sort();
    expect(onDisk).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) {
      expect(
        readFileSync(join(ROOT, SCHEMA_DIR, name), 'utf8'),
        `${name}: run npm run schema`,
      ).toBe(text);
    }
  });

  it('names the fields a file must have, refuses unknown ones, and describes each', () => {
    const character = JSON.parse(jsonSchemas().get('characters.schema.json')!);
    expect(character.required).toEqual(
      expect.arrayContaining(['name', 'summary', 'searchAliases']),
    );
    expect(character.additionalProperties).toBe(false);
    expect(character.properties.summary.properties.sources.minItems).toBe(1);
    expect(character.properties.summary.properties.sources.description).toMatch(/source/);
    const source = JSON.parse(jsonSchemas().get('sources.schema.json')!);
    expect(source.properties.confidence.enum).toEqual(['A', 'B']);
  });

  it('is what the editor settings point each content folder at', () => {
    const settings = JSON.parse(readFileSync(join(ROOT, '.vscode', 'settings.json'), 'utf8'));
    const urls = settings['json.schemas'].map((s: { url: string }) => s.url.replace('./', ''));
    for (const name of jsonSchemas().keys()) expect(urls).toContain(`${SCHEMA_DIR}/${name}`);
  });
});
