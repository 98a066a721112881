/**
 * Structured data for search engines: one JSON-LD graph per prerendered page, built from the
 * page's own compiled data (decision record 034). Every page has its WebPage (or CollectionPage,
 * SearchResultsPage) and a BreadcrumbList; the home page the WebSite with its SearchAction; entity
 * pages the entity: TVSeries, TVSeason (Movie for the film), TVEpisode, Person, Book and
 * BookSeries, Place; list pages an ItemList of what they list. Characters are fictional, and
 * schema.org has no type for them: a character page is a WebPage `about` a Thing.
 *
 * Spoiler-safe by construction: it reads names, numbers, dates, credits and the page's meta
 * description (which the page builders keep spoiler-free), and nothing that carries a `reveal`
 * tag. A search alias is not an alternate name (aliases include misspellings), so none goes in.
 * Pure: the same page gives the same graph.
 */
import { paths } from '../../src/config/paths.ts';
import type { ListData, PageData, Ref } from '../../src/data/page-data.ts';
import type { AwardsView } from '../../src/features/awards/award-view.build.ts';
import type { PersonPageData, PersonRow } from '../../src/features/cast/person-view.build.ts';
import type {
  CharacterPageData,
  CharacterRow,
} from '../../src/features/characters/character-view.build.ts';
import type { FilePageData } from '../../src/features/contribute/contribute-view.build.ts';
import type { PlacePageData, PlacesView } from '../../src/features/places/place-view.build.ts';
import type {
  EpisodePageData,
  SeasonPageData,
  SeasonsView,
} from '../../src/features/seasons/season-view.build.ts';
import type { VolumePageData, VolumesView } from '../../src/features/volumes/volume-view.build.ts';
import { aboutSpoilerFile, spoilerFreeMeta, type BuiltPage } from './built-page.ts';
import { volumeTitle } from '../../src/data/story.ts';

/** How the graph names the site and reaches its pages. */
export interface LdSite {
  name: string;
  /** Absolute address of a path below the base: "/cast/" → "https://fans.example/cast/". */
  url: (path: string) => string;
}

/** The page's preview card, for primaryImageOfPage. */
export interface LdImage {
  url: string;
  width: number;
  height: number;
}

type Node = Record<string, unknown>;

/**
 * What the wiki is about, and who wrote the books: the content says so in prose, not as fields.
 * Her page's address is checked by the build-output test, which follows every address here.
 */
const SERIES = 'Heartstopper';
const author = (site: LdSite): Node => ({
  '@type': 'Person',
  name: 'Alice Oseman',
  url: site.url(paths.person.href('alice-oseman')),
});

/** Where each section's list lives, and its name in a breadcrumb (the list page's own title). */
export const SECTIONS: Record<string, { path: string; name: string }> = {
  cast: { path: paths.cast.href(), name: 'Cast and crew' },
  characters: { path: paths.characters.href(), name: 'Characters' },
  volumes: { path: paths.volumes.href(), name: 'Volumes' },
  seasons: { path: paths.seasons.href(), name: 'Seasons and film' },
  places: { path: paths.places.href(), name: 'Places' },
  awards: { path: paths.awards.href(), name: 'Awards' },
  release: { path: paths.release.href(), name: 'Release: the guesses and what happened' },
  search: { path: paths.search.href(), name: 'Search' },
  changes: { path: paths.changes.href(), name: 'Recent changes' },
  contribute: { path: paths.contribute.href(), name: 'How to contribute' },
};

/** The templates that list things, and the page type they get. */
const LIST_TEMPLATES = new Set([
  'cast',
  'characters',
  'volumes',
  'seasons',
  'places',
  'awards',
  'search-a-z',
]);

/** Builds the graph for one page. */
export function structuredData(built: BuiltPage, site: LdSite, image?: LdImage): Node {
  const page = { ...built, meta: spoilerFreeMeta(built) };
  const ids = idsFor(page, site);
  const { entity, about = [], list } = describe(page, site, ids);
  const webPage: Node = {
    '@type': pageType(page.template),
    '@id': ids.page,
    url: ids.url,
    name: page.meta.title,
    description: page.meta.description,
    inLanguage: 'en-GB',
    isPartOf: { '@id': ids.website },
    breadcrumb: { '@id': ids.breadcrumb },
    ...(checkedOf(page.data) ? { dateModified: checkedOf(page.data) } : {}),
    ...(image
      ? {
          primaryImageOfPage: {
            '@type': 'ImageObject',
            url: image.url,
            width: image.width,
            height: image.height,
          },
        }
      : {}),
    ...(entity ? { mainEntity: { '@id': entity['@id'] } } : {}),
    ...(about.length ? { about } : {}),
  };
  const graph: Node[] = [
    ...(page.template === 'home' ? [website(site, ids)] : []),
    webPage,
    breadcrumbList(page, site, ids),
    ...(entity ? [entity] : []),
    ...(list ? [list] : []),
  ];
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * The graph as a `<script type="application/ld+json">` element. A data block is never run, so
 * the CSP (which allows scripts by hash) does not apply to it; `<` is escaped as \u003c, which
 * JSON reads as the same character, so no text in the data can close the element or open a
 * comment.
 */
export function jsonLdScript(data: Node): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}

interface Ids {
  url: string;
  page: string;
  breadcrumb: string;
  website: string;
  tvSeries: string;
  bookSeries: string;
}

function idsFor(page: BuiltPage, site: LdSite): Ids {
  const url = site.url(page.path);
  return {
    url,
    page: `${url}#page`,
    breadcrumb: `${url}#breadcrumb`,
    website: `${site.url('/')}#website`,
    tvSeries: `${site.url(paths.seasons.href())}#series`,
    bookSeries: `${site.url(paths.volumes.href())}#series`,
  };
}

function pageType(template: string): string {
  if (template === 'search') return 'SearchResultsPage';
  if (LIST_TEMPLATES.has(template)) return 'CollectionPage';
  return 'WebPage';
}

const checkedOf = (data: unknown) =>
  typeof data === 'object' && data !== null && 'checked' in data
    ? (data as { checked: string }).checked
    : undefined;

/** Google reads the sitelinks search box and the site's name from the home page alone. */
function website(site: LdSite, ids: Ids): Node {
  return {
    '@type': 'WebSite',
    '@id': ids.website,
    url: site.url('/'),
    name: site.name,
    inLanguage: 'en-GB',
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: site.url(paths.search.href('q={search_term_string}')),
      },
      'query-input': 'required name=search_term_string',
    },
  };
}

function breadcrumbList(page: BuiltPage, site: LdSite, ids: Ids): Node {
  const trail: { name: string; path: string }[] = [{ name: site.name, path: '/' }];
  const section = SECTIONS[page.path.split('/')[1] ?? ''];
  if (section) trail.push({ name: section.name, path: section.path });
  if (page.template === 'episode') {
    const { season } = (page.data as EpisodePageData).view;
    trail.push({ name: season.title, path: paths.season.href(season.slug) });
  }
  if (trail[trail.length - 1]!.path !== page.path)
    trail.push({ name: page.meta.title, path: page.path });
  return {
    '@type': 'BreadcrumbList',
    '@id': ids.breadcrumb,
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: site.url(crumb.path),
    })),
  };
}

/** An ItemList of links, in the order the page shows them. */
function itemList(ids: Ids, name: string, items: { name: string; path: string }[], site: LdSite) {
  return {
    '@type': 'ItemList',
    '@id': `${ids.url}#list`,
    name,
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      url: site.url(item.path),
    })),
  };
}

const personNode = (ref: Ref, site: LdSite): Node => ({
  '@type': 'Person',
  name: ref.name,
  url: site.url(paths.person.href(ref.slug)),
});

const seriesRef = (ids: Ids): Node => ({ '@type': 'TVSeries', '@id': ids.tvSeries, name: SERIES });

/** A day, month or year on record, never a date still expected. */
const released = (event: { date: string; expected?: boolean } | undefined) =>
  event && !event.expected ? event.date : undefined;

interface Description {
  /** The page's main entity. */
  entity?: Node;
  /** Other things the page is about, by reference or in brief. */
  about?: Node[];
  list?: Node;
}

function describe(page: BuiltPage, site: LdSite, ids: Ids): Description {
  const url = ids.url;
  const summary = page.meta.description;
  switch (page.template) {
    case 'home':
      return { about: [seriesRef(ids)] };
    case 'person': {
      const { view } = page.data as PersonPageData;
      const jobs = view.jobs.map((j) => j.job);
      const characters = view.roles.flatMap((r) => (r.character ? [r.character.name] : []));
      return {
        entity: {
          '@type': 'Person',
          '@id': `${url}#person`,
          name: view.person.name,
          url,
          description: summary,
          ...(jobs.length ? { jobTitle: jobs } : {}),
        },
        // Who they play, as schema.org says it: a role in the series, with the character's name.
        ...(characters.length
          ? {
              about: [
                {
                  ...seriesRef(ids),
                  actor: {
                    '@type': 'PerformanceRole',
                    actor: { '@id': `${url}#person` },
                    characterName: characters,
                  },
                },
              ],
            }
          : {}),
      };
    }
    case 'character': {
      const { view } = page.data as CharacterPageData;
      const c = view.character;
      return {
        about: [
          {
            '@type': 'Thing',
            '@id': `${url}#character`,
            name: c.name,
            url,
            description: summary,
            subjectOf: [
              { '@id': ids.bookSeries },
              ...(c.bookOnly ? [] : [{ '@id': ids.tvSeries }]),
            ],
          },
          // The people who play them.
          ...view.portrayals.map((p) => personNode(p.person, site)),
        ],
      };
    }
    case 'volume': {
      const { view } = page.data as VolumePageData;
      const v = view.volume;
      const first = [...v.published].sort((a, b) => a.date.localeCompare(b.date))[0];
      return {
        entity: {
          '@type': 'Book',
          '@id': `${url}#book`,
          name: `${SERIES}: ${volumeTitle(v.number)}`,
          url,
          description: summary,
          author: author(site),
          bookFormat: 'https://schema.org/GraphicNovel',
          inLanguage: 'en',
          position: v.number,
          isPartOf: { '@type': 'BookSeries', '@id': ids.bookSeries, name: SERIES },
          ...(first ? { datePublished: first.date } : {}),
          ...(first?.publisher
            ? { publisher: { '@type': 'Organization', name: first.publisher } }
            : {}),
        },
      };
    }
    case 'season': {
      const { view } = page.data as SeasonPageData;
      const s = view.screen;
      const common = {
        '@id': `${url}#season`,
        name: s.kind === 'film' ? s.title : `${SERIES} ${s.title}`,
        url,
        description: summary,
        ...(released(view.release) ? { datePublished: released(view.release) } : {}),
        ...(view.directors.length
          ? { director: view.directors.map((d) => personNode(d.person, site)) }
          : {}),
        ...(view.cast.length
          ? {
              actor: uniquePeople(
                view.cast.map((c) => c.person),
                site,
              ),
            }
          : {}),
        isBasedOn: view.adapts.map((a) =>
          a.volume !== undefined
            ? {
                '@type': 'Book',
                name: `${SERIES}: ${volumeTitle(a.volume)}`,
                url: site.url(paths.volume.href(a.volume)),
              }
            : {
                '@type': 'Book',
                name: a.book!.title,
                url: site.url(paths.book.href(a.book!.slug)),
              },
        ),
      };
      if (s.kind === 'film')
        return { entity: { '@type': 'Movie', ...common, isPartOf: seriesRef(ids) } };
      return {
        entity: {
          '@type': 'TVSeason',
          ...common,
          seasonNumber: s.number,
          partOfSeries: seriesRef(ids),
          ...(s.episodes ? { numberOfEpisodes: s.episodes.count } : {}),
          episode: view.episodes.map((e) => ({
            '@type': 'TVEpisode',
            name: e.title,
            episodeNumber: e.number,
            url: site.url(paths.episode.href(s.slug, e.number)),
          })),
        },
      };
    }
    case 'episode': {
      const { view } = page.data as EpisodePageData;
      const e = view.episode;
      const seasonUrl = site.url(paths.season.href(view.season.slug));
      return {
        entity: {
          '@type': 'TVEpisode',
          '@id': `${url}#episode`,
          name: e.title,
          url,
          description: summary,
          episodeNumber: e.number,
          partOfSeason: {
            '@type': 'TVSeason',
            '@id': `${seasonUrl}#season`,
            name: `${SERIES} ${view.season.title}`,
            seasonNumber: view.season.number,
            url: seasonUrl,
          },
          partOfSeries: seriesRef(ids),
          ...(released(view.release) ? { datePublished: released(view.release) } : {}),
          ...(view.directors.length
            ? { director: view.directors.map((d) => personNode(d, site)) }
            : {}),
          ...(view.writers.length ? { author: view.writers.map((w) => personNode(w, site)) } : {}),
          ...(e.runtime ? { timeRequired: `PT${e.runtime.minutes}M` } : {}),
        },
      };
    }
    case 'place': {
      const { view } = page.data as PlacePageData;
      const p = view.place;
      return {
        entity: {
          '@type': 'Place',
          '@id': `${url}#place`,
          name: p.name,
          url,
          description: summary,
        },
      };
    }
    case 'contribute-file': {
      // The page the file is shown on, by name unless the name quotes a spoiler.
      const { view } = page.data as FilePageData;
      const name = aboutSpoilerFile(page) ? {} : { name: view.page.title };
      return { about: [{ '@type': 'WebPage', ...name, url: site.url(view.page.href) }] };
    }
    case 'release':
    case 'changes':
      return { about: [seriesRef(ids)] };
    case 'cast': {
      const { rows } = page.data as ListData<PersonRow>;
      const items = rows.map((r) => ({ name: r.name, path: paths.person.href(r.slug) }));
      return { list: itemList(ids, page.meta.title, items, site) };
    }
    case 'characters': {
      const { rows } = page.data as ListData<CharacterRow>;
      const items = rows.map((r) => ({ name: r.name, path: paths.character.href(r.slug) }));
      return { list: itemList(ids, page.meta.title, items, site) };
    }
    case 'volumes': {
      const { view } = page.data as PageData<VolumesView>;
      const volumes = view.volumes.map((v) => ({
        '@type': 'Book',
        name: `${SERIES}: ${volumeTitle(v.number)}`,
        url: site.url(paths.volume.href(v.number)),
        position: v.number,
        datePublished: v.firstPublished,
      }));
      return {
        entity: {
          '@type': 'BookSeries',
          '@id': ids.bookSeries,
          name: SERIES,
          url,
          author: author(site),
          hasPart: volumes,
        },
        list: itemList(
          ids,
          page.meta.title,
          [
            ...view.volumes.map((v) => ({
              name: volumeTitle(v.number),
              path: paths.volume.href(v.number),
            })),
            ...view.books.map((b) => ({ name: b.title, path: paths.book.href(b.slug) })),
          ],
          site,
        ),
      };
    }
    case 'seasons': {
      const { view } = page.data as PageData<SeasonsView>;
      const seasons = view.seasons.filter((s) => s.kind === 'season');
      return {
        entity: {
          '@type': 'TVSeries',
          '@id': ids.tvSeries,
          name: SERIES,
          url,
          description: summary,
          inLanguage: 'en',
          numberOfSeasons: seasons.length,
          containsSeason: seasons.map((s) => ({
            '@type': 'TVSeason',
            name: `${SERIES} ${s.title}`,
            seasonNumber: s.number,
            url: site.url(paths.season.href(s.slug)),
            ...(s.episodes ? { numberOfEpisodes: s.episodes } : {}),
            ...(released(s.release) ? { datePublished: released(s.release) } : {}),
          })),
        },
        list: itemList(
          ids,
          page.meta.title,
          view.seasons.map((s) => ({ name: s.title, path: paths.season.href(s.slug) })),
          site,
        ),
      };
    }
    case 'places': {
      const { view } = page.data as PageData<PlacesView>;
      const items = view.places.map((p) => ({ name: p.name, path: paths.place.href(p.slug) }));
      return { list: itemList(ids, page.meta.title, items, site) };
    }
    case 'awards': {
      const { view } = page.data as PageData<AwardsView>;
      const items = view.awards.map((a) => ({
        name: `${a.ceremony} ${a.year}: ${a.category} (${a.result})`,
        path: paths.award.href(a.id),
      }));
      return { about: [seriesRef(ids)], list: itemList(ids, page.meta.title, items, site) };
    }
    default:
      return {};
  }
}

/** Each person once, in the order given. */
function uniquePeople(people: Ref[], site: LdSite): Node[] {
  const seen = new Set<string>();
  return people.flatMap((p) => {
    if (seen.has(p.slug)) return [];
    seen.add(p.slug);
    return [personNode(p, site)];
  });
}
