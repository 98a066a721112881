/**
 * Where each page's data lives: `data/<key>.json` below the site's base. One module names them
 * for the compiler that writes the files and the loaders that fetch them.
 */

declare const dataOf: unique symbol;

/**
 * A data file's key that also says what the file holds, so `pageQuery(key)` and
 * `usePageData(keyOf)` give the right type with nothing named by the caller. The typed keys are
 * made in one place, app/page-keys.ts (data/ cannot name the features' types); a plain string is
 * a key to data of unknown type, and a key typed for one page is refused where another is due.
 */
export type DataKey<T> = string & { readonly [dataOf]?: T };

/** Rows a list page shows before the rest is asked for. */
export const LIST_PAGE_SIZE = 48;

export const dataKeys = {
  home: 'pages/home',
  castStart: 'lists/cast-start',
  castAll: 'lists/cast',
  person: (slug: string) => `person/${slug}`,
  charactersStart: 'lists/characters-start',
  charactersAll: 'lists/characters',
  character: (slug: string) => `character/${slug}`,
  volumes: 'pages/volumes',
  volume: (number: number) => `volume/${number}`,
  seasons: 'pages/seasons',
  season: (slug: string) => `season/${slug}`,
  episode: (id: string) => `episode/${id}`,
  places: 'pages/places',
  place: (slug: string) => `place/${slug}`,
  awards: 'pages/awards',
  release: 'pages/release',
  changes: 'pages/changes',
  contribute: 'pages/contribute',
  contributeFile: (kind: string, id: string) => `contribute/${kind}/${id}`,
  searchIndex: 'pages/a-z',
  searchManifest: 'search/manifest',
  /** The search's index files are plain records; every other file carries its own key. */
  isSearch: (key: string) => key.startsWith('search/'),
  searchShard: (name: string) => `search/${name}`,
} as const;
