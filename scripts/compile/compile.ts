/**
 * The content compiler: turns the checked content into what pages read. For each entity page
 * one data file with that entity and the few fields it shows of the entities it links to; for
 * list pages a compact index of rows (and the first page of them on its own); the search index,
 * prebuilt. Pure and deterministic: the same content always gives the same files, byte for
 * byte, so a rebuild without a content change changes no file a browser has cached.
 */
import { paths } from '../../src/config/paths.ts';
import { LIST_PAGE_SIZE, dataKeys } from '../../src/data/data-keys.ts';
import type { ListData } from '../../src/data/page-data.ts';
import { screenSlug } from '../../src/data/story.ts';
import type { Content } from '../../src/data/types.ts';
import { indexContent } from '../../src/data/wiki-index.ts';
import { buildAwardsPage } from '../../src/features/awards/award-view.ts';
import { buildPersonPage, personRows } from '../../src/features/cast/person-view.ts';
import { buildCharacterPage, characterRows } from '../../src/features/characters/character-view.ts';
import { buildHomePage } from '../../src/features/home/status-view.ts';
import { buildPlacePage, buildPlacesPage } from '../../src/features/places/place-view.ts';
import { buildReleasePage } from '../../src/features/release/release-data.ts';
import {
  buildEpisodePage,
  buildSeasonPage,
  buildSeasonsPage,
} from '../../src/features/seasons/season-view.ts';
import { buildVolumePage, buildVolumesPage } from '../../src/features/volumes/volume-view.ts';
import { buildSearchFiles } from './search.ts';

export interface SitePage {
  /** The page's address below the base path, with a trailing slash: "/characters/charlie-spring/". */
  path: string;
  /** The route template it uses, for tests that visit one page per template. */
  template: string;
  /** The day its facts were last checked: the sitemap's lastmod. */
  checked: string;
}

export interface CompiledSite {
  /** Data files by key: `character/charlie-spring` is served as data/character/charlie-spring.json. */
  files: Map<string, unknown>;
  pages: SitePage[];
}

function list<R>(
  meta: ListData<R>['meta'],
  rows: R[],
  checked: string,
  counts?: Record<string, number>,
) {
  const common = { meta, total: rows.length, ...(counts ? { counts } : {}), checked };
  return {
    all: { ...common, rows } satisfies ListData<R>,
    start: { ...common, rows: rows.slice(0, LIST_PAGE_SIZE) } satisfies ListData<R>,
  };
}

export function compileSite(content: Content): CompiledSite {
  const index = indexContent(content);
  const files = new Map<string, unknown>();
  const pages: SitePage[] = [];
  const checked = content.wiki.checked;
  const page = (path: string, template: string, key: string, data: { checked: string }) => {
    pages.push({ path, template, checked: data.checked });
    files.set(key, data);
  };

  page(paths.home.href(), 'home', dataKeys.home, buildHomePage(index));

  const people = personRows(index);
  const actors = people.filter((r) => r.kind === 'cast').length;
  const cast = list(
    {
      title: 'Cast and crew',
      description:
        'Everyone on record in Heartstopper: the actors, season by season, and the people behind the camera, with sources.',
    },
    // Actors first, then the creative team: the page shows them in two sections.
    [...people.filter((r) => r.kind === 'cast'), ...people.filter((r) => r.kind === 'crew')],
    checked,
    { cast: actors, crew: people.length - actors },
  );
  page(paths.cast.href(), 'cast', dataKeys.castStart, cast.start);
  files.set(dataKeys.castAll, cast.all);
  for (const person of content.people)
    page(
      paths.person.href(person.slug),
      'person',
      dataKeys.person(person.slug),
      buildPersonPage(person, index),
    );

  const characters = list(
    {
      title: 'Characters',
      description:
        'Every Heartstopper character on record: who plays them, and where they first appear in the books and on screen.',
    },
    characterRows(index),
    checked,
  );
  page(paths.characters.href(), 'characters', dataKeys.charactersStart, characters.start);
  files.set(dataKeys.charactersAll, characters.all);
  for (const character of content.characters)
    page(
      paths.character.href(character.slug),
      'character',
      dataKeys.character(character.slug),
      buildCharacterPage(character, index),
    );

  page(paths.volumes.href(), 'volumes', dataKeys.volumes, buildVolumesPage(index));
  for (const volume of content.volumes)
    page(
      paths.volume.href(volume.number),
      'volume',
      dataKeys.volume(volume.number),
      buildVolumePage(volume, index),
    );

  page(paths.seasons.href(), 'seasons', dataKeys.seasons, buildSeasonsPage(index));
  for (const season of content.seasons)
    page(
      paths.season.href(season.slug),
      'season',
      dataKeys.season(season.slug),
      buildSeasonPage(season, index),
    );
  for (const episode of content.episodes)
    page(
      paths.episode.href(screenSlug(episode.season), episode.number),
      'episode',
      dataKeys.episode(episode.id),
      buildEpisodePage(episode, index),
    );

  page(paths.places.href(), 'places', dataKeys.places, buildPlacesPage(index));
  for (const place of content.places)
    page(
      paths.place.href(place.slug),
      'place',
      dataKeys.place(place.slug),
      buildPlacePage(place, index),
    );

  page(paths.awards.href(), 'awards', dataKeys.awards, buildAwardsPage(index));
  page(paths.release.href(), 'release', dataKeys.release, buildReleasePage(index));
  pages.push({ path: paths.search.href(), template: 'search', checked });

  for (const [key, value] of buildSearchFiles(index)) files.set(key, value);
  return { files, pages };
}
