/** Everything the character page shows, gathered from the data files in reading order. */
import type {
  Books,
  CastCredit,
  Character,
  Fact,
  Person,
  Relationship,
  Reveal,
} from '../../data/types';
import { portrayalsOf, screenDebut, type Portrayal } from '../../data/derive';

export interface RelationshipView {
  other: Character;
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

export interface CharacterView {
  character: Character;
  portrayals: Portrayal[];
  screenDebut?: { screen: number; sources: string[] };
  relationships: RelationshipView[];
  story: StoryPoint[];
}

export interface CharacterData {
  characters: readonly Character[];
  people: readonly Person[];
  relationships: readonly Relationship[];
  books: Books;
}

export const RELATIONSHIP_GROUPS: { group: Relationship['group']; title: string }[] = [
  { group: 'family', title: 'Family' },
  { group: 'romance', title: 'Partners and romance' },
  { group: 'friendship', title: 'Friends' },
  { group: 'conflict', title: 'Rivals and conflict' },
];

export function buildCharacterView(slug: string, data: CharacterData): CharacterView | undefined {
  const character = data.characters.find((c) => c.slug === slug);
  if (!character) return undefined;
  const bySlug = new Map(data.characters.map((c) => [c.slug, c]));

  const relationships: RelationshipView[] = [];
  for (const r of data.relationships) {
    const mine = r.a === slug ? 'a' : r.b === slug ? 'b' : null;
    if (!mine) continue;
    const other = bySlug.get(mine === 'a' ? r.b : r.a);
    if (!other) continue;
    relationships.push({
      other,
      label: mine === 'a' ? r.bToA : r.aToB,
      group: r.group,
      ...(r.text ? { text: r.text } : {}),
      sources: r.sources,
      ...(r.reveal ? { reveal: r.reveal } : {}),
    });
  }
  const groupOrder = RELATIONSHIP_GROUPS.map((g) => g.group);
  relationships.sort((x, y) => groupOrder.indexOf(x.group) - groupOrder.indexOf(y.group));

  const plot: StoryPoint[] = data.books.volumes.flatMap((v) =>
    v.plot
      .filter((p) => p.characters.includes(slug))
      .map((p) => ({ text: p.text, sources: p.sources, reveal: p.reveal, volume: v.number })),
  );

  const debut = screenDebut(slug, data.people);
  return {
    character,
    portrayals: portrayalsOf(slug, data.people),
    ...(debut ? { screenDebut: debut } : {}),
    relationships,
    story: [...character.facts, ...plot],
  };
}

/** Source id lists in the order the page shows them, for numbering citations. */
export function characterCitationOrder(view: CharacterView): string[][] {
  return [
    view.character.summary.sources,
    ...view.portrayals.flatMap((p) => p.credits.map((c) => c.sources)),
    view.character.bookDebut?.sources ?? [],
    view.screenDebut?.sources ?? [],
    ...view.relationships.map((r) => r.sources),
    ...view.story.map((s) => s.sources),
  ];
}

export interface CharacterRow {
  slug: string;
  name: string;
  actors: { slug: string; name: string }[];
  firstScreen?: number;
  firstVolume?: number;
  tier?: CastCredit['tier'];
  screens: number[];
  aliases: string[];
  summary: Fact;
}

const TIER_RANK = { main: 0, recurring: 1, guest: 2 } as const;

/** One row per character for the list page. */
export function characterRows(
  characters: readonly Character[],
  people: readonly Person[],
): CharacterRow[] {
  return characters.map((character) => {
    const portrayals = portrayalsOf(character.slug, people);
    const credits = portrayals.flatMap((p) => p.credits);
    const screens = [...new Set(credits.map((c) => c.screen))].sort((a, b) => a - b);
    const tiers = credits.map((c) => c.tier).filter((t) => t !== null);
    const tier = tiers.sort((a, b) => TIER_RANK[a] - TIER_RANK[b])[0];
    return {
      slug: character.slug,
      name: character.name,
      actors: portrayals.map((p) => ({ slug: p.person.slug, name: p.person.name })),
      ...(screens[0] !== undefined ? { firstScreen: screens[0] } : {}),
      ...(character.bookDebut ? { firstVolume: character.bookDebut.volume } : {}),
      ...(tier ? { tier } : {}),
      screens,
      aliases: character.searchAliases,
      summary: character.summary,
    };
  });
}
