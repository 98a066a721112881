/**
 * One real page of each route template, with the h1 a reader should see: the browser tests
 * visit these, and `npm run screenshot` photographs them.
 */
export const TEMPLATES: { template: string; path: string; h1: string | RegExp }[] = [
  { template: 'home', path: '/', h1: 'Heartstopper Fan Wiki' },
  { template: 'cast', path: '/cast/', h1: 'Cast and crew' },
  { template: 'person', path: '/cast/joe-locke/', h1: 'Joe Locke' },
  { template: 'characters', path: '/characters/', h1: 'Characters' },
  { template: 'character', path: '/characters/charlie-spring/', h1: 'Charlie Spring' },
  { template: 'volumes', path: '/volumes/', h1: 'Volumes' },
  { template: 'volume', path: '/volumes/4/', h1: /^Volume 4/ },
  { template: 'seasons', path: '/seasons/', h1: 'Seasons and film' },
  { template: 'season', path: '/seasons/season-3/', h1: 'Season 3' },
  { template: 'episode', path: '/seasons/season-3/episodes/4/', h1: 'Journey' },
  { template: 'places', path: '/places/', h1: 'Places' },
  { template: 'place', path: '/places/truham-grammar-school/', h1: 'Truham Grammar School' },
  { template: 'awards', path: '/awards/', h1: 'Awards' },
  { template: 'release', path: '/release/', h1: 'Release: the guesses and what happened' },
  { template: 'search', path: '/search/', h1: 'Search' },
  { template: 'search-a-z', path: '/search/a-z/', h1: 'Every page, A to Z' },
  { template: 'contribute', path: '/contribute/', h1: 'How to contribute' },
  {
    template: 'contribute-file',
    path: '/contribute/characters/charlie-spring/',
    h1: 'Edit Charlie Spring',
  },
  { template: 'changes', path: '/changes/', h1: 'Recent changes' },
];
