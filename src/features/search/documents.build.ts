/**
 * What the wiki's search finds: one record per person, character, book, season or the film,
 * episode, place, award, release event and prediction, built from the content at build time
 * (the content compiler serialises the index; the browser never indexes).
 *
 * `line` is a short description that gives nothing of the story away, safe to show anywhere
 * (the header's suggestions show only this). `snippets` are the descriptive texts searched;
 * those from spoiler-tagged facts carry their `reveal` so the results page can gate them.
 */
import { kindOf, type Collection, type EntityOf } from '../../data/kinds';
import { screenTitle, TIER_LABEL, bestTier, volumeTitle } from '../../data/story';
import type { Fact, Reveal } from '../../data/types';
import type { WikiIndex } from '../../data/wiki-index';
import { formatDate } from '../../lib/dates';
import type { AsPlainObject } from 'minisearch';
import type { SearchRecord } from '../../lib/search-engine';
import { listJoin } from '../../lib/text';
import type { SearchKind } from './kinds';

export interface Snippet {
  text: string;
  reveal?: Reveal;
}

/** What a search result shows and links to. */
export interface SearchDoc {
  id: string;
  kind: SearchKind;
  title: string;
  aliases: readonly string[];
  line: string;
  href: string;
  /** An entry on a list page (its href has a fragment), not a page of its own. */
  anchor?: boolean;
  /** Words of its text: the fuller page first among records found by the same name. */
  size?: number;
}

export interface WikiRecord extends SearchRecord, SearchDoc {
  snippets: Snippet[];
}

/** A record's details, from the search's detail buckets: what a result shows, and its texts. */
export interface SearchDetail {
  doc: SearchDoc;
  snippets: Snippet[];
}

/** A name shard: the records to show and the index over their names, serialised at build time. */
export interface NameShard {
  records: SearchDoc[];
  index: AsPlainObject;
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

const facts = (list: readonly (Fact | undefined)[]): Snippet[] =>
  list.flatMap((f) => (f ? [{ text: f.text, ...(f.reveal ? { reveal: f.reveal } : {}) }] : []));

type Fields = Omit<WikiRecord, 'text' | 'aliases' | 'href'> & { aliases?: readonly string[] };
/** What the search holds of one entity: everything but its address (the kinds table's `href`). */
type Document<C extends Collection> = (entity: EntityOf<C>, index: WikiIndex) => Fields;

/**
 * How each kind of content (src/data/kinds.ts) is searched, in the order the records are
 * indexed; `null` for a kind that is found through the pages that show it. Every collection is
 * listed, so a new kind of content is a type error here until it says how it is searched.
 */
const DOCUMENTS: { [C in Collection]: Document<C> | null } = {
  people: (person, index) => {
    const roles = [
      ...new Set(
        person.credits.flatMap((c) =>
          c.kind === 'cast' && c.character ? [index.character.get(c.character)?.name ?? ''] : [],
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
    return {
      id: `person:${person.slug}`,
      kind: 'person',
      title: person.name,
      aliases: person.searchAliases,
      line,
      snippets: facts([person.summary, ...(person.bio ?? [])]),
    };
  },
  characters: (character, index) => {
    const portrayals = index.portrayals.get(character.slug) ?? [];
    const actors = portrayals.map((p) => p.person.name);
    const tier = bestTier(portrayals.flatMap((p) => p.credits.map((c) => c.tier)));
    return {
      id: `character:${character.slug}`,
      kind: 'character',
      title: character.name,
      aliases: character.searchAliases,
      line:
        actors.length > 0
          ? `Character · played by ${listJoin(actors)}`
          : character.bookOnly
            ? 'Character · in the books only'
            : `Character${tier ? ` · ${TIER_LABEL[tier]}` : ''}`,
      snippets: facts([
        character.summary,
        ...(character.bio ?? []),
        ...(character.inBooks ?? []),
        ...(character.onScreen ?? []),
      ]),
    };
  },
  volumes: (v) => ({
    id: `volume:${v.number}`,
    kind: 'volume',
    title: volumeTitle(v.number),
    aliases: [`Heartstopper ${volumeTitle(v.number)}`, `Book ${v.number}`],
    line: `Graphic novel · ${v.adaptedIn.map((a) => screenTitle(a.screen)).join(', ') || 'not adapted yet'}`,
    snippets: v.plot.map((p) => ({ text: p.text, reveal: p.reveal })),
  }),
  books: (b) => ({
    id: `book:${b.slug}`,
    kind: 'volume',
    title: b.title,
    line: `${b.kind === 'novel' ? 'Novel' : b.kind === 'novella' ? 'Novella' : 'Companion book'} · ${formatDate(b.published)}`,
    snippets: [{ text: b.summary }, ...facts(b.ties ?? [])],
  }),
  seasons: (s) => ({
    id: `screen:${s.number}`,
    kind: 'screen',
    title: s.title,
    aliases: s.kind === 'film' ? ['film', 'movie'] : [`series ${s.number}`],
    line:
      s.kind === 'film'
        ? 'The film'
        : `Season${s.episodes ? ` · ${s.episodes.count} episodes` : ''}`,
    snippets: facts([...(s.synopsis ?? []), ...s.notes]),
  }),
  episodes: (e) => ({
    id: `episode:${e.id}`,
    kind: 'episode',
    title: e.title,
    aliases: [`S${e.season}E${e.number}`, `season ${e.season} episode ${e.number}`],
    line: `Episode · ${screenTitle(e.season)}, episode ${e.number}`,
    snippets: facts(e.synopsis),
  }),
  places: (p) => ({
    id: `place:${p.slug}`,
    kind: 'place',
    title: p.name,
    aliases: p.searchAliases,
    line: p.kind === 'story' ? 'Place in the story' : 'Filming location',
    snippets: facts([p.summary, ...(p.facts ?? [])]),
  }),
  awards: (a, index) => {
    const people = (a.people ?? []).flatMap((s) => index.person.get(s)?.name ?? []);
    return {
      id: `award:${a.id}`,
      kind: 'award',
      title: `${a.ceremony} ${a.year}: ${a.category}`,
      aliases: [a.nominee, ...people],
      line: `Award · ${a.result === 'won' ? 'won' : 'nominated'}${a.nominee ? ` · ${a.nominee}` : ''}`,
      snippets: [],
    };
  },
  events: (e) => ({
    id: `event:${e.id}`,
    kind: 'event',
    title: e.title,
    line: `Release event · ${formatDate(e.date)}${e.expected ? ' (expected)' : ''}`,
    snippets: [{ text: e.text }],
  }),
  predictions: (p, index) => {
    const source = index.source.get(p.source);
    return {
      id: `prediction:${p.id}`,
      kind: 'prediction',
      title: p.topic,
      line: `Prediction${source ? ` · ${source.publisher}, ${formatDate(source.published)}` : ''}`,
      snippets: [{ text: p.statement, ...(p.reveal ? { reveal: p.reveal } : {}) }],
    };
  },
  // Shown on the pages of the characters they tie, of the home page, and beside what they cite.
  relationships: null,
  about: null,
  support: null,
  sources: null,
};

/** Every searchable record of the wiki, each linking where the kinds table says it is shown. */
export function buildSearchRecords(index: WikiIndex): WikiRecord[] {
  return (Object.keys(DOCUMENTS) as Collection[]).flatMap((collection) => {
    const document = DOCUMENTS[collection] as Document<Collection> | null;
    const href = kindOf(collection).href;
    if (!document) return [];
    if (!href)
      throw new Error(`The search indexes ${collection}, which the kinds table shows nowhere`);
    return (index.content[collection] as EntityOf<Collection>[]).map((entity) =>
      record({ ...document(entity, index), href: href(entity) }),
    );
  });
}
