/**
 * The content compiler: turns the checked content into what pages read. For each entity page
 * one data file with that entity and the few fields it shows of the entities it links to; for
 * list pages a compact index of rows (and the first page of them on its own); the search index,
 * prebuilt; the contribution pages and recent changes. Pure and deterministic: the same content
 * (and settings) always give the same files, byte for byte, so a rebuild without a content change
 * changes no file a browser has cached.
 */
import { castByProminence, charactersByProminence } from './leads.ts';
import { paths } from '../../src/config/paths.ts';
import { dataKeys, LIST_PAGE_SIZE } from '../../src/data/data-keys.ts';
import {
  EDITABLE,
  idOf,
  kindOf,
  type EditableCollection,
  type NameLookup,
  type PagedCollection,
} from '../../src/data/kinds.ts';
import type { EditTarget, ListData, PageData } from '../../src/data/page-data.ts';
import type { Content } from '../../src/data/types.ts';
import { indexContent } from '../../src/data/wiki-index.ts';
import { buildAwardsPage } from '../../src/features/awards/award-view.build.ts';
import { buildChangesPage } from '../../src/features/changes/changes-view.build.ts';
import {
  buildFilePage,
  type GuideView,
} from '../../src/features/contribute/contribute-view.build.ts';
import type { Block } from '../../src/features/contribute/guide-types.ts';
import { buildHomePage } from '../../src/features/home/status-view.build.ts';
import { buildPlacesPage } from '../../src/features/places/place-view.build.ts';
import { buildReleasePage } from '../../src/features/release/release.build.ts';
import { buildSeasonsPage } from '../../src/features/seasons/season-view.build.ts';
import { buildVolumesPage } from '../../src/features/volumes/volume-view.build.ts';
import { PAGE_BUILDERS } from './builders.ts';
import { fill, type LinkConfig } from './links.ts';
import { trimPageData } from './page-sources.ts';
import { buildSearchFiles } from './search.ts';
import { buildAzPage } from '../../src/features/search/a-z.build.ts';

export interface SitePage {
  /** The page's address below the base path, with a trailing slash: "/characters/charlie-spring/". */
  path: string;
  /** The route template it uses, for tests that visit one page per template. */
  template: string;
  /** The day its facts were last checked: the sitemap's lastmod. */
  checked: string;
  /** The key of its own data file, when it has one (the search page has none). */
  dataKey?: string;
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
  /** The data files of the pages about content files, the one place source remarks show. */
  const fileKeys = new Set<string>();
  const page = (path: string, template: string, key: string, data: { checked: string }) => {
    pages.push({ path, template, checked: data.checked, dataKey: key });
    if (template === 'contribute-file') fileKeys.add(key);
    files.set(key, data);
  };

  /** Where "Suggest an edit" and "Report a mistake" lead for one entity's file. */
  const editTarget = (
    kind: EditableCollection,
    id: string,
    name: string,
    path: string,
  ): EditTarget => {
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
  const names: NameLookup = { character: (slug) => index.character.get(slug)?.name ?? slug };

  /**
   * Every entity of every editable kind: its edit links, its contribution page, and (for kinds
   * with pages of their own) its page. Edit links of entities shown on another page (the
   * predictions, on the release page) are handed to that page's builder.
   */
  const edits = new Map<EditableCollection, Record<string, EditTarget>>();
  for (const collection of EDITABLE) {
    const kind = kindOf(collection);
    const byId: Record<string, EditTarget> = {};
    for (const entity of content[collection]) {
      const id = idOf(collection, entity);
      const name = kind.name(entity as never, names);
      const path = kind.href!(entity as never);
      const edit = editTarget(collection, id, name, path);
      byId[id] = edit;
      if (kind.page) {
        const build = PAGE_BUILDERS[collection as PagedCollection] as (
          e: unknown,
          i: typeof index,
        ) => PageData<unknown>;
        const data: PageData<unknown> = { ...build(entity, index), edit };
        page(path, kind.page.template, kind.page.dataKey(entity as never), data);
      }
      page(
        paths.contributeFile.href(collection, id),
        'contribute-file',
        dataKeys.contributeFile(collection, id),
        buildFilePage(
          { kind: collection, noun: kind.noun, id, name, page: { href: path, title: name } },
          entity,
          edit,
          links.edit !== undefined,
          index,
        ),
      );
    }
    edits.set(collection, byId);
  }

  page(paths.home.href(), 'home', dataKeys.home, buildHomePage(index));

  const people = castByProminence(index);
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

  const characters = list(
    {
      title: 'Characters',
      description:
        'Every Heartstopper character on record: who plays them, and where they first appear in the books and on screen.',
    },
    charactersByProminence(index),
    checked,
  );
  page(paths.characters.href(), 'characters', dataKeys.charactersStart, characters.start);
  files.set(dataKeys.charactersAll, characters.all);

  page(paths.volumes.href(), 'volumes', dataKeys.volumes, buildVolumesPage(index));
  page(paths.seasons.href(), 'seasons', dataKeys.seasons, buildSeasonsPage(index));
  page(paths.places.href(), 'places', dataKeys.places, buildPlacesPage(index));
  page(paths.awards.href(), 'awards', dataKeys.awards, buildAwardsPage(index));
  page(
    paths.release.href(),
    'release',
    dataKeys.release,
    buildReleasePage(index, edits.get('predictions')),
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
      examples: EDITABLE.flatMap((kind) => {
        const first = pages.find((p) => p.path.startsWith(`/contribute/${kind}/`));
        if (!first) return [];
        const id = first.path.split('/')[3]!;
        return [{ kind, id, name: kindOf(kind).noun, href: first.path }];
      }),
    },
    sources: [],
    checked,
  };
  page(paths.contribute.href(), 'contribute', dataKeys.contribute, guide);

  pages.push({ path: paths.search.href(), template: 'search', checked });
  page(paths.searchIndex.href(), 'search-a-z', dataKeys.searchIndex, buildAzPage(index));

  // Every page's file names itself, so the browser can tell it got the file it asked for.
  // Only the pages about content files show editors' remarks on sources (page-sources.ts).
  for (const [key, value] of files) {
    const trimmed = trimPageData(value, fileKeys.has(key));
    files.set(key, { key, ...(trimmed as object) });
  }
  for (const [key, value] of buildSearchFiles(index)) files.set(key, value);
  return { files, pages };
}
