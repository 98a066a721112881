/** Shared helpers for the browser tests: every route of the site, and a console watcher. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

const data = (name: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'src', 'data', 'json', name), 'utf8'),
  );

export const people: { slug: string; name: string }[] = data('people.json');
export const characters: { slug: string; name: string }[] = data('characters.json');
export const screens: { slug: string; title: string }[] = data('screens.json');

/** Every page the wiki serves, with the h1 a reader should see. */
export const ROUTES: { path: string; h1: string | RegExp }[] = [
  { path: '/', h1: 'Heartstopper Fan Wiki' },
  { path: '/cast', h1: 'Cast and crew' },
  ...people.map((p) => ({ path: `/cast/${p.slug}`, h1: p.name })),
  { path: '/characters', h1: 'Characters' },
  ...characters.map((c) => ({ path: `/characters/${c.slug}`, h1: c.name })),
  { path: '/volumes', h1: 'Volumes' },
  ...[1, 2, 3, 4, 5, 6].map((n) => ({ path: `/volumes/${n}`, h1: new RegExp(`^Volume ${n}`) })),
  { path: '/seasons', h1: 'Seasons and film' },
  ...screens.map((s) => ({ path: `/seasons/${s.slug}`, h1: s.title })),
  { path: '/release', h1: 'Release: the guesses and what happened' },
  { path: '/search', h1: 'Search' },
];

/** Collects console errors, warnings and uncaught exceptions for a page. */
export function watchConsole(page: Page, { allowNotFoundDocument = false } = {}) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    // Playwright's own notice when a test context blocks the service worker; not the site's.
    if (text.includes('Service Worker registration blocked by Playwright')) return;
    // A 404 page's own document answers 404; the browser logs that, and it is expected.
    if (allowNotFoundDocument && text.includes('status of 404')) return;
    problems.push(`${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  return {
    problems,
    expectClean: () => expect(problems, problems.join('\n')).toEqual([]),
  };
}

/** Waits until React has hydrated the prerendered page (the router marks links it owns). */
export async function waitForApp(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}
