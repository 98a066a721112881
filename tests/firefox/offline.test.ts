/**
 * Offline in Firefox: after a first visit the service worker holds the code, the offline shell
 * and the page data; then the server goes away, and a section followed from the menu and a page
 * never visited both still open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxMissing, launchFirefox } from '../../scripts/lib/firefox';
import { builtRole } from '../e2e/built';
import { byRole, DIST, expectHeading, expectPath, newPage, open, serveDist } from './site';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  if (firefoxMissing()) return;
  site = await serveDist(41);
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What the deployed worker precaches, as the cache keys it stores them under. */
function precacheKeys(origin: string): string[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const manifest = JSON.parse(/^const MANIFEST = (\[.*\]);$/m.exec(sw)![1]!) as [string, string?][];
  return manifest.map(([path, revision]) =>
    revision ? `${origin}/${path}?__rev=${revision}` : `${origin}/${path}`,
  );
}

/** Waits until the worker controls the page and holds every precache entry. */
async function waitForOfflineReady(page: Page, expected: string[]) {
  await expect
    .poll(
      () =>
        page.evaluate(async (keys) => {
          const registration = await navigator.serviceWorker.getRegistration();
          if (registration?.active?.state !== 'activated' || !navigator.serviceWorker.controller)
            return ['not controlled yet'];
          const have = new Set<string>();
          for (const name of await caches.keys())
            for (const request of await (await caches.open(name)).keys()) have.add(request.url);
          return keys.filter((key) => !have.has(key));
        }, expected),
      { timeout: 30_000, interval: 250 },
    )
    .toEqual([]);
}

describe.skipIf(firefoxMissing())(`Firefox (${firefoxMissing() ?? 'WebDriver BiDi'})`, () => {
  it('offline: after a first visit, the menu and a page never visited open without the server', async () => {
    const { page, problems } = await newPage(browser);
    await open(page, `${site.origin}/`);
    await waitForOfflineReady(page, precacheKeys(site.origin));
    // Nothing still on its way when the network goes: what follows is read offline only.
    await page.waitForNetworkIdle({ idleTime: 300 });

    await site.close();
    const sections = await byRole(page, 'navigation', 'Sections');
    await (await sections.$('::-p-aria(Release[role="link"])'))!.click();
    await expectPath(page, '/release/');
    await expectHeading(page, 'Release: the guesses and what happened');

    // Opened directly, as from a bookmark: never visited, so the offline shell renders it.
    const role = builtRole();
    await open(page, `${site.origin}${role.path}`);
    await expectHeading(page, role.name);
    expect(await page.$('#page-state')).toBeNull();
    expect(await page.title()).toBe(`${role.name} · Heartstopper Fan Wiki`);
    expect(problems).toEqual([]);
  });
});
