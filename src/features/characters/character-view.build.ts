/**
 * What the character pages show. `buildCharacterPage` and `characterRows` run at build time
 * (the content compiler) over the whole content; the page itself receives only the view.
 */
import type { PageData, Ref } from '../../data/page-data';
import { bestTier } from '../../data/story';
import type { CastCredit, Character, Fact, Relationship, Reveal } from '../../data/types';
import {
  checkedOf,
  ref,
  screenDebutOf,
  sourcesFor,
  type Portrayal,
  type WikiIndex,
} from '../../data/wiki-index';
import { characterGroups, groupsOf, type CharacterGroup } from './character-groups.build';
import { RELATIONSHIP_GROUPS } from './character-sections';
import { clip, listJoin } from '../../lib/text';

export interface RelationshipView {
  other: Ref;
  /** What the other character is to this one: "older sister", "boyfriend". */
  label: string;
  group: Relationship['group'];
  text?: string;
  sources: string[];
  reveal?: Reveal;
}

export interface StoryPoint extends Fact {
  /** The volume the point comes from, when it is a plot point of a volume. */
  volume?: number;
}

export interface EpisodeRef {
  id: string;
  season: number;
  number: number;
  title: string;
}

export interface CharacterView {
  character: Character;
  portrayals: Portrayal[];
  screenDebut?: { screen: number; episode?: number; sources: string[] };
  relationships: RelationshipView[];
  /**
   * Their story in the books: the file's own points, and the volumes' plot points naming them
   * for the volumes their own points leave out (where both exist, the two would tell it twice).
   */
  inBooks: StoryPoint[];
  onScreen: Fact[];
  /** Episodes whose cast on record includes them. */
  episodes: EpisodeRef[];
  /** Their family, school and staff groups, for the navbox (character-groups.build.ts). */
  groups: CharacterGroup[];
}

export type CharacterPageData = PageData<CharacterView>;

export function buildCharacterView(character: Character, index: WikiIndex): CharacterView {
  const { slug } = character;
  const relationships: RelationshipView[] = [];
  for (const r of index.content.relationships) {
    const mine = r.a === slug ? 'a' : r.b === slug ? 'b' : null;
    if (!mine) continue;
    const other = index.character.get(mine === 'a' ? r.b : r.a);
    if (!other) continue;
    relationships.push({
      other: ref(other),
      label: mine === 'a' ? r.bToA : r.aToB,
      group: r.group,
      ...(r.text ? { text: r.text } : {}),
      sources: r.sources,
      ...(r.reveal ? { reveal: r.reveal } : {}),
    });
  }
  const groupOrder = RELATIONSHIP_GROUPS.map((g) => g.group);
  relationships.sort(
    (x, y) =>
      groupOrder.indexOf(x.group) - groupOrder.indexOf(y.group) ||
      x.other.name.localeCompare(y.other.name, 'en'),
  );

  const told = new Set((character.inBooks ?? []).map((f) => f.reveal?.volume));
  const plot: StoryPoint[] = [...index.content.volumes]
    .sort((a, b) => a.number - b.number)
    .filter((v) => !told.has(v.number))
    .flatMap((v) =>
      v.plot
        .filter((p) => p.characters.includes(slug))
        .map((p) => ({ text: p.text, sources: p.sources, reveal: p.reveal, volume: v.number })),
    );
  const own = (character.inBooks ?? []).map((f) => ({ ...f, volume: f.reveal?.volume }));
  const inBooks = [...own, ...plot].sort((a, b) => (a.volume ?? 0) - (b.volume ?? 0));
  const onScreen = [...(character.onScreen ?? [])].sort(
    (a, b) =>
      (a.reveal?.screen ?? 0) - (b.reveal?.screen ?? 0) ||
      (a.reveal?.episode ?? 99) - (b.reveal?.episode ?? 99),
  );
  const episodes = index.content.episodes
    .filter((e) => e.characters?.list.includes(slug))
    .sort((a, b) => a.season - b.season || a.number - b.number)
    .map((e) => ({ id: e.id, season: e.season, number: e.number, title: e.title }));

  const debut = screenDebutOf(character, index);
  return {
    character,
    portrayals: index.portrayals.get(slug) ?? [],
    ...(debut ? { screenDebut: debut } : {}),
    relationships,
    inBooks,
    onScreen,
    episodes,
    groups: groupsOf(slug, characterGroups(index)),
  };
}

export function buildCharacterPage(character: Character, index: WikiIndex): CharacterPageData {
  const view = buildCharacterView(character, index);
  const actors = view.portrayals.map((p) => p.person.name);
  // A summary that gives the story away stays out of link previews.
  const who = character.summary.reveal ? '' : ` ${character.summary.text}`;
  const tail = ' Biography, first appearances, relationships and story, with sources.';
  return {
    meta: {
      title: character.name,
      description: clip(
        `${character.name}${actors.length ? `, played by ${listJoin(actors)}` : ''}.${who}${tail}`,
      ),
      type: 'profile',
    },
    view,
    sources: sourcesFor(view, index),
    checked: checkedOf(index, character),
  };
}

export interface CharacterRow {
  slug: string;
  name: string;
  actors: Ref[];
  firstScreen?: number;
  firstVolume?: number;
  tier?: CastCredit['tier'];
  screens: number[];
  aliases: string[];
  /** The summary, when it gives nothing away (lists show it to everyone). */
  line?: string;
  bookOnly?: true;
  /** The row's place when the leads come first: 0 for the most prominent. */
  prominence: number;
}

/** One row per character for the list page, A–Z; the build puts the leads first (leads.ts). */
export function characterRows(index: WikiIndex): Omit<CharacterRow, 'prominence'>[] {
  const characters = [...index.content.characters].sort((a, b) =>
    a.name.localeCompare(b.name, 'en'),
  );
  return characters.map((character) => {
    const portrayals = index.portrayals.get(character.slug) ?? [];
    const credits = portrayals.flatMap((p) => p.credits);
    const screens = [...new Set(credits.map((c) => c.screen))].sort((a, b) => a - b);
    const tier = bestTier(credits.map((c) => c.tier));
    const debut = screenDebutOf(character, index);
    return {
      slug: character.slug,
      name: character.name,
      actors: portrayals.map((p) => p.person),
      ...(debut ? { firstScreen: debut.screen } : {}),
      ...(character.bookDebut ? { firstVolume: character.bookDebut.volume } : {}),
      ...(tier ? { tier } : {}),
      screens,
      aliases: character.searchAliases,
      ...(character.summary.reveal ? {} : { line: character.summary.text }),
      ...(character.bookOnly ? { bookOnly: true as const } : {}),
    };
  });
}
