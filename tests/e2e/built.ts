/**
 * What the built site holds, read from its data files (dist/, or DIST_DIR): the pages, names and
 * spoilers a test needs, found whatever the content says. No browser code, so the Playwright
 * specs (through site.ts) and the Firefox and WebKit journeys share it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../scripts/lib/dist-dir';
import { paths } from '../../src/config/paths';
import { isRevealed, type Progress, type Reveal } from '../../src/lib/reveal';

/**
 * The day the built site was scored for (the day its facts were checked): pages that depend on
 * the reader's day (the release page's verdicts and "What's next", the home page's "where things
 * stand") read the same on it whatever the real date.
 */
export function builtDay(): string {
  const release = JSON.parse(readFileSync(join(DIST, 'data', 'pages', 'release.json'), 'utf8'));
  return (release as { view: { asOf: string } }).view.asOf;
}

/** The last day through which the built release page stays as it was scored. */
export function builtSteadyThrough(): string {
  const release = JSON.parse(readFileSync(join(DIST, 'data', 'pages', 'release.json'), 'utf8'));
  return (release as { view: { steadyThrough: string } }).view.steadyThrough;
}

/** A built character page and its ties, as its data lists them (dist/data/character/). */
export interface BuiltTies {
  path: string;
  name: string;
  ties: { name: string; reveal?: Reveal }[];
}

/** How many rows a list has, from its built data file (dist/data/lists/<name>.json). */
export function builtListTotal(name: 'cast' | 'characters'): number {
  const file = join(DIST, 'data', 'lists', `${name}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { total: number }).total;
}

/** The `view` of a built page's data file. */
const readView = <V>(file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { view: V }).view;
/** The data files of one kind (dist/data/character/, …), in name order. */
const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => join(dir, file));

/** Every built character's ties, so a test can pick the page it needs without naming one. */
export function builtTies(): BuiltTies[] {
  return jsonFiles(join(DIST, 'data', 'character')).map((file) => {
    const view = readView<{
      character: { slug: string; name: string };
      relationships: { other: { name: string }; reveal?: Reveal }[];
    }>(file);
    return {
      path: `/characters/${view.character.slug}/`,
      name: view.character.name,
      ties: view.relationships.map((r) => ({
        name: r.other.name,
        ...(r.reveal ? { reveal: r.reveal } : {}),
      })),
    };
  });
}

/** A built character who is played on screen, and who plays them. */
export interface BuiltRole {
  slug: string;
  path: string;
  name: string;
  /** The one-line summary under the page's title. */
  summary: string;
  actor: { slug: string; name: string; path: string };
}

/** Every built character with an actor, in name order of their files: pages a test can name. */
export function builtRoles(): BuiltRole[] {
  return jsonFiles(join(DIST, 'data', 'character')).flatMap((file) => {
    const view = readView<{
      character: { slug: string; name: string; summary: { text: string } };
      portrayals: { person: { slug: string; name: string } }[];
    }>(file);
    const [first] = view.portrayals;
    if (!first) return [];
    return [
      {
        slug: view.character.slug,
        path: paths.character.href(view.character.slug),
        name: view.character.name,
        summary: view.character.summary.text,
        actor: {
          slug: first.person.slug,
          name: first.person.name,
          path: paths.person.href(first.person.slug),
        },
      },
    ];
  });
}

/** The first built character with an actor (see builtRoles); fails naming what is missing. */
export function builtRole(): BuiltRole {
  const [role] = builtRoles();
  if (!role) throw new Error(`No character in ${DIST} has an actor`);
  return role;
}

/**
 * A name as a reader might mistype it, in lower case: its longest word of five letters or more
 * with its last two letters swapped ("Charlie Spring" → "charlei spring"); none if it has no
 * such word (short words allow no typo).
 */
export function misspell(name: string): string | undefined {
  const words = name.toLowerCase().split(' ');
  const longest = [...words].sort((a, b) => b.length - a.length)[0]!;
  if (longest.length < 5) return undefined;
  const slip = `${longest.slice(0, -2)}${longest.at(-1)}${longest.at(-2)}`;
  return words.map((word) => (word === longest ? slip : word)).join(' ');
}

/**
 * A name's longest word garbled past what search forgives but near enough for "did you mean":
 * every other letter after the first changed ("Charlie Spring" → "czazlze").
 */
export function garble(name: string): string {
  const word = name
    .toLowerCase()
    .split(' ')
    .sort((a, b) => b.length - a.length)[0]!;
  if (word.length < 6) throw new Error(`"${name}" has no word long enough to garble`);
  return [...word].map((c, i) => (i % 2 === 1 ? (c === 'z' ? 'q' : 'z') : c)).join('');
}

/** A built character and their actor whose names can both be mistyped (misspell), with the slips. */
export function builtMisspeltRole(): BuiltRole & { typed: string; actorTyped: string } {
  for (const role of builtRoles()) {
    const typed = misspell(role.name);
    const actorTyped = misspell(role.actor.name);
    if (typed && actorTyped) return { ...role, typed, actorTyped };
  }
  throw new Error(`No character in ${DIST} and their actor both have a word of five letters`);
}

/**
 * A word the built search finds only in descriptions, never in a name, title or line: the
 * longest word of six letters or more in the full-text index whose first four letters appear in
 * no name, alias or line (so no name is a prefix match or a near miss of it), the first in A–Z
 * order among equals.
 */
export function builtTextOnlyWord(): string {
  const dir = join(DIST, 'data', 'search');
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  const names = files
    .filter((file) => file.startsWith('names-'))
    .flatMap(
      (file) =>
        (read(file) as { records: { title: string; aliases: string[]; line: string }[] }).records,
    )
    .map((r) => [r.title, ...r.aliases, r.line].join(' ').toLowerCase())
    .join(' ');
  const words = files
    .filter((file) => file.startsWith('text-'))
    .flatMap((file) => (read(file) as { index: [string, unknown][] }).index.map(([term]) => term))
    .filter((term) => /^[a-z]{6,}$/.test(term) && !names.includes(term.slice(0, 4)))
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (!words[0]) throw new Error(`The search in ${DIST} has no word outside the names`);
  return words[0];
}

/** A story point of a built page: the page, and the point's text as the data gives it. */
export interface BuiltPoint {
  path: string;
  text: string;
}

interface Point {
  text: string;
  reveal?: Reveal;
}

/**
 * The first built volume page whose plot ("What happens") holds at least two points a reader at
 * `progress` has not reached, and the first of them: the spoiler tests' page, whatever the
 * content says.
 */
export function builtPlotSpoiler(progress: Progress): BuiltPoint {
  for (const file of jsonFiles(join(DIST, 'data', 'volume'))) {
    const { volume } = readView<{ volume: { number: number; plot: Point[] } }>(file);
    const hidden = volume.plot.filter((p) => !isRevealed(p.reveal, progress));
    if (hidden.length >= 2) return { path: `/volumes/${volume.number}/`, text: hidden[0]!.text };
  }
  throw new Error(`No built volume page hides two plot points from ${JSON.stringify(progress)}`);
}

/** The first built character page with a point "In the books" that a reader at `progress` has not reached. */
export function builtBookSpoiler(progress: Progress): BuiltPoint {
  for (const file of jsonFiles(join(DIST, 'data', 'character'))) {
    const view = readView<{ character: { slug: string }; inBooks: Point[] }>(file);
    const point = view.inBooks.find((p) => !isRevealed(p.reveal, progress));
    if (point) return { path: `/characters/${view.character.slug}/`, text: point.text };
  }
  throw new Error(`No built character page hides a book point from ${JSON.stringify(progress)}`);
}

/** A pattern matching `text` exactly as written. */
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
