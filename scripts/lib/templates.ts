/**
 * One real page of each route template, with the h1 a reader should see: the browser tests visit
 * these, and `npm run screenshot` photographs them. The list pages' h1s are the wiki's own words;
 * the entity pages are found in the build (template-pages.ts), so nothing here names content.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DIST } from './dist-dir';

/** The pages whose h1 is the wiki's own words, whatever the content. */
const FIXED_PAGES: { template: string; path: string; h1: string }[] = [
  { template: 'home', path: '/', h1: 'Heartstopper Fan Wiki' },
  { template: 'cast', path: '/cast/', h1: 'Cast and crew' },
  { template: 'characters', path: '/characters/', h1: 'Characters' },
  { template: 'volumes', path: '/volumes/', h1: 'Volumes' },
  { template: 'seasons', path: '/seasons/', h1: 'Seasons and film' },
  { template: 'places', path: '/places/', h1: 'Places' },
  { template: 'awards', path: '/awards/', h1: 'Awards' },
  { template: 'release', path: '/release/', h1: 'Release: the guesses and what happened' },
  { template: 'search', path: '/search/', h1: 'Search' },
  { template: 'search-a-z', path: '/search/a-z/', h1: 'Every page, A to Z' },
  { template: 'contribute', path: '/contribute/', h1: 'How to contribute' },
  { template: 'changes', path: '/changes/', h1: 'Recent changes' },
];

/**
 * One page of each entity template, from the content the site was built from (src/content, or
 * CONTENT_DIR): see template-pages.ts. Run through tsx, since the content's modules import JSON
 * in a way Playwright's loader does not.
 */
function entityPages(dist: string): { template: string; path: string; h1: string }[] {
  const script = join(import.meta.dirname, 'template-pages.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, dist], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as { template: string; path: string; h1: string }[];
}

/** One real page of each route template, with the h1 a reader should see. */
export const TEMPLATES: { template: string; path: string; h1: string }[] = [
  ...FIXED_PAGES,
  ...entityPages(DIST),
];
