/**
 * Build time: the page builder of every kind of content that has pages of its own (the `page`
 * rows of src/data/kinds.ts). The compiler iterates the kinds table and calls these; a new kind
 * with pages adds its builder here.
 */
import type { PageData } from '../../src/data/page-data.ts';
import type { Collection, EntityOf } from '../../src/data/kinds.ts';
import type { WikiIndex } from '../../src/data/wiki-index.ts';
import { buildPersonPage } from '../../src/features/cast/person-view.build.ts';
import { buildCharacterPage } from '../../src/features/characters/character-view.build.ts';
import { buildPlacePage } from '../../src/features/places/place-view.build.ts';
import { buildEpisodePage, buildSeasonPage } from '../../src/features/seasons/season-view.build.ts';
import { buildVolumePage } from '../../src/features/volumes/volume-view.build.ts';

type Builder<C extends Collection> = (entity: EntityOf<C>, index: WikiIndex) => PageData<unknown>;

export const PAGE_BUILDERS: {
  [C in 'people' | 'characters' | 'volumes' | 'seasons' | 'episodes' | 'places']: Builder<C>;
} = {
  people: buildPersonPage,
  characters: buildCharacterPage,
  volumes: buildVolumePage,
  seasons: buildSeasonPage,
  episodes: buildEpisodePage,
  places: buildPlacePage,
};
