/**
 * What the wiki's search finds: one record per person, character, volume (and related book),
 * season or the film, release event and prediction, built from the bundled data.
 *
 * `line` is a short description that gives nothing of the story away, safe to show anywhere
 * (the header's suggestions show only this). `snippets` are the descriptive texts searched;
 * those from spoiler-tagged facts carry their `reveal` so the results page can gate them.
 */
import { paths } from '../../config/paths';
import { screenSlug, screenTitle, TIER_LABEL } from '../../data/constants';
import type {
  Books,
  Character,
  Person,
  Prediction,
  Reveal,
  Screen,
  Source,
  WikiEvent,
} from '../../data/types';
import { formatDate } from '../../lib/dates';
import { listJoin } from '../../lib/text';
import type { SearchRecord } from '../../lib/search-engine';

import type { SearchKind } from './kinds';

export interface Snippet {
  text: string;
  reveal?: Reveal;
}

export interface WikiRecord extends SearchRecord {
  kind: SearchKind;
  line: string;
  href: string;
  snippets: Snippet[];
}

export interface SearchData {
  people: readonly Person[];
  characters: readonly Character[];
  books: Books;
  screens: readonly Screen[];
  events: readonly WikiEvent[];
  predictions: readonly Prediction[];
  sources: readonly Source[];
}

function record(
  fields: Omit<WikiRecord, 'text' | 'aliases'> & { aliases?: readonly string[] },
): WikiRecord {
  return {
    ...fields,
    aliases: fields.aliases ?? [],
    text: fields.snippets.map((s) => s.text).join(' '),
  };
}

const fact = (f: { text: string; reveal?: Reveal } | undefined): Snippet[] =>
  f ? [{ text: f.text, ...(f.reveal ? { reveal: f.reveal } : {}) }] : [];

function personRecord(person: Person, characterName: Map<string, string>): WikiRecord {
  const roles = [
    ...new Set(
      person.credits.flatMap((c) =>
        c.kind === 'cast' && c.character ? [characterName.get(c.character) ?? ''] : [],
      ),
    ),
  ].filter(Boolean);
  const jobs = [...new Set(person.credits.flatMap((c) => (c.kind === 'crew' ? [c.job] : [])))];
  const line =
    roles.length > 0
      ? `Actor · plays ${listJoin(roles)}`
      : jobs.length > 0
        ? listJoin(jobs)
        : 'Cast';
  return record({
    id: `person:${person.slug}`,
    kind: 'person',
    title: person.name,
    aliases: person.searchAliases,
    line,
    href: paths.person.href(person.slug),
    snippets: fact(person.summary),
  });
}

function characterRecord(character: Character, people: readonly Person[]): WikiRecord {
  const actors = people
    .filter((p) => p.credits.some((c) => c.kind === 'cast' && c.character === character.slug))
    .map((p) => p.name);
  const tiers = people.flatMap((p) =>
    p.credits.flatMap((c) =>
      c.kind === 'cast' && c.character === character.slug && c.tier ? [c.tier] : [],
    ),
  );
  const tier = (['main', 'recurring', 'guest'] as const).find((t) => tiers.includes(t));
  return record({
    id: `character:${character.slug}`,
    kind: 'character',
    title: character.name,
    aliases: character.searchAliases,
    line:
      actors.length > 0
        ? `Character · played by ${listJoin(actors)}`
        : `Character${tier ? ` · ${TIER_LABEL[tier]}` : ''}`,
    href: paths.character.href(character.slug),
    snippets: [...fact(character.summary), ...character.facts.flatMap(fact)],
  });
}

/** Every searchable record of the wiki. */
export function buildSearchRecords(data: SearchData): WikiRecord[] {
  const characterName = new Map(data.characters.map((c) => [c.slug, c.name]));
  const publisher = new Map(data.sources.map((s) => [s.id, s]));
  return [
    ...data.people.map((p) => personRecord(p, characterName)),
    ...data.characters.map((c) => characterRecord(c, data.people)),
    ...data.books.volumes.map((v) =>
      record({
        id: `volume:${v.number}`,
        kind: 'volume',
        title: `Volume ${v.number}`,
        aliases: [`Heartstopper Volume ${v.number}`, `Book ${v.number}`],
        line: `Graphic novel · ${v.adaptedIn.map((a) => screenTitle(a.screen)).join(', ') || 'not adapted yet'}`,
        href: paths.volume.href(v.number),
        snippets: v.plot.map((p) => ({ text: p.text, reveal: p.reveal })),
      }),
    ),
    ...data.books.related.map((r) =>
      record({
        id: `book:${r.slug}`,
        kind: 'volume',
        title: r.title,
        line: `${r.kind === 'novel' ? 'Novel' : 'Novella'} · ${formatDate(r.published)}`,
        href: paths.volumes.href(),
        snippets: [{ text: r.summary }],
      }),
    ),
    ...data.screens.map((s) =>
      record({
        id: `screen:${s.number}`,
        kind: 'screen',
        title: s.title,
        aliases: s.kind === 'film' ? ['film', 'movie'] : [`series ${s.number}`],
        line:
          s.kind === 'film'
            ? 'The film'
            : `Season${s.episodes ? ` · ${s.episodes.count} episodes` : ''}`,
        href: paths.season.href(screenSlug(s.number)),
        snippets: [
          ...(s.episodes?.titles ?? []).map((text) => ({ text })),
          ...s.notes.flatMap(fact),
        ],
      }),
    ),
    ...data.events.map((e) =>
      record({
        id: `event:${e.id}`,
        kind: 'event',
        title: e.title,
        line: `Release event · ${formatDate(e.date)}${e.expected ? ' (expected)' : ''}`,
        href: `${paths.release.href()}#event-${e.id}`,
        snippets: [{ text: e.text }],
      }),
    ),
    ...data.predictions.map((p) => {
      const source = publisher.get(p.source);
      return record({
        id: `prediction:${p.id}`,
        kind: 'prediction',
        title: p.topic,
        line: `Prediction${source ? ` · ${source.publisher}, ${formatDate(source.published)}` : ''}`,
        href: `${paths.release.href()}#prediction-${p.id}`,
        snippets: [{ text: p.statement, ...(p.reveal ? { reveal: p.reveal } : {}) }],
      });
    }),
  ];
}
