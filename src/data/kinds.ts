/**
 * The one table of the wiki's kinds of content (docs/decisions/053): for every collection under
 * src/content/, how its entities are identified, named and linked, which page and data file
 * each has, what a change record calls it and whether it has a contribution page. The content
 * compiler, recent changes, the contribution pages, the search and the checks all iterate this
 * table instead of listing the kinds again.
 *
 * Adding a kind of content (songs, say) is one row here, a schema in schema.ts, and, if it has
 * pages of its own, a page builder (scripts/compile/builders.ts) and a route with its view.
 */
import { paths } from '../config/paths';
import { dataKeys } from './data-keys';
import { screenSlug, volumeTitle } from './story';
import type { Content } from './types';

/** A collection of content: a folder under src/content/. */
export type Collection = Exclude<keyof Content, 'wiki'>;
/** One entity of a collection, with its id attached. */
export type EntityOf<C extends Collection> = Content[C][number];

/** Names other entities by slug, for kinds named after what they link (a relationship). */
export interface NameLookup {
  character: (slug: string) => string;
}

export interface Kind<C extends Collection> {
  collection: C;
  /** The field the file name becomes: `slug` for kinds with pages at /kind/slug, else `id`. */
  idKey: 'slug' | 'id';
  /** What one of them is called, in a sentence: "character", "season or film". */
  noun: string;
  /** A title for the kind's JSON Schema (contributors' editors show it). */
  describe: string;
  /** What a reader calls one: "Charlie Spring", "Volume 4". */
  name: (entity: EntityOf<C>, names: NameLookup) => string;
  /**
   * What "Recent changes" and the feed call one, when not its name: a title that gives nothing of
   * the story away, since readers of the feed have no spoiler settings.
   */
  changeTitle?: (entity: EntityOf<C>, names: NameLookup) => string;
  /** Where one is shown: its own page, or its place on a list page. Absent: nowhere. */
  href?: (entity: EntityOf<C>) => string;
  /** Its own page: the data file and the route template. Absent: no page of its own. */
  page?: { dataKey: (entity: EntityOf<C>) => string; template: string };
  /** Whether one gets "Suggest an edit", "Report a mistake" and a contribution page. */
  editable: boolean;
}

/**
 * A row of a kind without pages of its own, keeping whether it is editable as a literal, so the
 * editable kinds are a type too.
 */
const kind = <C extends Collection, const E extends boolean>(
  row: Omit<Kind<C>, 'editable' | 'page'> & { editable: E },
) => row;

/** A row of a kind with pages of its own (`page` required), so those kinds are a type too. */
const pagedKind = <C extends Collection, const E extends boolean>(
  row: Omit<Kind<C>, 'editable' | 'page'> & { editable: E; page: NonNullable<Kind<C>['page']> },
) => row;

export const KINDS = {
  characters: pagedKind({
    collection: 'characters',
    idKey: 'slug',
    noun: 'character',
    describe: 'A character',
    name: (c) => c.name,
    href: (c) => paths.character.href(c.slug),
    page: { dataKey: (c) => dataKeys.character(c.slug), template: 'character' },
    editable: true,
  }),
  people: pagedKind({
    collection: 'people',
    idKey: 'slug',
    noun: 'person',
    describe: 'A person: an actor or a member of the creative team',
    name: (p) => p.name,
    href: (p) => paths.person.href(p.slug),
    page: { dataKey: (p) => dataKeys.person(p.slug), template: 'person' },
    editable: true,
  }),
  episodes: pagedKind({
    collection: 'episodes',
    idKey: 'id',
    noun: 'episode',
    describe: 'An episode (file name: s<season>e<number>.json)',
    name: (e) => e.title,
    href: (e) => paths.episode.href(screenSlug(e.season), e.number),
    page: { dataKey: (e) => dataKeys.episode(e.id), template: 'episode' },
    editable: true,
  }),
  volumes: pagedKind({
    collection: 'volumes',
    idKey: 'id',
    noun: 'volume',
    describe: 'A graphic-novel volume (file name: volume-N.json)',
    name: (v) => volumeTitle(v.number),
    href: (v) => paths.volume.href(v.number),
    page: { dataKey: (v) => dataKeys.volume(v.number), template: 'volume' },
    editable: true,
  }),
  seasons: pagedKind({
    collection: 'seasons',
    idKey: 'slug',
    noun: 'season or film',
    describe: 'A season, or the film',
    name: (s) => s.title,
    href: (s) => paths.season.href(s.slug),
    page: { dataKey: (s) => dataKeys.season(s.slug), template: 'season' },
    editable: true,
  }),
  places: pagedKind({
    collection: 'places',
    idKey: 'slug',
    noun: 'place',
    describe: 'A place in the story, or a filming location',
    name: (p) => p.name,
    href: (p) => paths.place.href(p.slug),
    page: { dataKey: (p) => dataKeys.place(p.slug), template: 'place' },
    editable: true,
  }),
  books: kind({
    collection: 'books',
    idKey: 'slug',
    noun: 'connected book',
    describe: 'A connected book: a novel, novella or companion',
    name: (b) => b.title,
    href: (b) => paths.book.href(b.slug),
    editable: false,
  }),
  awards: kind({
    collection: 'awards',
    idKey: 'id',
    noun: 'award',
    describe: 'An award nomination or win',
    name: (a) => `${a.ceremony} ${a.year}`,
    href: (a) => paths.award.href(a.id),
    editable: false,
  }),
  events: kind({
    collection: 'events',
    idKey: 'id',
    noun: 'release event',
    describe: 'A dated event on the release timeline',
    name: (e) => e.title,
    href: (e) => paths.event.href(e.id),
    editable: false,
  }),
  predictions: kind({
    collection: 'predictions',
    idKey: 'id',
    noun: 'prediction',
    describe: 'A 2022 prediction, scored by the wiki',
    // Topics repeat (three are "A season 2 storyline"): a prediction is named by what it said,
    // unless what it said gives the story away: then by its file.
    name: (p) => (p.reveal ? `the prediction ${p.id}` : `“${p.statement.replace(/\.$/, '')}”`),
    // What it said may give the story away; its topic does not.
    changeTitle: (p) => p.topic,
    href: (p) => paths.prediction.href(p.id),
    editable: true,
  }),
  relationships: kind({
    collection: 'relationships',
    idKey: 'id',
    noun: 'relationship',
    describe: 'A tie between two characters (file name: <a>--<b>.json)',
    name: (r, names) => `${names.character(r.a)} and ${names.character(r.b)}`,
    href: (r) => paths.character.href(r.a),
    editable: false,
  }),
  about: kind({
    collection: 'about',
    idKey: 'id',
    noun: 'fact about the series',
    describe: 'A fact about the series as a whole',
    name: () => 'About Heartstopper',
    href: () => paths.home.href(),
    editable: false,
  }),
  support: kind({
    collection: 'support',
    idKey: 'id',
    noun: 'support service',
    describe: 'A support service for readers affected by a theme the story deals with',
    name: (s) => s.name,
    editable: false,
  }),
  sources: kind({
    collection: 'sources',
    idKey: 'id',
    noun: 'source',
    describe: 'A source: an article, page or book the wiki cites',
    name: (s) => s.title,
    editable: false,
  }),
} satisfies { [C in Collection]: Kind<C> };

/** Every collection, in the table's order. */
export const COLLECTIONS = Object.keys(KINDS) as Collection[];

/** The kinds whose entities have a contribution page and edit links. */
export type EditableCollection = {
  [C in Collection]: (typeof KINDS)[C]['editable'] extends true ? C : never;
}[Collection];
export const EDITABLE = COLLECTIONS.filter((c) => KINDS[c].editable) as EditableCollection[];

/** The kinds with pages of their own (a `page` in their row): each has a page builder. */
export type PagedCollection = {
  [C in Collection]: (typeof KINDS)[C] extends { page: object } ? C : never;
}[Collection];

/** A kind's row, typed for its entities (the table's rows are checked against Kind<C>). */
export const kindOf = <C extends Collection>(collection: C): Kind<C> =>
  KINDS[collection] as unknown as Kind<C>;

/** An entity's id: its file name. */
export const idOf = (collection: Collection, entity: { slug?: string; id?: string }): string =>
  (KINDS[collection].idKey === 'slug' ? entity.slug : entity.id)!;
