/**
 * Generated wikis for the scale benchmark (scripts/bench/scale.ts): N times today's records,
 * made from the real content. The story stays as it is (sources, volumes, books, seasons,
 * episodes, events, predictions, about and wiki.json are copied unchanged); every person,
 * character, place, award and relationship is copied N-1 more times under a clearly synthetic
 * id and name: `charlie-spring-x7`, "Charlie Spring (synthetic 7)". Copy k links only to copies
 * k: a person's credits name the copied characters, a relationship `a--b` becomes
 * `a-x7--b-x7`, an award names the copied people, a filming place stands in for the copied
 * story place. So the result passes the same content check as the real wiki.
 *
 * Writes only into the folder it is given; never into src/.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The collections that grow; everything else is the story, copied as it is. */
export const SCALED = ['people', 'characters', 'places', 'awards', 'relationships'] as const;
type Scaled = (typeof SCALED)[number];

type Json = Record<string, unknown>;

/** The id of copy `k` of an entity: `charlie-spring-x7`. Copy 0 is the original. */
export const copyId = (id: string, k: number) => (k === 0 ? id : `${id}-x${k}`);

/** The display name of copy `k`: "Charlie Spring (synthetic 7)". */
export const copyName = (name: string, k: number) => (k === 0 ? name : `${name} (synthetic ${k})`);

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Json;
const writeJson = (file: string, value: unknown) =>
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/** Copy `k` of one entity file of a growing collection, and the id it is filed under. */
export function copyEntity(
  collection: Scaled,
  id: string,
  body: Json,
  k: number,
): { id: string; body: Json } {
  switch (collection) {
    case 'people': {
      const credits = (body.credits as Json[]).map((c) =>
        c.kind === 'cast' && typeof c.character === 'string'
          ? { ...c, character: copyId(c.character, k) }
          : c,
      );
      return {
        id: copyId(id, k),
        body: { ...body, name: copyName(body.name as string, k), credits },
      };
    }
    case 'characters':
      return { id: copyId(id, k), body: { ...body, name: copyName(body.name as string, k) } };
    case 'places': {
      const standsIn = body.standsIn as { places: string[] } | undefined;
      return {
        id: copyId(id, k),
        body: {
          ...body,
          name: copyName(body.name as string, k),
          ...(standsIn
            ? { standsIn: { ...standsIn, places: standsIn.places.map((p) => copyId(p, k)) } }
            : {}),
        },
      };
    }
    case 'awards': {
      const people = body.people as string[] | undefined;
      return {
        id: copyId(id, k),
        body: {
          ...body,
          nominee: copyName(body.nominee as string, k),
          ...(people ? { people: people.map((p) => copyId(p, k)) } : {}),
        },
      };
    }
    case 'relationships': {
      const a = copyId(body.a as string, k);
      const b = copyId(body.b as string, k);
      return { id: `${a}--${b}`, body: { ...body, a, b } };
    }
  }
}

export interface ScaleResult {
  /** Files written, by collection (wiki.json counted under "wiki"). */
  counts: Record<string, number>;
  files: number;
}

/**
 * Writes a wiki of `factor` times the records of `from` into `to` (emptied first). A factor of 1
 * is a plain copy.
 */
export function generateScaledContent({
  from,
  to,
  factor,
}: {
  from: string;
  to: string;
  factor: number;
}): ScaleResult {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`Bad scale factor: ${factor}`);
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const counts: Record<string, number> = {};
  for (const entry of readdirSync(from).sort()) {
    const source = join(from, entry);
    if (!(SCALED as readonly string[]).includes(entry)) {
      cpSync(source, join(to, entry), { recursive: true });
      counts[entry === 'wiki.json' ? 'wiki' : entry] = entry.endsWith('.json')
        ? 1
        : readdirSync(source).length;
      continue;
    }
    const collection = entry as Scaled;
    const dir = join(to, collection);
    mkdirSync(dir, { recursive: true });
    let written = 0;
    for (const name of readdirSync(source).sort()) {
      if (!name.endsWith('.json')) continue;
      const body = readJson(join(source, name));
      const id = name.slice(0, -'.json'.length);
      for (let k = 0; k < factor; k++) {
        const copy = k === 0 ? { id, body } : copyEntity(collection, id, body, k);
        writeJson(join(dir, `${copy.id}.json`), copy.body);
        written++;
      }
    }
    counts[collection] = written;
  }
  return { counts, files: Object.values(counts).reduce((n, c) => n + c, 0) };
}

/**
 * A one-sentence edit to a character's biography, as a contributor would make: the first
 * sentence of the first paragraph gets a clause added. Returns the new sentence.
 */
export function editCharacterBio(contentDir: string, slug = 'charlie-spring'): string {
  const file = join(contentDir, 'characters', `${slug}.json`);
  const body = readJson(file);
  const bio = body.bio as { text: string }[] | undefined;
  const first = bio?.[0];
  if (!first) throw new Error(`${file} has no bio to edit.`);
  const at = first.text.indexOf('. ');
  const end = at === -1 ? first.text.length - 1 : at;
  const sentence = `${first.text.slice(0, end)}, as the sources agree.`;
  first.text = `${sentence}${first.text.slice(end + 1)}`;
  writeJson(file, body);
  return sentence;
}
