/**
 * Hosts and networks that misbehave, with a real server doing it (scripts/static-server.ts's
 * `fault` hook), not a mocked request: a host that answers unknown paths with its 404 page, one
 * that answers them with index.html, data files that arrive empty, broken or failing, and
 * stored settings the story has no place for. Each time the reader gets a page that says what is
 * true (not found, could not load) and recovers when the fault is gone.
 */
import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type Fault } from '../../scripts/static-server';
import { builtRole, DIST, templatePage, waitForApp, watchConsole } from './site';
import { seesEverything } from './reader';

// The servers this spec starts, by port offset (tests/e2e/reader.ts).
test.use({ storageState: seesEverything(40, 41, 42, 43) });

/** Each test worker runs its own pair of servers. */
let ORIGIN = '';
let SPA_ORIGIN = '';

/** What the fault server does to a request for this path, if anything. */
let faults: Record<string, Fault> = {};
/** The same for requests by query too (a revision asked for with ?v=). */
let faultFor: (path: string, search: string) => Fault | undefined = () => undefined;
const hits: string[] = [];
let servers: Server[] = [];

// Playwright hands the worker info as the second argument; the first (fixtures) is unused.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, worker) => {
  const PORT = Number(process.env.E2E_PORT ?? 4173) + 40 + worker.parallelIndex * 2;
  const SPA_PORT = PORT + 1;
  ORIGIN = `http://127.0.0.1:${PORT}`;
  SPA_ORIGIN = `http://127.0.0.1:${SPA_PORT}`;
  const fault = ({ path, search }: { path: string; search: string }) => {
    hits.push(path);
    return faults[path] ?? faultFor(path, search);
  };
  servers = await Promise.all([
    startStaticServer({ dir: DIST, port: PORT, fault }),
    startStaticServer({ dir: DIST, port: SPA_PORT, fallback: 'index', fault }),
  ]);
});
test.beforeEach(() => {
  faults = {};
  faultFor = () => undefined;
  hits.length = 0;
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done()))));
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Records every h1 text the page shows, from its first paint on. */
async function watchHeadings(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenHeadings: string[] }).seenHeadings = seen;
    const look = () => {
      const text = document.querySelector('h1')?.textContent ?? '(none)';
      // Before the body has arrived there is nothing to see yet.
      if (seen.length === 0 && text === '(none)') return;
      if (seen[seen.length - 1] !== text) seen.push(text);
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true });
  });
  return () => page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings);
}

test.describe('not found is known at once', () => {
  test('on a host that answers unknown paths with its 404 page, the page says so from first paint to the end', async ({
    page,
  }) => {
    const console = watchConsole(page, { allowNotFoundDocument: true });
    const headings = await watchHeadings(page);
    await page.goto(`${ORIGIN}/characters/nobody-here/`);
    await waitForApp(page);
    await expect(h1(page)).toHaveText('Page not found');
    // Never "Loading page…" with no heading, and the missing file asked for once, not retried.
    expect(await headings()).toEqual(['Page not found']);
    expect(hits.filter((p) => p === '/data/character/nobody-here.json')).toHaveLength(1);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    console.expectClean();
  });

  test('on a host that answers unknown paths with index.html, the page says not found, not "check your connection"', async ({
    page,
  }) => {
    const console = watchConsole(page);
    await page.goto(`${SPA_ORIGIN}/characters/nobody-here/`);
    await waitForApp(page);
    await expect(h1(page)).toHaveText('Page not found');
    await expect(page.getByText(/check your connection/i)).toHaveCount(0);
    expect(hits.filter((p) => p === '/data/character/nobody-here.json')).toHaveLength(1);
    console.expectClean();
  });
});

test.describe('bad downloads are failures, and Try again recovers', () => {
  // A character page the build has, and the actor it names once its data has arrived.
  const role = builtRole();
  const file = `/data/character/${role.slug}.json`;
  for (const [name, body] of [
    ['an empty object', '{}'],
    ['null', 'null'],
    ['another page’s file', '{"key":"character/someone-else","meta":{}}'],
    ['a cut-off file', `{"key":"character/${role.slug}","me`],
  ] as const) {
    test(`a data file that arrives as ${name}`, async ({ page }) => {
      const console = watchConsole(page);
      await page.goto(`${ORIGIN}/characters/`);
      await waitForApp(page);
      faults[file] = { kind: 'body', body };
      await page.getByRole('link', { name: role.name, exact: true }).first().click();
      await expect(h1(page)).toHaveText('This page could not be loaded');
      faults = {};
      await page.getByRole('button', { name: /try again/i }).click();
      await expect(h1(page)).toHaveText(role.name);
      await expect(page.getByRole('main')).toContainText(role.actor.name);
      // The failure is reported once in the console by the browser's own fetch; nothing threw.
      expect(console.problems.filter((p) => p.startsWith('exception'))).toEqual([]);
    });
  }

  test('a data file that answers 500, then works', async ({ page }) => {
    const console = watchConsole(page);
    await page.goto(`${ORIGIN}/`);
    await waitForApp(page);
    faults['/data/pages/awards.json'] = { kind: 'status', status: 500 };
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Awards' })
      .click();
    await expect(h1(page)).toHaveText('This page could not be loaded');
    await expect(page.getByText(/Check your connection/)).toBeVisible();
    faults = {};
    await page.getByRole('button', { name: /try again/i }).click();
    await expect(h1(page)).toHaveText('Awards');
    expect(console.problems.filter((p) => p.startsWith('exception'))).toEqual([]);
  });

  test('a prerendered page whose own data arrives as other bytes renders afresh from good data', async ({
    page,
  }) => {
    const console = watchConsole(page);
    // The revision the page asks for (?v=) is not what arrives: it must not hydrate with it.
    faultFor = (path, search) =>
      path === file && search.startsWith('?v=')
        ? { kind: 'body', body: `{"key":"character/${role.slug}","meta":{"title":"Stale"}}` }
        : undefined;
    await page.goto(`${ORIGIN}${role.path}`);
    await waitForApp(page);
    await expect(h1(page)).toHaveText(role.name);
    await expect(page.getByRole('main')).toContainText(role.actor.name);
    console.expectClean();
  });
});

test('stored settings the story has no place for count as no setting', async ({ page }) => {
  const console = watchConsole(page);
  for (const stored of ['9.9', '3.1.99', '1.4.2', '7.0']) {
    await page.addInitScript((value) => localStorage.setItem('hs-progress', value), stored);
    await page.goto(`${ORIGIN}${templatePage('volume').path}`);
    await waitForApp(page);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-shield'))).toBe(
      false,
    );
    await expect(page.getByRole('banner')).not.toContainText(/Volume 9|Season 9|hiding after/i);
  }
  console.expectClean();
});
