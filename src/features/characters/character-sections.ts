/**
 * What the character page and its infobox work out from the view in the browser: the
 * relationship groups in page order, the screens and volumes a character is in, and the page's
 * sections for "On this page". The build (character-view.build.ts) sorts relationships by the
 * same groups.
 */
import type { ContentsItem } from '../../components/entity-aids';
import type { Relationship } from '../../data/types';
import type { CharacterView } from './character-view.build';

export const RELATIONSHIP_GROUPS: { group: Relationship['group']; title: string }[] = [
  { group: 'family', title: 'Family' },
  { group: 'romance', title: 'Partners and romance' },
  { group: 'friendship', title: 'Friends' },
  { group: 'conflict', title: 'Rivals and conflict' },
];

/** The seasons (and film) a character is on screen in, from the cast credits, in order. */
export function infoboxScreens(view: CharacterView): number[] {
  const screens = new Set(view.portrayals.flatMap((p) => p.credits.map((c) => c.screen)));
  return [...screens].sort((a, b) => a - b);
}

/** The volumes a character is in: their first, and every volume whose story names them. */
export function infoboxVolumes(view: CharacterView): number[] {
  const volumes = new Set<number>();
  if (view.character.bookDebut) volumes.add(view.character.bookDebut.volume);
  for (const point of view.inBooks) if (point.volume !== undefined) volumes.add(point.volume);
  return [...volumes].sort((a, b) => a - b);
}

/** The sections a character page shows, for its "On this page". */
export function characterContents(view: CharacterView): ContentsItem[] {
  const { character } = view;
  return [
    ...(character.bio?.length ? [{ id: 'about', title: `About ${character.name}` }] : []),
    ...(view.inBooks.length ? [{ id: 'in-books', title: 'In the books' }] : []),
    ...(view.onScreen.length ? [{ id: 'on-screen', title: 'On screen' }] : []),
    ...(view.episodes.length ? [{ id: 'episodes', title: 'Episodes on record' }] : []),
    ...(view.relationships.length ? [{ id: 'relationships', title: 'Relationships' }] : []),
    ...(view.groups.length ? [{ id: 'related-characters', title: 'Related characters' }] : []),
    { id: 'sources-heading', title: 'Sources' },
  ];
}
