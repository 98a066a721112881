/**
 * Shared helpers for the browser tests: one real page per route template, a console watcher,
 * a wait for hydration, the built pages, and a way to hold back scripts. Tests visit one page per
 * template, found in the content the site was built from (the `built*` helpers, from built.ts,
 * read the built data, so a test finds its page, its tie or its spoiler whatever the content
 * says); checks over
 * every built page read dist/ directly (dist.spec.ts, budget.spec.ts).
 */
import { relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { walk } from '../../scripts/lib/files';

/** The production build the browser tests run against: dist/, or DIST_DIR. */
export { DIST } from '../../scripts/lib/dist-dir';
import { DIST } from '../../scripts/lib/dist-dir';
import { TEMPLATES } from '../../scripts/lib/templates';
import { builtDay } from './built';

export * from './built';

/** One real page of each route template, with its h1 (scripts/lib/templates.ts). */
export { TEMPLATES };

/** The page a template's test visits (TEMPLATES), failing with a clear message if the build has none. */
export function templatePage(template: string): { template: string; path: string; h1: string } {
  const page = TEMPLATES.find((p) => p.template === template);
  if (!page) throw new Error(`No ${template} page in ${DIST}`);
  return page;
}

/**
 * What the release page's "What's next" says of the next event, whatever the record holds: a
 * date still to be announced, a countdown, or nothing left to come. Its presence shows the
 * page's data arrived.
 */
export const NEXT_UP = /not announced|in \d+ days?, on|today, |Nothing further is on record/;

/** A test whose page depends on the day fixes the page's clock: noon on `day`, the build's by default. */
export async function fixClock(page: Page, day = builtDay()): Promise<void> {
  await page.clock.setFixedTime(new Date(`${day}T12:00:00`));
}

export { walk };

/** Every built page (the offline shell aside) by its path: "/cast/joe-locke/". */
export function builtPages(): string[] {
  return walk(DIST)
    .map((file) => relative(DIST, file).split(sep).join('/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .filter((file) => !file.startsWith('shell/'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
}

/**
 * Holds back every script the page requests from now on, until `release()`: the reader is
 * typing while the code that takes over is still on its way. `held()` counts the requests.
 */
export async function holdScripts(page: Page) {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let holding = 0;
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    holding++;
    await gate;
    await route.continue();
  });
  return { release: () => release(), held: () => holding };
}

/**
 * Sets the spoiler shield through the header's settings dialog, as a reader does: hide what is
 * not reached, watched up to `watched` (an option's label), then Done.
 */
export async function hideSpoilersAfter(page: Page, watched: string) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /Spoilers/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const shield = dialog.getByRole('group', { name: 'Spoiler protection' });
  await shield.getByRole('radio', { name: "Hide what I haven't reached" }).check();
  await shield.getByRole('combobox', { name: 'Watched up to' }).selectOption({ label: watched });
  await dialog.getByRole('button', { name: 'Done' }).click();
}

/** A list page's card titles, in the order shown. */
export const cardTitles = (page: Page) => page.locator('.card .card__title');

/** A list page's count line ("Showing 1–48 of 56 people"). */
export const resultCount = (page: Page) => page.getByRole('status').filter({ hasText: 'Showing' });

/** The search part of an address for `q`, as the app writes it: `?q=bea+player`. */
export const searchOf = (q: string) => `?${new URLSearchParams({ q })}`;

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

/** A browser that has never been here: nothing stored, so the spoiler shield asks. */
export const NEW_VISITOR = { cookies: [], origins: [] };
