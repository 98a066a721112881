/**
 * Checks the bundled data: each file against its schema, then the links between files
 * (unique ids, every referenced id exists, dates in order, spellings).
 *
 * Every problem names the file, the JSON path, the bad value and what was expected, so a
 * broken edit fails the build with a message that says exactly where to look.
 * Build- and test-time only (see schema.ts).
 */
import type { z } from 'zod';
import { SCREENS } from './constants';
import { dataFileSchemas, type DataFileName } from './schema';
import type {
  AboutFact,
  Books,
  Character,
  Person,
  Prediction,
  Relationship,
  Screen,
  Source,
  WikiEvent,
} from './types';

export interface DataProblem {
  file: DataFileName;
  /** A JSON path such as `$[3].summary.sources[0]`. */
  path: string;
  value: unknown;
  expected: string;
}

export type RawDataset = Partial<Record<DataFileName, unknown>>;

interface Dataset {
  'sources.json': Source[];
  'people.json': Person[];
  'characters.json': Character[];
  'relationships.json': Relationship[];
  'books.json': Books;
  'screens.json': Screen[];
  'events.json': WikiEvent[];
  'predictions.json': Prediction[];
  'about.json': AboutFact[];
}

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

export function formatProblem(p: DataProblem, dir = 'src/data/json'): string {
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
    case 'invalid_union':
      return issue.message;
    default:
      return issue.message;
  }
}

export function checkDataset(raw: RawDataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const parsed: Partial<Dataset> = {};
  for (const file of Object.keys(dataFileSchemas) as DataFileName[]) {
    if (!(file in raw)) {
      problems.push({ file, path: '$', value: undefined, expected: 'the file to exist' });
      continue;
    }
    const result = dataFileSchemas[file].safeParse(raw[file], { reportInput: true });
    if (result.success) {
      (parsed as Record<string, unknown>)[file] = result.data;
    } else {
      for (const issue of result.error.issues) {
        const path = issue.path;
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            problems.push({
              file,
              path: jsonPath([...path, key]),
              value: valueAt(raw[file], [...path, key]),
              expected: `no key "${key}" here: it is not part of the schema (a typo?)`,
            });
          }
          continue;
        }
        problems.push({
          file,
          path: jsonPath(path),
          value: 'input' in issue ? issue.input : valueAt(raw[file], path),
          expected: expectedFrom(issue),
        });
      }
    }
  }
  if (problems.length > 0) return problems;
  return checkLinks(parsed as Dataset);
}

/** Cross-file checks, on data that already matches its schemas. */
function checkLinks(d: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (file: DataFileName, path: PropertyKey[], value: unknown, expected: string) =>
    problems.push({ file, path: jsonPath(path), value, expected });

  const unique = <T>(
    file: DataFileName,
    items: T[],
    key: (t: T) => string | number,
    base: PropertyKey[],
    field: string,
  ) => {
    const seen = new Map<string | number, number>();
    items.forEach((item, i) => {
      const k = key(item);
      const first = seen.get(k);
      if (first !== undefined) {
        add(
          file,
          [...base, i, field],
          k,
          `a unique ${field} (already used at ${jsonPath([...base, first])})`,
        );
      } else seen.set(k, i);
    });
  };

  const sources = new Set(d['sources.json'].map((s) => s.id));
  const people = new Set(d['people.json'].map((p) => p.slug));
  const characters = new Set(d['characters.json'].map((c) => c.slug));
  const events = new Map(d['events.json'].map((e) => [e.id, e]));
  const volumes = new Map(d['books.json'].volumes.map((v) => [v.number, v]));
  const plots = new Map(
    d['books.json'].volumes.flatMap((v) => v.plot.map((p) => [p.id, p] as const)),
  );

  unique('sources.json', d['sources.json'], (s) => s.id, [], 'id');
  unique('people.json', d['people.json'], (p) => p.slug, [], 'slug');
  unique('characters.json', d['characters.json'], (c) => c.slug, [], 'slug');
  unique('events.json', d['events.json'], (e) => e.id, [], 'id');
  unique('predictions.json', d['predictions.json'], (p) => p.id, [], 'id');
  unique('about.json', d['about.json'], (a) => a.id, [], 'id');
  unique('screens.json', d['screens.json'], (s) => s.number, [], 'number');
  unique('screens.json', d['screens.json'], (s) => s.slug, [], 'slug');
  unique('books.json', d['books.json'].volumes, (v) => v.number, ['volumes'], 'number');
  unique('books.json', d['books.json'].related, (r) => r.slug, ['related'], 'slug');
  const allPlots = d['books.json'].volumes.flatMap((v, vi) =>
    v.plot.map((p, pi) => ({ id: p.id, path: ['volumes', vi, 'plot', pi] as PropertyKey[] })),
  );
  const plotSeen = new Set<string>();
  for (const p of allPlots) {
    if (plotSeen.has(p.id))
      add('books.json', [...p.path, 'id'], p.id, 'a plot point id used only once');
    plotSeen.add(p.id);
  }

  for (let n = 1; n <= 6; n++) {
    if (!volumes.has(n))
      add('books.json', ['volumes'], `volume ${n} missing`, 'volumes 1 to 6, each once');
  }
  for (const fixed of SCREENS) {
    const at = d['screens.json'].findIndex((s) => s.number === fixed.number);
    const screen = d['screens.json'][at];
    if (!screen) {
      add(
        'screens.json',
        [],
        `screen ${fixed.number} missing`,
        'seasons 1 to 3 and the film (4), each once',
      );
    } else if (screen.slug !== fixed.slug || screen.title !== fixed.title) {
      add(
        'screens.json',
        [at],
        `${screen.slug} / ${screen.title}`,
        `${fixed.slug} / ${fixed.title}, as in src/data/constants.ts`,
      );
    }
  }

  // Every `sources` array anywhere must name known sources.
  const walkSources = (file: DataFileName, node: unknown, path: PropertyKey[]) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walkSources(file, child, [...path, i]));
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if ((key === 'sources' || key === 'noteSources') && Array.isArray(child)) {
          child.forEach((id, i) => {
            if (!sources.has(id))
              add(file, [...path, key, i], id, 'a source id listed in sources.json');
          });
        } else walkSources(file, child, [...path, key]);
      }
    }
  };
  for (const file of Object.keys(d) as DataFileName[]) {
    if (file !== 'sources.json') walkSources(file, d[file], []);
  }

  const played = new Set<string>();
  d['people.json'].forEach((p, pi) =>
    p.credits.forEach((c, ci) => {
      if (c.kind === 'cast' && c.character !== null) {
        played.add(c.character);
        if (!characters.has(c.character))
          add(
            'people.json',
            [pi, 'credits', ci, 'character'],
            c.character,
            'a character slug from characters.json',
          );
      }
    }),
  );
  d['characters.json'].forEach((c, ci) => {
    if (!played.has(c.slug))
      add('characters.json', [ci, 'slug'], c.slug, 'a character that someone in people.json plays');
  });

  d['relationships.json'].forEach((r, ri) => {
    for (const end of ['a', 'b'] as const) {
      if (!characters.has(r[end]))
        add('relationships.json', [ri, end], r[end], 'a character slug from characters.json');
    }
    if (r.a === r.b) add('relationships.json', [ri, 'b'], r.b, 'a different character from "a"');
  });

  d['books.json'].volumes.forEach((v, vi) => {
    v.plot.forEach((p, pi) =>
      p.characters.forEach((c, ci) => {
        if (!characters.has(c))
          add(
            'books.json',
            ['volumes', vi, 'plot', pi, 'characters', ci],
            c,
            'a character slug from characters.json',
          );
      }),
    );
  });

  d['events.json'].forEach((e, ei) => {
    if (e.endDate !== undefined && e.endDate < e.date)
      add('events.json', [ei, 'endDate'], e.endDate, `a date on or after its start, ${e.date}`);
    if (e.kind === 'publication') {
      const volume = e.volume === undefined ? undefined : volumes.get(e.volume);
      if (!volume)
        add('events.json', [ei, 'volume'], e.volume, 'a publication event to name its volume');
      else if (!volume.published.some((p) => p.date === e.date))
        add(
          'events.json',
          [ei, 'date'],
          e.date,
          `a date matching volume ${e.volume}'s publication in books.json (${volume.published.map((p) => p.date).join(', ')})`,
        );
    }
    if (e.kind === 'release' && e.screen === undefined)
      add('events.json', [ei, 'screen'], e.screen, 'a release event to name its season or film');
  });
  for (const s of d['screens.json']) {
    const releases = d['events.json'].filter((e) => e.kind === 'release' && e.screen === s.number);
    if (releases.length > 1)
      add(
        'events.json',
        [d['events.json'].indexOf(releases[1]!), 'screen'],
        s.number,
        `one release event per season (${s.title} has ${releases.length})`,
      );
  }

  d['predictions.json'].forEach((p, pi) => {
    if (!sources.has(p.source))
      add('predictions.json', [pi, 'source'], p.source, 'a source id listed in sources.json');
    const c = p.claim;
    const at = (key: string) => [pi, 'claim', key];
    switch (c.type) {
      case 'window':
        if (!events.has(c.event))
          add('predictions.json', at('event'), c.event, 'an event id from events.json');
        if (c.to < c.from)
          add('predictions.json', at('to'), c.to, `a month on or after "from" (${c.from})`);
        break;
      case 'plot':
        if (!plots.has(c.plot))
          add('predictions.json', at('plot'), c.plot, 'a plot point id from books.json');
        break;
      case 'debut':
        if (!characters.has(c.character))
          add(
            'predictions.json',
            at('character'),
            c.character,
            'a character slug from characters.json',
          );
        break;
      case 'cast-returns':
        c.people.forEach((slug, i) => {
          if (!people.has(slug))
            add(
              'predictions.json',
              [pi, 'claim', 'people', i],
              slug,
              'a person slug from people.json',
            );
        });
        break;
      default:
        break;
    }
  });

  problems.push(...checkSpellings(d));
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

function checkSpellings(d: Dataset): DataProblem[] {
  const out: DataProblem[] = [];
  const walk = (file: DataFileName, node: unknown, path: PropertyKey[]) => {
    if (typeof node === 'string') {
      for (const [re, expected] of MISSPELLINGS) {
        if (re.test(node)) out.push({ file, path: jsonPath(path), value: node, expected });
      }
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => walk(file, child, [...path, i]));
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key !== 'searchAliases' && key !== 'url') walk(file, child, [...path, key]);
      }
    }
  };
  for (const file of Object.keys(d) as DataFileName[]) walk(file, d[file], []);
  return out;
}
