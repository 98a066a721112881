/**
 * Offline: after a first visit the service worker has the code, the offline shell and the page
 * data, so pages never visited still open without a network (the shell renders them from the
 * precached data); a new deploy is offered as "updated: reload", and a returning reader
 * downloads only what the deploy changed. Runs against its own copy of dist/ so the tests can
 * deploy changes to it.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type Fault } from '../../scripts/static-server';
import {
  builtRole,
  builtTextOnlyWord,
  DIST,
  fixClock,
  NEXT_UP,
  waitForApp,
  watchConsole,
} from './site';
import { seesEverything } from './reader';

// The servers this spec starts, by port offset (tests/e2e/reader.ts).
test.use({ storageState: seesEverything(30) });

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const COPY = join(tmpdir(), `hs-wiki-offline-${process.pid}`);
const PORT = Number(process.env.E2E_PORT ?? 4173) + 30;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PRECACHE = 'hs-precache';
let server: Server;
/** A character page of the build (never visited before it is opened offline) and its actor. */
const role = builtRole();
/** What the host does to a request (a failing network for one file, stale bytes at an edge). */
let fault: (request: { path: string; search: string }) => Fault | undefined = () => undefined;

test.beforeAll(async () => {
  rmSync(COPY, { recursive: true, force: true });
  cpSync(DIST, COPY, { recursive: true });
  server = await startStaticServer({ dir: COPY, port: PORT, fault: (r) => fault(r) });
});

// Every test starts from the build as it is: earlier tests "deploy" changes to the copy.
test.beforeEach(() => {
  rmSync(COPY, { recursive: true, force: true });
  cpSync(DIST, COPY, { recursive: true });
  fault = () => undefined;
});

test.afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(COPY, { recursive: true, force: true });
});

type ManifestEntry = [path: string, revision?: string];

/** The deployed worker's precache manifest. */
function readManifest(): ManifestEntry[] {
  const sw = readFileSync(join(COPY, 'sw.js'), 'utf8');
  return JSON.parse(/^const MANIFEST = (\[.*\]);$/m.exec(sw)![1]!) as ManifestEntry[];
}

/** The cache key the worker stores an entry under: its URL, plus its revision if it has one. */
const cacheKey = ([path, revision]: ManifestEntry) =>
  revision ? `${ORIGIN}/${path}?__rev=${revision}` : `${ORIGIN}/${path}`;

const sha256_16 = (body: string | Buffer) =>
  createHash('sha256').update(body).digest('hex').slice(0, 16);

/** Every key in the worker's precache. */
const precacheKeys = (page: Page) =>
  page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    return (await (await caches.open(name)).keys()).map((request) => request.url).sort();
  }, PRECACHE);

/** Waits until the worker controls the page and its precache holds every manifest entry. */
async function waitForOfflineReady(page: Page) {
  const manifest = readManifest();
  const expected = manifest.map(cacheKey).sort();
  // The precache holds the shell and page data (the manifest is read, not assumed).
  expect(manifest.map(([path]) => path)).toContain('shell/index.html');
  expect(manifest.some(([path]) => path.startsWith('data/'))).toBe(true);
  // page.waitForFunction does not await an async predicate, so poll from the test instead.
  await expect
    .poll(
      async () => {
        const controlled = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return (
            registration?.active?.state === 'activated' && !!navigator.serviceWorker.controller
          );
        });
        if (!controlled) return ['not controlled yet'];
        const have = new Set(await precacheKeys(page));
        return expected.filter((key) => !have.has(key));
      },
      { timeout: 30_000, intervals: [250], message: 'precache entries still missing' },
    )
    .toEqual([]);
}

test('after a first visit, pages never visited open offline, rendered in the shell from precached data', async ({
  page,
  context,
}) => {
  const console = watchConsole(page);
  await fixClock(page);
  await page.goto(`${ORIGIN}/`);
  await waitForApp(page);
  await waitForOfflineReady(page);
  // The worker precaches code, shell and data, not pages.
  expect((await precacheKeys(page)).filter((key) => /\/index\.html/.test(key))).toEqual([
    expect.stringContaining(`${ORIGIN}/shell/index.html`),
  ]);

  await context.setOffline(true);
  // A link followed inside the app: its code and data come from the cache.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Release' })
    .click();
  await expect(page).toHaveURL(`${ORIGIN}/release/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Release: the guesses and what happened',
  );
  await expect(page.getByRole('region', { name: "What's next" })).toContainText(NEXT_UP);

  // A page opened directly, as from a bookmark: never visited, so the shell renders it.
  const response = await page.goto(`${ORIGIN}${role.path}`);
  expect(response?.status()).toBe(200);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.name);
  await expect(page.getByRole('main')).toContainText(role.actor.name);
  // It is the shell (no prerendered page state), not a page from a cache.
  await expect(page.locator('#page-state')).toHaveCount(0);
  await expect(page).toHaveTitle(`${role.name} · Heartstopper Fan Wiki`);

  // An address the site does not have is still the not-found page.
  await page.goto(`${ORIGIN}/nowhere/`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle('Page not found · Heartstopper Fan Wiki');
  await expect(page.getByRole('link', { name: 'Go to the front page' })).toBeVisible();
  await context.setOffline(false);
  expect(console.problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
});

test('offline, the results page searches the same names as the header, from the precache, and never says “no results”', async ({
  page,
  context,
}) => {
  await page.goto(`${ORIGIN}/`);
  await waitForApp(page);
  await waitForOfflineReady(page);
  // The search's manifest and names are precached; its descriptions are not.
  const precached = readManifest().map(([path]) => path);
  expect(precached).toContain('data/search/manifest.json');
  expect(precached.some((path) => /^data\/search\/names-\d+\.json$/.test(path))).toBe(true);
  expect(precached.some((path) => /^data\/search\/text-/.test(path))).toBe(false);

  // A character's full name, as a reader types it, and a word only the descriptions hold.
  const typed = role.name.toLowerCase();
  const word = builtTextOnlyWord();

  await context.setOffline(true);
  // The header's suggestions.
  await page.getByRole('searchbox', { name: 'Search the wiki' }).click();
  await page.getByRole('combobox', { name: 'Search the wiki' }).pressSequentially(typed);
  await expect(
    page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first(),
  ).toContainText(role.name);

  // The results page, opened as from a bookmark: the same names, and what it could not search.
  await page.goto(`${ORIGIN}/search/?q=${encodeURIComponent(typed)}`);
  await waitForApp(page);
  await expect(
    page
      .getByRole('list', { name: `Results for “${typed}”` })
      .getByRole('link')
      .first(),
  ).toHaveText(role.name);
  await expect(page.getByRole('status').filter({ hasText: /names only/ })).toContainText(
    'from the names only: the descriptions could not load',
  );
  await expect(page.getByText(/No results|Check the spelling/)).toHaveCount(0);

  // A word only the descriptions hold: nothing found among the names, and the page says why.
  await page.goto(`${ORIGIN}/search/?q=${word}`);
  await waitForApp(page);
  await expect(page.getByRole('status').filter({ hasText: word })).toHaveText(
    `No names match “${word}”, and the descriptions could not load: try again to search them.`,
  );
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  // Back online, Try again searches the descriptions too.
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page
      .getByRole('list', { name: `Results for “${word}”` })
      .getByRole('link')
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: word })).toHaveText(
    new RegExp(`^\\d+ results? for “${word}”\\.$`),
  );
});

test('a new deploy is offered as an update, and reloading switches to it', async ({ page }) => {
  await page.goto(`${ORIGIN}/volumes/`);
  await waitForApp(page);
  await waitForOfflineReady(page);
  await expect(page.getByText('The wiki has been updated.')).toHaveCount(0);

  // Deploy a new build: the worker script changes.
  const sw = join(COPY, 'sw.js');
  writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// second deploy\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const prompt = page.getByRole('status').filter({ hasText: 'The wiki has been updated.' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  // Nothing changes under the reader until they ask: the new worker waits.
  expect(
    await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
  ).toBe(true);
  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volumes');
  await expect(page.getByText('The wiki has been updated.')).toHaveCount(0);
  expect(
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: !!registration?.waiting,
        active: registration?.active?.state,
        controlled: !!navigator.serviceWorker.controller,
      };
    }),
  ).toEqual({ waiting: false, active: 'activated', controlled: true });
  expect(await page.evaluate(() => caches.keys())).toContain(PRECACHE);
});

test('a returning reader, after a deploy that changed one data file, downloads only that file', async ({
  page,
  context,
}) => {
  const console = watchConsole(page);
  await page.goto(`${ORIGIN}/characters/`);
  await waitForApp(page);
  await waitForOfflineReady(page);
  const before = await precacheKeys(page);

  // Deploy: one character's data changes, and the worker's manifest gives it a new revision.
  const dataPath = `data/character/${role.slug}.json`;
  const file = join(COPY, dataPath);
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    view: { character: { summary: { text: string } } };
  };
  const UPDATED = 'Updated in the second deploy.';
  data.view.character.summary.text = `${data.view.character.summary.text} ${UPDATED}`;
  const text = JSON.stringify(data);
  writeFileSync(file, text);
  const oldEntry = readManifest().find(([path]) => path === dataPath)!;
  const newEntry: ManifestEntry = [dataPath, sha256_16(text)];
  expect(newEntry[1]).not.toBe(oldEntry[1]);
  const sw = join(COPY, 'sw.js');
  const source = readFileSync(sw, 'utf8');
  const oldText = JSON.stringify(oldEntry);
  expect(source).toContain(oldText);
  writeFileSync(sw, source.replace(oldText, JSON.stringify(newEntry)));

  // Everything the worker fetches from now on (Chromium reports a worker's requests on the context).
  const fetchedByWorker: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) fetchedByWorker.push(new URL(request.url()).pathname);
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = page.getByRole('status').filter({ hasText: 'The wiki has been updated.' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });

  // The new worker installed by fetching that one file.
  expect(fetchedByWorker.filter((path) => path !== '/sw.js')).toEqual([`/${dataPath}`]);
  // The precache gained exactly that entry; the old revision stays until the switch.
  const installed = await precacheKeys(page);
  expect(installed.filter((key) => !before.includes(key))).toEqual([cacheKey(newEntry)]);
  expect(before.filter((key) => !installed.includes(key))).toEqual([]);

  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await waitForApp(page);
  await waitForOfflineReady(page);
  // The switch dropped the old revision: the precache is exactly the new manifest.
  expect(await precacheKeys(page)).toEqual(readManifest().map(cacheKey).sort());

  // Offline, the page (never visited) renders from the new data.
  await context.setOffline(true);
  await page.goto(`${ORIGIN}${role.path}`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.name);
  await expect(page.getByRole('main')).toContainText(UPDATED);
  await context.setOffline(false);
  console.expectClean();
});

/**
 * Deploys a one-file change: the character's data gets `extra` added to its summary, its page's
 * HTML asks for the new revision and shows the new text, and the worker's manifest lists it.
 * Returns the old and new revisions.
 */
function deployCharacterChange(slug: string, extra: string) {
  const dataPath = `data/character/${slug}.json`;
  const file = join(COPY, dataPath);
  const oldText = readFileSync(file, 'utf8');
  const data = JSON.parse(oldText) as { view: { character: { summary: { text: string } } } };
  const summary = data.view.character.summary.text;
  data.view.character.summary.text = `${summary} ${extra}`;
  const newText = JSON.stringify(data);
  writeFileSync(file, newText);
  const [oldRev, newRev] = [sha256_16(oldText), sha256_16(newText)];
  const html = join(COPY, 'characters', slug, 'index.html');
  // The summary as the HTML carries it: as is, and as React escapes text.
  const forms = [summary, summary.replaceAll("'", '&#x27;'), summary.replaceAll('"', '&quot;')];
  let page = readFileSync(html, 'utf8').replace(`"rev":"${oldRev}"`, `"rev":"${newRev}"`);
  for (const form of new Set(forms)) page = page.replaceAll(form, `${form} ${extra}`);
  writeFileSync(html, page);
  const sw = join(COPY, 'sw.js');
  writeFileSync(
    sw,
    readFileSync(sw, 'utf8').replace(
      JSON.stringify([dataPath, oldRev]),
      JSON.stringify([dataPath, newRev]),
    ),
  );
  return { dataPath, oldRev, newRev, oldText, newText };
}

/** Asks the worker to look for a new build, and waits for the page's update notice. */
async function findUpdate(page: Page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = page.getByRole('status').filter({ hasText: 'The wiki has been updated.' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  return prompt;
}

const hydrationErrors = (problems: string[]) => problems.filter((p) => /#418|#423|hydrat/i.test(p));

test.describe('one build at a time', () => {
  test('offline after an update, a page kept by the old build never meets the new data', async ({
    page,
    context,
  }) => {
    const console = watchConsole(page);
    await page.goto(`${ORIGIN}${role.path}`);
    await waitForApp(page);
    await waitForOfflineReady(page);
    // The old build kept this page's HTML while the reader was online; they read on elsewhere.
    await page.reload();
    await waitForApp(page);
    await page.goto(`${ORIGIN}/volumes/`);
    await waitForApp(page);

    const UPDATED = 'Changed in the next deploy.';
    deployCharacterChange(role.slug, UPDATED);
    const prompt = await findUpdate(page);
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await waitForApp(page);
    await waitForOfflineReady(page);
    // The new build keeps its own pages: the old build's are gone.
    expect(
      (await page.evaluate(() => caches.keys())).filter((name) => name.startsWith('hs-pages')),
    ).toHaveLength(1);

    await context.setOffline(true);
    await page.goto(`${ORIGIN}${role.path}`);
    await waitForApp(page);
    await expect(page.getByRole('main')).toContainText(UPDATED);
    await context.setOffline(false);
    expect(hydrationErrors(console.problems)).toEqual([]);
  });

  test('a page that asks for a revision the worker does not hold never hydrates with another', async ({
    page,
  }) => {
    const console = watchConsole(page);
    await page.goto(`${ORIGIN}/characters/`);
    await waitForApp(page);
    await waitForOfflineReady(page);
    // A deploy lands on the host; this reader's worker still holds the old build. The new
    // page's data cannot be had (its download fails), so its HTML must not be hydrated.
    const change = deployCharacterChange(role.slug, 'Changed in the next deploy.');
    fault = ({ path }) => (path === `/${change.dataPath}` ? { kind: 'abort' } : undefined);
    await page.goto(`${ORIGIN}${role.path}`);
    await waitForApp(page);
    // Rendered afresh from the data this build has: the old page, whole and consistent.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.name);
    await expect(page.getByRole('main')).not.toContainText('Changed in the next deploy.');
    expect(hydrationErrors(console.problems)).toEqual([]);
  });

  test('a torn deploy (new worker, old bytes at the edge) is refused: the worker never installs', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/characters/`);
    await waitForApp(page);
    await waitForOfflineReady(page);
    const before = await precacheKeys(page);
    const change = deployCharacterChange(role.slug, 'Changed in the next deploy.');
    // The host serves the new worker but the edge still has the old file's bytes.
    let served = 0;
    fault = ({ path }) => {
      if (path !== `/${change.dataPath}`) return undefined;
      served++;
      return { kind: 'body', body: change.oldText };
    };
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update().catch(() => {});
    });
    await expect.poll(() => served, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    // Asked again past the caches, then refused: nothing waits, nothing stored under the new key.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return !registration?.installing && !registration?.waiting;
        }),
      )
      .toBe(true);
    await expect(page.getByText('The wiki has been updated.')).toHaveCount(0);
    expect(await precacheKeys(page)).toEqual(before);

    // Once the edge has the right bytes, the same deploy installs.
    fault = () => undefined;
    await findUpdate(page);
    expect(await precacheKeys(page)).toContain(
      cacheKey([change.dataPath, change.newRev] as ManifestEntry),
    );
  });

  test('with two tabs open, Reload in one and the other follows the new build', async ({
    page,
    context,
  }) => {
    await page.goto(`${ORIGIN}/volumes/`);
    await waitForApp(page);
    await waitForOfflineReady(page);
    const other = await context.newPage();
    await other.goto(`${ORIGIN}/cast/`);
    await waitForApp(other);

    const sw = join(COPY, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// next deploy\n`);
    const prompt = await findUpdate(page);
    const otherPrompt = other.getByRole('status').filter({ hasText: 'The wiki has been updated.' });
    await expect(otherPrompt).toBeVisible({ timeout: 20_000 });
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await waitForApp(page);
    // The other tab's Reload still works, and it then runs under the new worker.
    await Promise.all([
      other.waitForEvent('load'),
      otherPrompt.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await waitForApp(other);
    await expect(other.getByText('The wiki has been updated.')).toHaveCount(0);
    const scripts = await other.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: !!registration?.waiting, controlled: !!navigator.serviceWorker.controller };
    });
    expect(scripts).toEqual({ waiting: false, controlled: true });
    await other.close();
  });

  test('data kept as it is read is one entry per file, whatever the query, and capped', async ({
    page,
  }) => {
    await page.goto(`${ORIGIN}/characters/`);
    await waitForApp(page);
    await waitForOfflineReady(page);
    const keys = await page.evaluate(async () => {
      // The whole list is past the precache's cap: it is kept as it is read.
      for (let i = 0; i < 40; i++) await fetch(`/data/lists/characters.json?x=${i}`);
      await new Promise((done) => setTimeout(done, 500));
      const names = (await caches.keys()).filter((n) => n.startsWith('hs-runtime-'));
      const all = await Promise.all(
        names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)),
      );
      return all.flat();
    });
    expect(keys.filter((k) => k.includes('lists/characters.json'))).toEqual([
      `${ORIGIN}/data/lists/characters.json`,
    ]);
  });
});
