/**
 * Build time: the page builder of every kind of content that has pages of its own (the `page`
 * rows of src/data/kinds.ts). The compiler iterates the kinds table and calls these; a new kind
 * with pages adds its builder here, and the type checker says so if it does not.
 */
import type { PageData } from '../../src/data/page-data.ts';
import type {
  Collection,
  EditableCollection,
  EntityOf,
  PagedCollection,
} from '../../src/data/kinds.ts';
import type { WikiIndex } from '../../src/data/wiki-index.ts';
import { buildPersonPage } from '../../src/features/cast/person-view.build.ts';
import { buildCharacterPage } from '../../src/features/characters/character-view.build.ts';
import { buildPlacePage } from '../../src/features/places/place-view.build.ts';
import { buildEpisodePage, buildSeasonPage } from '../../src/features/seasons/season-view.build.ts';
import { buildVolumePage } from '../../src/features/volumes/volume-view.build.ts';

type Builder<C extends Collection> = (entity: EntityOf<C>, index: WikiIndex) => PageData<unknown>;

export const PAGE_BUILDERS: { [C in PagedCollection]: Builder<C> } = {
  people: buildPersonPage,
  characters: buildCharacterPage,
  volumes: buildVolumePage,
  seasons: buildSeasonPage,
  episodes: buildEpisodePage,
  places: buildPlacePage,
};

/**
 * A page of its own carries "Suggest an edit" and a contribution page, and the compiler builds
 * pages while it walks the editable kinds: a kind with a `page` but not `editable` is a type
 * error here, not a kind whose pages go missing.
 */
export const PAGED_KINDS_ARE_EDITABLE: PagedCollection extends EditableCollection ? true : never =
  true;
