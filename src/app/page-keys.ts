/**
 * Every page's data file, typed with what it holds: `pageKeys.character(slug)` is a
 * `DataKey<CharacterPageData>`, so a route's loader and component get the page's type from the
 * key alone (`usePageData(key)`), and a key for one page cannot be handed where another's is due.
 * The file names come from data/data-keys.ts, which the compiler writes by; the types from the
 * features' views, which the compiler's builders return. Here, in app/, because only app/ may
 * name both.
 */
import type { DataKey } from '../data/data-keys';
import { dataKeys } from '../data/data-keys';
import type { ListData, PageData } from '../data/page-data';
import type { AwardsPageData } from '../features/awards/award-view.build';
import type { PersonPageData, PersonRow } from '../features/cast/person-view.build';
import type { ChangesView } from '../features/changes/changes-view.build';
import type { CharacterPageData, CharacterRow } from '../features/characters/character-view.build';
import type { FilePageData, GuideView } from '../features/contribute/contribute-view.build';
import type { HomePageData } from '../features/home/status-view.build';
import type { PlacePageData, PlacesView } from '../features/places/place-view.build';
import type { ReleasePageData } from '../features/release/release-view';
import type { AzView } from '../features/search/a-z.build';
import type {
  EpisodePageData,
  SeasonPageData,
  SeasonsView,
} from '../features/seasons/season-view.build';
import type { VolumePageData, VolumesView } from '../features/volumes/volume-view.build';

/** What each page's data file holds, by its name in dataKeys. */
interface PageTypes {
  home: HomePageData;
  castStart: ListData<PersonRow>;
  castAll: ListData<PersonRow>;
  person: PersonPageData;
  charactersStart: ListData<CharacterRow>;
  charactersAll: ListData<CharacterRow>;
  character: CharacterPageData;
  volumes: PageData<VolumesView>;
  volume: VolumePageData;
  seasons: PageData<SeasonsView>;
  season: SeasonPageData;
  episode: EpisodePageData;
  places: PageData<PlacesView>;
  place: PlacePageData;
  awards: AwardsPageData;
  release: ReleasePageData;
  changes: PageData<ChangesView>;
  contribute: PageData<GuideView>;
  contributeFile: FilePageData;
  searchIndex: PageData<AzView>;
}

/** A dataKeys entry, typed: a key, or a function of the same arguments giving one. */
type Typed<K extends keyof PageTypes> = (typeof dataKeys)[K] extends (...args: infer A) => string
  ? (...args: A) => DataKey<PageTypes[K]>
  : DataKey<PageTypes[K]>;

/** The same keys as dataKeys (the same object: no code for the browser), typed. */
export const pageKeys = dataKeys as unknown as { readonly [K in keyof PageTypes]: Typed<K> };
