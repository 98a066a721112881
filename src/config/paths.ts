/**
 * Every route pattern and the one way to build a link to it. Links elsewhere call these
 * instead of assembling strings, so a URL change happens here only.
 *
 * Addresses end in a slash ("/cast/", "/characters/charlie-spring/"): each page is a folder
 * with an index.html, and that is the form every static host serves without a redirect.
 * Hrefs are relative to the router's basename (the site may live under a sub-path).
 */

const withQuery = (path: string, query?: string) => (query ? `${path}?${query}` : path);

/** A thing shown inside a list page and linked by fragment: its element's id, and a link to it. */
const anchored = (list: string, prefix: string) => ({
  id: (key: string) => `${prefix}-${key}`,
  href: (key: string) => `${list}#${prefix}-${key}`,
});

export const paths = {
  home: { pattern: '/', href: () => '/' },
  cast: { pattern: '/cast', href: (query?: string) => withQuery('/cast/', query) },
  person: { pattern: '/cast/:slug', href: (slug: string) => `/cast/${slug}/` },
  characters: {
    pattern: '/characters',
    href: (query?: string) => withQuery('/characters/', query),
  },
  character: { pattern: '/characters/:slug', href: (slug: string) => `/characters/${slug}/` },
  volumes: { pattern: '/volumes', href: (query?: string) => withQuery('/volumes/', query) },
  volume: { pattern: '/volumes/:number', href: (number: number) => `/volumes/${number}/` },
  seasons: { pattern: '/seasons', href: () => '/seasons/' },
  season: { pattern: '/seasons/:slug', href: (slug: string) => `/seasons/${slug}/` },
  episode: {
    pattern: '/seasons/:slug/episodes/:number',
    href: (season: string, number: number) => `/seasons/${season}/episodes/${number}/`,
  },
  places: { pattern: '/places', href: () => '/places/' },
  place: { pattern: '/places/:slug', href: (slug: string) => `/places/${slug}/` },
  awards: { pattern: '/awards', href: () => '/awards/' },
  release: { pattern: '/release', href: (query?: string) => withQuery('/release/', query) },
  search: { pattern: '/search', href: (query?: string) => withQuery('/search/', query) },
  /** Every page by name, A to Z: the way in without JavaScript. */
  searchIndex: { pattern: '/search/a-z', href: () => '/search/a-z/' },
  changes: { pattern: '/changes', href: () => '/changes/' },
  contribute: { pattern: '/contribute', href: () => '/contribute/' },
  contributeFile: {
    pattern: '/contribute/:kind/:id',
    href: (kind: string, id: string) => `/contribute/${kind}/${id}/`,
  },
  /** A connected book, on the volumes page. */
  book: anchored('/volumes/', 'book'),
  /** An award, on the awards page. */
  award: anchored('/awards/', 'award'),
  /** A release event and a 2022 prediction, on the release page. */
  event: anchored('/release/', 'event'),
  prediction: anchored('/release/', 'prediction'),
} as const;

/** The Atom feed of recent changes, beside the pages (not a route of the app). */
export const FEED_FILE = 'feed.xml';

/** The sections in the site navigation, in order. */
export const navigation = [
  { label: 'Cast', href: paths.cast.href() },
  { label: 'Characters', href: paths.characters.href() },
  { label: 'Volumes', href: paths.volumes.href() },
  { label: 'Seasons', href: paths.seasons.href() },
  { label: 'Places', href: paths.places.href() },
  { label: 'Awards', href: paths.awards.href() },
  { label: 'Release', href: paths.release.href() },
] as const;
