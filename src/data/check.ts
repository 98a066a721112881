/**
 * Checks the content: every file against its kind's schema, then the links between files (ids
 * from file names, every referenced id exists, every source is cited, dates in order, spoiler
 * tags that fit the story, spellings).
 *
 * Every problem names the file, the JSON path inside it, the bad value and what was expected, so
 * a broken edit fails the build with a message that says exactly where to look.
 * Build- and test-time only (see schema.ts).
 */
import type { z } from 'zod';
import {
  collections,
  wikiSchema,
  type CollectionName,
  type Fact,
  type Reveal,
  type WikiInfo,
} from './schema';
import { KINDS } from './kinds';
import type { Content } from './types';

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
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === 'string') {
      if (node.length > MAX_FIELD_CHARS)
        out.push({
          file,
          path: jsonPath(path),
          value: node,
          expected: `at most ${MAX_FIELD_CHARS.toLocaleString('en-GB')} characters in one field (this one has ${node.length.toLocaleString('en-GB')}): split it into paragraphs, or shorten it`,
        });
    } else if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]));
    else if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(body, []);
  return out;
}

/** A name as people write it, folded for comparison: case, accents and spacing aside. */
const foldName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

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

/** Cross-file checks, on content that already matches its schemas. */
function checkLinks(d: Content): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (file: string, path: PropertyKey[], value: unknown, expected: string) =>
    problems.push({ file, path: jsonPath(path), value, expected });

  const ids = <T>(items: readonly T[], key: (t: T) => string) => new Set(items.map(key));
  const sources = ids(d.sources, (s) => s.id);
  const people = ids(d.people, (p) => p.slug);
  const characters = ids(d.characters, (c) => c.slug);
  const places = new Map(d.places.map((p) => [p.slug, p]));
  const events = new Map(d.events.map((e) => [e.id, e]));
  const episodes = ids(d.episodes, (e) => e.id);
  const volumes = new Map(d.volumes.map((v) => [v.number, v]));
  const seasons = new Map(d.seasons.map((s) => [s.number, s]));
  const plots = new Map<string, string>();

  // The story's shape: volumes 1..n and screens 1..n, each once; the film, if any, last.
  d.volumes.forEach((v) => {
    if (v.id !== `volume-${v.number}`)
      add(fileOf('volumes', v.id), ['number'], v.number, `the number in the file name, volume-N`);
  });
  const volumeNumbers = [...volumes.keys()].sort((a, b) => a - b);
  volumeNumbers.forEach((n, i) => {
    if (n !== i + 1)
      add(fileOf('volumes', `volume-${n}`), ['number'], n, `volumes numbered 1, 2, 3… with no gap`);
  });
  const screenNumbers = d.seasons.map((s) => s.number).sort((a, b) => a - b);
  screenNumbers.forEach((n, i) => {
    const screen = seasons.get(n)!;
    if (n !== i + 1 || d.seasons.filter((s) => s.number === n).length > 1)
      add(fileOf('seasons', screen.slug), ['number'], n, 'seasons numbered 1, 2, 3… once each');
  });
  d.seasons.forEach((s) => {
    if (s.kind === 'film' && s.number !== Math.max(...screenNumbers))
      add(fileOf('seasons', s.slug), ['kind'], s.kind, 'the film to come after every season');
    if (d.seasons.filter((o) => o.param === s.param).length > 1)
      add(fileOf('seasons', s.slug), ['param'], s.param, 'a ?season= value no other entry uses');
  });
  const episodeCount = (screen: number) => seasons.get(screen)?.episodes?.count;

  const checkReveal = (file: string, path: PropertyKey[], r: Reveal | undefined) => {
    if (!r) return;
    if (r.volume !== undefined && !volumes.has(r.volume))
      add(file, [...path, 'volume'], r.volume, `a volume on record (1 to ${volumes.size})`);
    if (r.screen !== undefined && !seasons.has(r.screen))
      add(file, [...path, 'screen'], r.screen, `a season on record (1 to ${seasons.size})`);
    if (r.episode !== undefined && r.screen !== undefined) {
      const count = episodeCount(r.screen);
      if (count === undefined || r.episode > count)
        add(
          file,
          [...path, 'episode'],
          r.episode,
          `an episode of season ${r.screen} (1 to ${count ?? '?'})`,
        );
    }
  };

  // Walk every file for source ids, reveal tags and (for the "nothing cites it" check) citations.
  const cited = new Set<string>();
  const walk = (file: string, node: unknown, path: PropertyKey[]) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(file, child, [...path, i]));
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if ((key === 'sources' || key === 'noteSources') && Array.isArray(child)) {
        child.forEach((id: string, i) => {
          cited.add(id);
          if (!sources.has(id))
            add(file, [...path, key, i], id, 'a source id: a file in src/content/sources');
        });
      } else if (key === 'reveal') {
        checkReveal(file, [...path, key], child as Reveal);
      } else walk(file, child, [...path, key]);
    }
  };
  const entityFiles: [string, unknown][] = [];
  for (const name of Object.keys(collections) as CollectionName[]) {
    for (const entity of d[name] as ({ id: string } | { slug: string })[]) {
      const id = 'slug' in entity ? entity.slug : entity.id;
      entityFiles.push([fileOf(name, id), entity]);
    }
  }
  for (const [file, entity] of entityFiles) walk(file, entity, []);
  d.predictions.forEach((p) => cited.add(p.source));
  d.sources.forEach((s) => {
    if (!cited.has(s.id))
      add(fileOf('sources', s.id), [], s.id, 'a source that some fact cites (or remove the file)');
  });

  const needPerson = (file: string, path: PropertyKey[], slug: string) => {
    if (!people.has(slug)) add(file, path, slug, 'a person: a file in src/content/people');
  };
  const needCharacter = (file: string, path: PropertyKey[], slug: string) => {
    if (!characters.has(slug))
      add(file, path, slug, 'a character: a file in src/content/characters');
  };
  const needVolume = (file: string, path: PropertyKey[], n: number) => {
    if (!volumes.has(n)) add(file, path, n, `a volume on record (1 to ${volumes.size})`);
  };
  const needScreen = (file: string, path: PropertyKey[], n: number) => {
    if (!seasons.has(n)) add(file, path, n, `a season on record (1 to ${seasons.size})`);
  };

  // People and who they play.
  const played = new Set<string>();
  d.people.forEach((p) => {
    const file = fileOf('people', p.slug);
    p.credits.forEach((c, ci) => {
      if (c.screen !== undefined) needScreen(file, ['credits', ci, 'screen'], c.screen);
      if (c.kind !== 'cast') return;
      if (c.character !== null) {
        played.add(c.character);
        needCharacter(file, ['credits', ci, 'character'], c.character);
      }
      c.episodes?.forEach((e, ei) => {
        const count = episodeCount(c.screen);
        if (count === undefined || e > count)
          add(file, ['credits', ci, 'episodes', ei], e, `an episode of season ${c.screen}`);
      });
    });
  });

  d.characters.forEach((c) => {
    const file = fileOf('characters', c.slug);
    if (c.bookOnly && played.has(c.slug))
      add(file, ['bookOnly'], true, 'no "bookOnly" on a character someone plays on screen');
    if (!c.bookOnly && !played.has(c.slug) && !c.screenDebut)
      add(
        file,
        [],
        c.slug,
        'a character someone in src/content/people plays, one with a "screenDebut" (on screen, actor not on record), or "bookOnly": true',
      );
    if (c.bookDebut) needVolume(file, ['bookDebut', 'volume'], c.bookDebut.volume);
    if (c.screenDebut) {
      needScreen(file, ['screenDebut', 'screen'], c.screenDebut.screen);
      const { screen, episode } = c.screenDebut;
      if (episode !== undefined && !episodes.has(`s${screen}e${episode}`))
        add(file, ['screenDebut', 'episode'], episode, `an episode of season ${screen} on record`);
    }
    c.inBooks?.forEach((f, i) => {
      if (f.reveal?.volume === undefined)
        add(file, ['inBooks', i, 'reveal'], f.reveal, 'a reveal tag naming the volume it tells');
    });
    c.onScreen?.forEach((f, i) => {
      if (f.reveal?.screen === undefined)
        add(file, ['onScreen', i, 'reveal'], f.reveal, 'a reveal tag naming the season it shows');
    });
  });

  d.relationships.forEach((r) => {
    const file = fileOf('relationships', r.id);
    needCharacter(file, ['a'], r.a);
    needCharacter(file, ['b'], r.b);
    if (r.a === r.b) add(file, ['b'], r.b, 'a different character from "a"');
    if (r.id !== `${r.a}--${r.b}`)
      add(file, ['(file name)'], r.id, `the file to be named "${r.a}--${r.b}.json"`);
  });

  d.volumes.forEach((v) => {
    const file = fileOf('volumes', v.id);
    v.adaptedIn.forEach((a, i) => needScreen(file, ['adaptedIn', i, 'screen'], a.screen));
    v.plot.forEach((p, pi) => {
      if (plots.has(p.id))
        add(
          file,
          ['plot', pi, 'id'],
          p.id,
          `a plot point id used once (also in ${plots.get(p.id)})`,
        );
      plots.set(p.id, file);
      p.characters.forEach((c, ci) => needCharacter(file, ['plot', pi, 'characters', ci], c));
    });
  });
  d.books.forEach((b) => {
    const file = fileOf('books', b.slug);
    b.adaptedIn.forEach((a, i) => needScreen(file, ['adaptedIn', i, 'screen'], a.screen));
  });

  d.episodes.forEach((e) => {
    const file = fileOf('episodes', e.id);
    if (e.id !== `s${e.season}e${e.number}`)
      add(file, ['(file name)'], e.id, `the file to be named "s${e.season}e${e.number}.json"`);
    const season = seasons.get(e.season);
    if (!season || season.kind !== 'season')
      add(file, ['season'], e.season, 'a season (not the film) on record');
    else if (season.episodes && e.number > season.episodes.count)
      add(
        file,
        ['number'],
        e.number,
        `at most ${season.episodes.count}, the season's episode count`,
      );
    e.writers?.people.forEach((p, i) => needPerson(file, ['writers', 'people', i], p));
    e.directors?.people.forEach((p, i) => needPerson(file, ['directors', 'people', i], p));
    e.characters?.list.forEach((c, i) => needCharacter(file, ['characters', 'list', i], c));
    e.adapts?.volumes.forEach((v, i) => needVolume(file, ['adapts', 'volumes', i], v));
    e.synopsis.forEach((f, i) => {
      if (f.reveal?.screen !== e.season || f.reveal.episode !== e.number)
        add(
          file,
          ['synopsis', i, 'reveal'],
          f.reveal,
          `{ "screen": ${e.season}, "episode": ${e.number} }: each part of a synopsis gives its episode away`,
        );
    });
  });
  for (const season of d.seasons) {
    if (!season.episodes) continue;
    const numbers = d.episodes.filter((e) => e.season === season.number).map((e) => e.number);
    if (new Set(numbers).size !== numbers.length)
      add(fileOf('seasons', season.slug), ['episodes'], numbers, 'each episode number once');
  }

  d.events.forEach((e) => {
    const file = fileOf('events', e.id);
    if (e.endDate !== undefined && e.endDate < e.date)
      add(file, ['endDate'], e.endDate, `a date on or after its start, ${e.date}`);
    if (e.screen !== undefined) needScreen(file, ['screen'], e.screen);
    if (e.kind === 'publication') {
      const volume = e.volume === undefined ? undefined : volumes.get(e.volume);
      if (!volume) add(file, ['volume'], e.volume, 'a publication event to name its volume');
      else if (!volume.published.some((p) => p.date === e.date))
        add(
          file,
          ['date'],
          e.date,
          `a date matching volume ${e.volume}'s publication (${volume.published.map((p) => p.date).join(', ')})`,
        );
    }
    if (e.kind === 'release' && e.screen === undefined)
      add(file, ['screen'], e.screen, 'a release event to name its season or film');
  });
  for (const s of d.seasons) {
    const releases = d.events.filter((e) => e.kind === 'release' && e.screen === s.number);
    if (releases.length > 1)
      add(
        fileOf('events', releases[1]!.id),
        ['screen'],
        s.number,
        `one release event per season (${s.title} has ${releases.length})`,
      );
  }

  d.predictions.forEach((p) => {
    const file = fileOf('predictions', p.id);
    if (!sources.has(p.source))
      add(file, ['source'], p.source, 'a source id: a file in src/content/sources');
    const c = p.claim;
    if ('screen' in c) needScreen(file, ['claim', 'screen'], c.screen);
    switch (c.type) {
      case 'window':
        if (!events.has(c.event))
          add(file, ['claim', 'event'], c.event, 'an event: a file in src/content/events');
        if (c.to < c.from)
          add(file, ['claim', 'to'], c.to, `a month on or after "from" (${c.from})`);
        break;
      case 'plot':
        if (!plots.has(c.plot))
          add(file, ['claim', 'plot'], c.plot, 'a plot point id from a volume');
        break;
      case 'debut':
        needCharacter(file, ['claim', 'character'], c.character);
        break;
      case 'cast-returns':
        c.people.forEach((slug, i) => needPerson(file, ['claim', 'people', i], slug));
        break;
      default:
        break;
    }
  });

  d.places.forEach((p) => {
    const file = fileOf('places', p.slug);
    if (p.standsIn && p.kind !== 'filming')
      add(file, ['standsIn'], p.standsIn, 'standsIn only on a filming location');
    p.standsIn?.places.forEach((slug, i) => {
      const other = places.get(slug);
      if (!other || other.kind !== 'story')
        add(
          file,
          ['standsIn', 'places', i],
          slug,
          'an in-story place: a file in src/content/places',
        );
    });
    p.screens?.list.forEach((n, i) => needScreen(file, ['screens', 'list', i], n));
  });

  d.awards.forEach((a) => {
    const file = fileOf('awards', a.id);
    a.people?.forEach((slug, i) => needPerson(file, ['people', i], slug));
    if (a.screen !== undefined) needScreen(file, ['screen'], a.screen);
    if (a.episode !== undefined && !episodes.has(a.episode))
      add(
        file,
        ['episode'],
        a.episode,
        'an episode id such as "s3e4": a file in src/content/episodes',
      );
  });

  // The same person, character, place or book twice under two file names builds two pages.
  const named: [CollectionName, { name: string; id: string }[]][] = [
    ['people', d.people.map((p) => ({ name: p.name, id: p.slug }))],
    ['characters', d.characters.map((c) => ({ name: c.name, id: c.slug }))],
    ['places', d.places.map((p) => ({ name: p.name, id: p.slug }))],
    ['books', d.books.map((b) => ({ name: b.title, id: b.slug }))],
    ['support', d.support.map((s) => ({ name: `${s.name} (${s.country})`, id: s.id }))],
  ];
  for (const [collection, entries] of named) {
    const first = new Map<string, string>();
    for (const { name, id } of entries) {
      const key = foldName(name);
      const other = first.get(key);
      if (other === undefined) first.set(key, id);
      else
        add(
          fileOf(collection, id),
          [collection === 'books' ? 'title' : 'name'],
          name,
          `a name no other file uses: ${fileOf(collection, other)} has it too (the same entry twice? merge them into one file)`,
        );
    }
  }

  for (const [file, entity] of entityFiles) problems.push(...checkSpellings(file, entity));
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
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === 'string') {
      for (const [re, expected] of MISSPELLINGS) {
        if (re.test(node)) out.push({ file, path: jsonPath(path), value: node, expected });
      }
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...path, i]));
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key !== 'searchAliases' && key !== 'url') walk(child, [...path, key]);
      }
    }
  };
  walk(entity, []);
  return out;
}

export type { Fact };
