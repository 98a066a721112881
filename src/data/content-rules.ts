/**
 * The checks between files that a reference cannot say (references themselves are declared in
 * the schema and checked in one place, check.ts): the story's shape, file names that must match
 * what is inside, spoiler tags a part of the story must carry, dates in order. Small named rules,
 * listed per collection; each adds a problem naming the file, the path and the value.
 * Build- and test-time only.
 */
import { KINDS, type Collection, type EntityOf } from './kinds';
import type { Content, Screen, Volume } from './types';

/** What every rule can read: the whole content, lookups over it, and a way to report. */
export interface RuleContext {
  content: Content;
  volumes: Map<number, Volume>;
  seasons: Map<number, Screen>;
  /** Episode ids on record: `s1e4`. */
  episodes: Set<string>;
  /** Characters someone plays on screen. */
  played: Set<string>;
  /** Each plot point's id, and where it is first given: the file and the index in its plot. */
  plots: Map<string, { file: string; index: number }>;
  episodeCount: (screen: number) => number | undefined;
  add: (file: string, path: PropertyKey[], value: unknown, expected: string) => void;
}

/** A rule over one entity, given its file. */
type EntityRule<C extends Collection> = (
  entity: EntityOf<C>,
  file: string,
  ctx: RuleContext,
) => void;
/** A rule over a whole collection (numbering, things that must be unique). */
type CollectionRule = (ctx: RuleContext) => void;

// The story's shape: volumes 1..n and screens 1..n, each once; the film, if any, last.

const volumeFileNamesItsNumber: EntityRule<'volumes'> = (v, file, { add }) => {
  if (v.id !== `volume-${v.number}`)
    add(file, ['number'], v.number, `the number in the file name, volume-N`);
};

const volumesNumberedWithoutGaps: CollectionRule = ({ volumes, add }) => {
  [...volumes.keys()]
    .sort((a, b) => a - b)
    .forEach((n, i) => {
      if (n !== i + 1)
        add(`volumes/volume-${n}.json`, ['number'], n, `volumes numbered 1, 2, 3… with no gap`);
    });
};

const seasonsNumberedOnceEach: CollectionRule = ({ content, seasons, add }) => {
  const numbers = content.seasons.map((s) => s.number).sort((a, b) => a - b);
  numbers.forEach((n, i) => {
    if (n !== i + 1 || content.seasons.filter((s) => s.number === n).length > 1)
      add(
        fileFor('seasons', seasons.get(n)!),
        ['number'],
        n,
        'seasons numbered 1, 2, 3… once each',
      );
  });
};

const filmComesLast: EntityRule<'seasons'> = (s, file, { content, add }) => {
  const last = Math.max(...content.seasons.map((o) => o.number));
  if (s.kind === 'film' && s.number !== last)
    add(file, ['kind'], s.kind, 'the film to come after every season');
};

const seasonParamUnique: EntityRule<'seasons'> = (s, file, { content, add }) => {
  if (content.seasons.filter((o) => o.param === s.param).length > 1)
    add(file, ['param'], s.param, 'a ?season= value no other entry uses');
};

const castEpisodesInSeason: EntityRule<'people'> = (p, file, { episodeCount, add }) => {
  p.credits.forEach((c, ci) => {
    if (c.kind !== 'cast') return;
    c.episodes?.forEach((e, ei) => {
      const count = episodeCount(c.screen);
      if (count === undefined || e > count)
        add(file, ['credits', ci, 'episodes', ei], e, `an episode of season ${c.screen}`);
    });
  });
};

const bookOnlyNotPlayed: EntityRule<'characters'> = (c, file, { played, add }) => {
  if (c.bookOnly && played.has(c.slug))
    add(file, ['bookOnly'], true, 'no "bookOnly" on a character someone plays on screen');
  if (!c.bookOnly && !played.has(c.slug) && !c.screenDebut)
    add(
      file,
      [],
      c.slug,
      'a character someone in src/content/people plays, one with a "screenDebut" (on screen, actor not on record), or "bookOnly": true',
    );
};

const screenDebutEpisodeOnRecord: EntityRule<'characters'> = (c, file, { episodes, add }) => {
  if (!c.screenDebut) return;
  const { screen, episode } = c.screenDebut;
  if (episode !== undefined && !episodes.has(`s${screen}e${episode}`))
    add(file, ['screenDebut', 'episode'], episode, `an episode of season ${screen} on record`);
};

const storyPartsTagged: EntityRule<'characters'> = (c, file, { add }) => {
  c.inBooks?.forEach((f, i) => {
    if (f.reveal?.volume === undefined)
      add(file, ['inBooks', i, 'reveal'], f.reveal, 'a reveal tag naming the volume it tells');
  });
  c.onScreen?.forEach((f, i) => {
    if (f.reveal?.screen === undefined)
      add(file, ['onScreen', i, 'reveal'], f.reveal, 'a reveal tag naming the season it shows');
  });
};

const relationshipOfTwo: EntityRule<'relationships'> = (r, file, { add }) => {
  if (r.a === r.b) add(file, ['b'], r.b, 'a different character from "a"');
  if (r.id !== `${r.a}--${r.b}`)
    add(file, ['(file name)'], r.id, `the file to be named "${r.a}--${r.b}.json"`);
};

const plotIdsOnce: EntityRule<'volumes'> = (v, file, { plots, add }) => {
  v.plot.forEach((p, pi) => {
    const first = plots.get(p.id)!;
    if (first.file !== file || first.index !== pi)
      add(file, ['plot', pi, 'id'], p.id, `a plot point id used once (also in ${first.file})`);
  });
};

const volumePlotTagged: EntityRule<'volumes'> = (v, file, { add }) => {
  v.plot.forEach((p, i) => {
    if (p.reveal.volume !== v.number)
      add(
        file,
        ['plot', i, 'reveal', 'volume'],
        p.reveal.volume,
        `${v.number}: a volume's plot point gives that volume away`,
      );
  });
};

const episodeFileNamed: EntityRule<'episodes'> = (e, file, { add }) => {
  if (e.id !== `s${e.season}e${e.number}`)
    add(file, ['(file name)'], e.id, `the file to be named "s${e.season}e${e.number}.json"`);
};

const episodeInItsSeason: EntityRule<'episodes'> = (e, file, { seasons, add }) => {
  const season = seasons.get(e.season);
  if (!season) return; // the reference check reports it
  if (season.kind !== 'season')
    add(file, ['season'], e.season, 'a season (not the film) on record');
  else if (season.episodes && e.number > season.episodes.count)
    add(file, ['number'], e.number, `at most ${season.episodes.count}, the season's episode count`);
};

const episodeSynopsisTagged: EntityRule<'episodes'> = (e, file, { add }) => {
  e.synopsis.forEach((f, i) => {
    if (f.reveal?.screen !== e.season || f.reveal.episode !== e.number)
      add(
        file,
        ['synopsis', i, 'reveal'],
        f.reveal,
        `{ "screen": ${e.season}, "episode": ${e.number} }: each part of a synopsis gives its episode away`,
      );
  });
};

const episodeNumbersOnce: CollectionRule = ({ content, add }) => {
  for (const season of content.seasons) {
    if (!season.episodes) continue;
    const numbers = content.episodes.filter((e) => e.season === season.number).map((e) => e.number);
    if (new Set(numbers).size !== numbers.length)
      add(fileFor('seasons', season), ['episodes'], numbers, 'each episode number once');
  }
};

const eventDatesInOrder: EntityRule<'events'> = (e, file, { add }) => {
  if (e.endDate !== undefined && e.endDate < e.date)
    add(file, ['endDate'], e.endDate, `a date on or after its start, ${e.date}`);
};

const publicationMatchesVolume: EntityRule<'events'> = (e, file, { volumes, add }) => {
  if (e.kind !== 'publication') return;
  if (e.volume === undefined) {
    add(file, ['volume'], e.volume, 'a publication event to name its volume');
    return;
  }
  const volume = volumes.get(e.volume);
  if (volume && !volume.published.some((p) => p.date === e.date))
    add(
      file,
      ['date'],
      e.date,
      `a date matching volume ${e.volume}'s publication (${volume.published.map((p) => p.date).join(', ')})`,
    );
};

const releaseNamesScreen: EntityRule<'events'> = (e, file, { add }) => {
  if (e.kind === 'release' && e.screen === undefined)
    add(file, ['screen'], e.screen, 'a release event to name its season or film');
};

const oneReleasePerSeason: CollectionRule = ({ content, add }) => {
  for (const s of content.seasons) {
    const releases = content.events.filter((e) => e.kind === 'release' && e.screen === s.number);
    if (releases.length > 1)
      add(
        fileFor('events', releases[1]!),
        ['screen'],
        s.number,
        `one release event per season (${s.title} has ${releases.length})`,
      );
  }
};

const windowInOrder: EntityRule<'predictions'> = (p, file, { add }) => {
  const c = p.claim;
  if (c.type === 'window' && c.to < c.from)
    add(file, ['claim', 'to'], c.to, `a month on or after "from" (${c.from})`);
};

const standsInOnlyForFilming: EntityRule<'places'> = (p, file, { content, add }) => {
  if (p.standsIn && p.kind !== 'filming')
    add(file, ['standsIn'], p.standsIn, 'standsIn only on a filming location');
  p.standsIn?.places.forEach((slug, i) => {
    const other = content.places.find((o) => o.slug === slug);
    if (other && other.kind !== 'story')
      add(file, ['standsIn', 'places', i], slug, 'an in-story place: a file in src/content/places');
  });
};

/** A name as people write it, folded for comparison: case, accents and spacing aside. */
const foldName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The same person, character, place or book twice under two file names builds two pages. */
const namesOnce: CollectionRule = ({ content: d, add }) => {
  const named: [Collection, { name: string; id: string }[]][] = [
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
          `${collection}/${id}.json`,
          [collection === 'books' ? 'title' : 'name'],
          name,
          `a name no other file uses: ${collection}/${other}.json has it too (the same entry twice? merge them into one file)`,
        );
    }
  }
};

/** The rules for each kind's files, in the order they run. */
export const ENTITY_RULES: { [C in Collection]?: EntityRule<C>[] } = {
  people: [castEpisodesInSeason],
  characters: [bookOnlyNotPlayed, screenDebutEpisodeOnRecord, storyPartsTagged],
  relationships: [relationshipOfTwo],
  volumes: [volumeFileNamesItsNumber, plotIdsOnce, volumePlotTagged],
  seasons: [filmComesLast, seasonParamUnique],
  episodes: [episodeFileNamed, episodeInItsSeason, episodeSynopsisTagged],
  events: [eventDatesInOrder, publicationMatchesVolume, releaseNamesScreen],
  predictions: [windowInOrder],
  places: [standsInOnlyForFilming],
};

/** The rules over whole collections. */
export const COLLECTION_RULES: CollectionRule[] = [
  volumesNumberedWithoutGaps,
  seasonsNumberedOnceEach,
  episodeNumbersOnce,
  oneReleasePerSeason,
  namesOnce,
];

/** The lookups every rule reads, over content that matches its schemas. */
export function ruleContext(content: Content, add: RuleContext['add']): RuleContext {
  const seasons = new Map(content.seasons.map((s) => [s.number, s]));
  const plots: RuleContext['plots'] = new Map();
  for (const v of content.volumes)
    v.plot.forEach((p, index) => {
      if (!plots.has(p.id)) plots.set(p.id, { file: fileFor('volumes', v), index });
    });
  return {
    content,
    volumes: new Map(content.volumes.map((v) => [v.number, v])),
    seasons,
    episodes: new Set(content.episodes.map((e) => e.id)),
    played: new Set(
      content.people.flatMap((p) =>
        p.credits.flatMap((c) => (c.kind === 'cast' && c.character !== null ? [c.character] : [])),
      ),
    ),
    plots,
    episodeCount: (screen) => seasons.get(screen)?.episodes?.count,
    add,
  };
}

/** Runs every rule: each file's kind's rules, file by file, then the rules over collections. */
export function applyRules(
  files: readonly { collection: Collection; file: string; entity: object }[],
  ctx: RuleContext,
): void {
  for (const { collection, file, entity } of files) {
    const rules = (ENTITY_RULES[collection] ?? []) as EntityRule<Collection>[];
    for (const rule of rules) rule(entity as EntityOf<Collection>, file, ctx);
  }
  for (const rule of COLLECTION_RULES) rule(ctx);
}

/** An entity's file, relative to the content folder. */
export function fileFor<C extends Collection>(collection: C, entity: EntityOf<C>): string {
  const key = KINDS[collection].idKey;
  return `${collection}/${(entity as unknown as Record<string, string>)[key]}.json`;
}
