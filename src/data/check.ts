/**
 * Checks the content: every file against its kind's schema, then the links between files: every
 * reference the schema declares (`ref()`) names something on record, every source is cited, and
 * the rules of each kind hold (content-rules.ts: the story's shape, file names, spoiler tags,
 * dates in order); then spellings.
 *
 * Every problem names the file, the JSON path inside it, the bad value and what was expected, so
 * a broken edit fails the build with a message that says exactly where to look.
 * Build- and test-time only (see schema.ts).
 */
import type { z } from 'zod';
import { applyRules, ruleContext, type RuleContext } from './content-rules';
import { KINDS, type Collection, type EntityOf } from './kinds';
import { referencesIn } from './references';
import {
  collections,
  wikiSchema,
  type CollectionName,
  type Fact,
  type RefTarget,
  type Reveal,
  type WikiInfo,
} from './schema';
import type { Content } from './types';
import { walkJson } from './walk';

export interface DataProblem {
  /** The file, relative to the content folder: `characters/charlie-spring.json`. */
  file: string;
  /** A JSON path inside the file, such as `$.summary.sources[0]`. */
  path: string;
  value: unknown;
  expected: string;
}

/** Raw file contents by collection and id (the file name without `.json`), plus wiki.json. */
export interface RawContent {
  collections: Partial<Record<CollectionName, Record<string, unknown>>>;
  wiki?: unknown;
}

export type { Content };

export const WIKI_FILE = 'wiki.json';
export const CONTENT_DIR = 'src/content';

export const fileOf = (collection: CollectionName, id: string) => `${collection}/${id}.json`;

export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number'
        ? `${out}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `${out}.${String(key)}`
          : `${out}[${JSON.stringify(String(key))}]`,
    '$',
  );
}

export function formatProblem(p: DataProblem, dir = CONTENT_DIR): string {
  const shown = p.value === undefined ? 'nothing' : JSON.stringify(p.value);
  const clipped = shown.length > 120 ? `${shown.slice(0, 117)}...` : shown;
  return `${dir}/${p.file} at ${p.path}: found ${clipped}; expected ${p.expected}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function expectedFrom(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.startsWith('Invalid input')
        ? `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`
        : issue.message;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function schemaProblems(file: string, schema: z.ZodType, raw: unknown): DataProblem[] {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue): DataProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        path: jsonPath([...issue.path, key]),
        value: valueAt(raw, [...issue.path, key]),
        expected: `no key "${key}" here: it is not part of the schema (a typo?)`,
      }));
    }
    return [
      {
        file,
        path: jsonPath(issue.path),
        value: 'input' in issue ? issue.input : valueAt(raw, issue.path),
        expected: expectedFrom(issue),
      },
    ];
  });
}

/**
 * The longest text one field may hold. The longest paragraph today is about 500 characters; a
 * field far past this is a paste gone wrong, and would make its page (and a search shard) huge.
 */
export const MAX_FIELD_CHARS = 2000;

/** Every string in a file longer than the limit, with its path and size. */
function sizeProblems(file: string, body: unknown): DataProblem[] {
  const out: DataProblem[] = [];
  walkJson(body, (node, path) => {
    if (typeof node === 'string' && node.length > MAX_FIELD_CHARS)
      out.push({
        file,
        path: jsonPath(path),
        value: node,
        expected: `at most ${MAX_FIELD_CHARS.toLocaleString('en-GB')} characters in one field (this one has ${node.length.toLocaleString('en-GB')}): split it into paragraphs, or shorten it`,
      });
  });
  return out;
}

/** File names: lowercase words joined by hyphens (a relationship joins its two slugs with `--`). */
const ID = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;

/**
 * Checks raw content. Returns the problems, and the parsed content when there are none (the
 * content compiler builds from that, so it never sees a file that failed).
 */
export function checkContent(raw: RawContent): { problems: DataProblem[]; content?: Content } {
  const problems: DataProblem[] = [];
  const parsed: Record<string, unknown[]> = {};
  for (const name of Object.keys(collections) as CollectionName[]) {
    parsed[name] = [];
    const files = raw.collections[name] ?? {};
    for (const [id, value] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
      const file = fileOf(name, id);
      if (!ID.test(id)) {
        problems.push({
          file,
          path: '(file name)',
          value: id,
          expected: 'a file name in lowercase letters, digits and hyphens: "charlie-spring.json"',
        });
        continue;
      }
      // `$schema` points a contributor's editor at the JSON Schema; it is not content.
      const body =
        value && typeof value === 'object' && '$schema' in value
          ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== '$schema'))
          : value;
      const oversized = sizeProblems(file, body);
      problems.push(...oversized);
      if (oversized.length > 0) continue;
      const found = schemaProblems(file, collections[name], body);
      problems.push(...found);
      if (found.length === 0) {
        const key = KINDS[name].idKey;
        parsed[name]!.push({ [key]: id, ...(body as object) });
      }
    }
  }
  if (raw.wiki === undefined) {
    problems.push({ file: WIKI_FILE, path: '$', value: undefined, expected: 'the file to exist' });
  } else problems.push(...schemaProblems(WIKI_FILE, wikiSchema, raw.wiki));
  // Links are checked once every file has its shape: a broken file would make every link to it
  // look broken too.
  if (problems.length > 0) return { problems };
  const content = { ...(parsed as unknown as Omit<Content, 'wiki'>), wiki: raw.wiki as WikiInfo };
  const links = checkLinks(content);
  return links.length > 0 ? { problems: links } : { problems: [], content };
}

/** Every entity of every collection with its file, in collection then file order. */
function entityFiles(d: Content): { collection: Collection; file: string; entity: object }[] {
  return (Object.keys(collections) as Collection[]).flatMap((collection) =>
    (d[collection] as EntityOf<Collection>[]).map((entity) => ({
      collection,
      file: fileOf(
        collection,
        (entity as unknown as Record<string, string>)[KINDS[collection].idKey]!,
      ),
      entity,
    })),
  );
}

/** What each kind of reference must name, and what to say when it does not. */
function resolvers(
  ctx: RuleContext,
): Record<
  RefTarget,
  (value: never) => { at?: PropertyKey[]; value?: unknown; expected: string } | undefined
> {
  const { content: d, volumes, seasons, episodes, plots, episodeCount } = ctx;
  const ids = <T>(items: readonly T[], key: (t: T) => string) => new Set(items.map(key));
  const withEpisodes = [...seasons.values()]
    .filter((s) => s.kind === 'season')
    .map((s) => s.number);
  const inSet =
    (set: Set<unknown> | Map<unknown, unknown>, expected: string) => (value: unknown) =>
      set.has(value) ? undefined : { expected };
  return {
    sources: inSet(
      ids(d.sources, (s) => s.id),
      'a source id: a file in src/content/sources',
    ),
    people: inSet(
      ids(d.people, (p) => p.slug),
      'a person: a file in src/content/people',
    ),
    characters: inSet(
      ids(d.characters, (c) => c.slug),
      'a character: a file in src/content/characters',
    ),
    places: inSet(
      ids(d.places, (p) => p.slug),
      'a place: a file in src/content/places',
    ),
    events: inSet(
      ids(d.events, (e) => e.id),
      'an event: a file in src/content/events',
    ),
    episodes: inSet(episodes, 'an episode id such as "s3e4": a file in src/content/episodes'),
    volumes: inSet(volumes, `a volume on record (1 to ${volumes.size})`),
    screens: inSet(seasons, `a season on record (1 to ${seasons.size})`),
    seasonsWithEpisodes: inSet(
      new Set(withEpisodes),
      `a season on record (${withEpisodes.join(', ')}; the film has no episodes)`,
    ),
    plots: inSet(plots, 'a plot point id from a volume'),
    revealEpisode: (r: Reveal) => {
      if (r.episode === undefined || r.screen === undefined) return undefined;
      const count = episodeCount(r.screen);
      if (count !== undefined && r.episode <= count) return undefined;
      return {
        at: ['episode'],
        value: r.episode,
        expected:
          count === undefined
            ? `no episode: screen ${r.screen} has no episodes on record`
            : `an episode of season ${r.screen} (1 to ${count})`,
      };
    },
  };
}

/** Cross-file checks, on content that already matches its schemas. */
function checkLinks(d: Content): DataProblem[] {
  const problems: DataProblem[] = [];
  const ctx = ruleContext(d, (file, path, value, expected) =>
    problems.push({ file, path: jsonPath(path), value, expected }),
  );

  // Every declared reference names something on record; the sources cited are noted on the way.
  const resolve = resolvers(ctx);
  const cited = new Set<unknown>();
  const files = entityFiles(d);
  for (const { collection, file, entity } of files) {
    for (const { path, target, value } of referencesIn(collections[collection], entity)) {
      if (target === 'sources') cited.add(value);
      const problem = resolve[target](value as never);
      if (problem)
        ctx.add(file, [...path, ...(problem.at ?? [])], problem.value ?? value, problem.expected);
    }
  }
  d.sources.forEach((s) => {
    if (!cited.has(s.id))
      ctx.add(
        fileOf('sources', s.id),
        [],
        s.id,
        'a source that some fact cites (or remove the file)',
      );
  });

  applyRules(files, ctx);
  for (const { file, entity } of files) problems.push(...checkSpellings(file, entity));
  return problems;
}

/**
 * The source article misspells two names. Our text may mention a misspelling only inside
 * quotation marks (to note the correction); search aliases may hold it so fans still find people.
 */
const MISSPELLINGS: [RegExp, string][] = [
  [/(?<!")\bOsman\b(?!")/, 'Alice Oseman (a misspelling may appear only in quotation marks)'],
  [/(?<!")\bColeman\b(?!")/, 'Olivia Colman (a misspelling may appear only in quotation marks)'],
];

function checkSpellings(file: string, entity: unknown): DataProblem[] {
  const out: DataProblem[] = [];
  walkJson(entity, (node, path) => {
    const key = path.at(-1);
    if (key === 'searchAliases' || key === 'url') return false;
    if (typeof node === 'string')
      for (const [re, expected] of MISSPELLINGS)
        if (re.test(node)) out.push({ file, path: jsonPath(path), value: node, expected });
  });
  return out;
}

export type { Fact };
