/**
 * The content compiler: turns the checked content into what pages read. For each entity page
 * one data file with that entity and the few fields it shows of the entities it links to; for
 * list pages a compact index of rows (and the first page of them on its own); the search index,
 * prebuilt; the contribution pages and recent changes. Pure and deterministic: the same content
 * (and settings) always give the same files, byte for byte, so a rebuild without a content change
 * changes no file a browser has cached.
 */
import { paths } from '../../src/config/paths.ts';
import { dataKeys, LIST_PAGE_SIZE } from '../../src/data/data-keys.ts';
import type { EditTarget, ListData, PageData } from '../../src/data/page-data.ts';
import { screenSlug } from '../../src/data/story.ts';
import type { Content } from '../../src/data/types.ts';
import { indexContent } from '../../src/data/wiki-index.ts';
import { buildAwardsPage } from '../../src/features/awards/award-view.ts';
import { buildPersonPage, personRows } from '../../src/features/cast/person-view.ts';
import { buildChangesPage } from '../../src/features/changes/changes-view.ts';
import { buildCharacterPage, characterRows } from '../../src/features/characters/character-view.ts';
import {
  buildFilePage,
  CONTRIBUTE_KINDS,
  type ContributeKind,
  type GuideView,
} from '../../src/features/contribute/contribute-view.ts';
import type { Block } from '../../src/features/contribute/guide-types.ts';
import { buildHomePage } from '../../src/features/home/status-view.ts';
import { buildPlacePage, buildPlacesPage } from '../../src/features/places/place-view.ts';
import { buildReleasePage } from '../../src/features/release/release-data.ts';
import {
  buildEpisodePage,
  buildSeasonPage,
  buildSeasonsPage,
} from '../../src/features/seasons/season-view.ts';
import { buildVolumePage, buildVolumesPage } from '../../src/features/volumes/volume-view.ts';
import { fill, type LinkConfig } from './links.ts';
import { buildSearchFiles } from './search.ts';
import { buildAzPage } from '../../src/features/search/a-z.ts';

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

export interface CompileOptions {
  /** Where "Suggest an edit" and "Report a mistake" lead (links.ts); none: the wiki's own pages. */
  links?: LinkConfig;
  /** The public address of the site's root, for the page address a mistake report names. */
  siteRoot?: string;
  /** The contributor guide, as blocks (CONTRIBUTING.md). */
  guide?: Block[];
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

export function compileSite(content: Content, options: CompileOptions = {}): CompiledSite {
  const { links = {}, siteRoot = 'http://localhost:4173/' } = options;
  const index = indexContent(content);
  const files = new Map<string, unknown>();
  const pages: SitePage[] = [];
  const checked = content.wiki.checked;
  const page = (path: string, template: string, key: string, data: { checked: string }) => {
    pages.push({ path, template, checked: data.checked });
    files.set(key, data);
  };

  /** Where "Suggest an edit" and "Report a mistake" lead for one entity's file. */
  const editTarget = (kind: ContributeKind, id: string, name: string, path: string): EditTarget => {
    const file = `src/content/${kind}/${id}.json`;
    const onSite = paths.contributeFile.href(kind, id);
    const body = `Page: ${siteRoot}${path.slice(1)}\nEntity: ${kind}/${id}\nFile: ${file}\n\nWhat is wrong, and a source that says what is right:\n`;
    return {
      file,
      kind,
      id,
      editHref: links.edit ? fill(links.edit, { path: file }) : onSite,
      reportHref: links.report
        ? fill(links.report, { title: `Mistake on ${name}`, body })
        : `${onSite}#report`,
    };
  };
  /** An entity's page, with its edit links, and the contribution page about its file. */
  const entityPage = <D extends PageData<unknown>>(
    kind: ContributeKind,
    entity: { id?: string; slug?: string; checked?: string },
    name: string,
    path: string,
    template: string,
    key: string,
    data: D,
  ) => {
    const id = (entity.slug ?? entity.id)!;
    const edit = editTarget(kind, id, name, path);
    if (template) page(path, template, key, { ...data, edit });
    page(
      paths.contributeFile.href(kind, id),
      'contribute-file',
      dataKeys.contributeFile(kind, id),
      buildFilePage(
        { kind, id, name, page: { href: path, title: name } },
        entity,
        edit,
        links.edit !== undefined,
        index,
      ),
    );
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
    entityPage(
      'people',
      person,
      person.name,
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
    entityPage(
      'characters',
      character,
      character.name,
      paths.character.href(character.slug),
      'character',
      dataKeys.character(character.slug),
      buildCharacterPage(character, index),
    );

  page(paths.volumes.href(), 'volumes', dataKeys.volumes, buildVolumesPage(index));
  for (const volume of content.volumes)
    entityPage(
      'volumes',
      volume,
      `Volume ${volume.number}`,
      paths.volume.href(volume.number),
      'volume',
      dataKeys.volume(volume.number),
      buildVolumePage(volume, index),
    );

  page(paths.seasons.href(), 'seasons', dataKeys.seasons, buildSeasonsPage(index));
  for (const season of content.seasons)
    entityPage(
      'seasons',
      season,
      season.title,
      paths.season.href(season.slug),
      'season',
      dataKeys.season(season.slug),
      buildSeasonPage(season, index),
    );
  for (const episode of content.episodes)
    entityPage(
      'episodes',
      episode,
      episode.title,
      paths.episode.href(screenSlug(episode.season), episode.number),
      'episode',
      dataKeys.episode(episode.id),
      buildEpisodePage(episode, index),
    );

  page(paths.places.href(), 'places', dataKeys.places, buildPlacesPage(index));
  for (const place of content.places)
    entityPage(
      'places',
      place,
      place.name,
      paths.place.href(place.slug),
      'place',
      dataKeys.place(place.slug),
      buildPlacePage(place, index),
    );

  page(paths.awards.href(), 'awards', dataKeys.awards, buildAwardsPage(index));

  const release = buildReleasePage(index);
  page(paths.release.href(), 'release', dataKeys.release, release);
  // Predictions live on the release page; each has its own contribution page and links, named
  // by what it said (topics repeat: three are "A season 2 storyline").
  const said = (p: { statement: string }) => `“${p.statement.replace(/\.$/, '')}”`;
  for (const prediction of content.predictions) {
    const path = `${paths.release.href()}#prediction-${prediction.id}`;
    entityPage('predictions', prediction, said(prediction), path, '', '', release);
  }
  release.view.edits = Object.fromEntries(
    content.predictions.map((p) => [
      p.id,
      editTarget('predictions', p.id, said(p), `${paths.release.href()}#prediction-${p.id}`),
    ]),
  );

  page(paths.changes.href(), 'changes', dataKeys.changes, buildChangesPage(index));
  const guide: PageData<GuideView> = {
    meta: {
      title: 'How to contribute',
      description:
        'How to fix or add a fact on the Heartstopper Fan Wiki: find a source, write it in your own words, tag spoilers, run the checks, open a pull request.',
    },
    view: {
      blocks: options.guide ?? [],
      ...(links.guide ? { guideHref: links.guide } : {}),
      examples: (Object.keys(CONTRIBUTE_KINDS) as ContributeKind[]).flatMap((kind) => {
        const first = pages.find((p) => p.path.startsWith(`/contribute/${kind}/`));
        if (!first) return [];
        const id = first.path.split('/')[3]!;
        return [{ kind, id, name: CONTRIBUTE_KINDS[kind], href: first.path }];
      }),
    },
    sources: [],
    checked,
  };
  page(paths.contribute.href(), 'contribute', dataKeys.contribute, guide);

  pages.push({ path: paths.search.href(), template: 'search', checked });
  page(paths.searchIndex.href(), 'search-a-z', dataKeys.searchIndex, buildAzPage(index));

  for (const [key, value] of buildSearchFiles(index)) files.set(key, value);
  return { files, pages };
}
