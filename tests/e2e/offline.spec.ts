/**
 * Offline: after a first visit the service worker has the whole site, so pages never visited
 * still open without a network; a new deploy is offered as "updated: reload".
 * Runs against its own copy of dist/ so the update test can change the deployed worker.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer } from '../../scripts/static-server';
import { waitForApp, watchConsole } from './site';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const COPY = join(tmpdir(), `hs-wiki-offline-${process.pid}`);
const PORT = Number(process.env.E2E_PORT ?? 4173) + 30;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server: Server;

test.beforeAll(async () => {
  rmSync(COPY, { recursive: true, force: true });
  cpSync(DIST, COPY, { recursive: true });
  server = await startStaticServer({ dir: COPY, port: PORT });
});

test.afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(COPY, { recursive: true, force: true });
});

/** Waits until the worker controls the page and its cache holds every file of the build. */
async function waitForOfflineReady(page: Page) {
  const sw = readFileSync(join(COPY, 'sw.js'), 'utf8');
  const expected = (JSON.parse(/const URLS = (\[.*\]);/.exec(sw)![1]!) as string[]).length;
  // page.waitForFunction does not await an async predicate, so poll from the test instead.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          if (registration?.active?.state !== 'activated' || !navigator.serviceWorker.controller)
            return -1;
          const [name] = await caches.keys();
          return name === undefined ? 0 : (await (await caches.open(name)).keys()).length;
        }),
      { timeout: 30_000, intervals: [250] },
    )
    .toBe(expected);
}

test('after a first visit, pages never visited open offline', async ({ page, context }) => {
  const console = watchConsole(page);
  await page.goto(`${ORIGIN}/`);
  await waitForApp(page);
  await waitForOfflineReady(page);

  await context.setOffline(true);
  // A link followed inside the app: its code and data come from the cache.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Release' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Release: the guesses and what happened',
  );
  await expect(page.getByRole('main')).toContainText('Close: about a month early');

  // A page opened directly, as from a bookmark.
  await page.goto(`${ORIGIN}/characters/tara-jones`);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tara Jones');

  // An address the site does not have is still the not-found page.
  const response = await page.goto(`${ORIGIN}/nowhere`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await context.setOffline(false);
  expect(console.problems.filter((p) => !p.includes('status of 404'))).toEqual([]);
});

test('a new deploy is offered as an update, and reloading switches to it', async ({ page }) => {
  await page.goto(`${ORIGIN}/volumes`);
  await waitForApp(page);
  await waitForOfflineReady(page);
  await expect(page.getByText('The wiki has been updated.')).toHaveCount(0);

  // Deploy a new build: the worker's version changes.
  const sw = join(COPY, 'sw.js');
  const oldVersion = /const VERSION = "([^"]+)"/.exec(readFileSync(sw, 'utf8'))![1]!;
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(oldVersion, 'newbuild0001'));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const prompt = page.getByRole('status').filter({ hasText: 'The wiki has been updated.' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });
  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volumes');
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['hs-wiki-newbuild0001']);
});
