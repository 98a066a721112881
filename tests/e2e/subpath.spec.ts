/**
 * The wiki served under a sub-path, as on GitHub Pages: every link, asset and canonical address
 * follows BASE_PATH. Builds its own copy into dist-subpath/ and serves it with the static server.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startStaticServer } from '../../scripts/static-server';
import { waitForApp, watchConsole } from './site';

const ROOT = join(import.meta.dirname, '..', '..');
const BASE = '/heartstopper-wiki/';
const SITE = 'https://fans.example';
const PORT = Number(process.env.E2E_PORT ?? 4173) + 20;
const DIR = join(ROOT, 'dist-subpath');
let server: Server;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  execFileSync('npm', ['run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, BASE_PATH: BASE, DIST_DIR: 'dist-subpath', SITE_URL: SITE },
    stdio: 'pipe',
  });
  server = await startStaticServer({ dir: DIR, port: PORT, base: BASE });
});

test.afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

test('pages, links, assets and canonical addresses all live under the sub-path', async ({
  page,
}) => {
  const console = watchConsole(page);
  const origin = `http://127.0.0.1:${PORT}`;
  const response = await page.goto(`${origin}${BASE}characters/charlie-spring`);
  expect(response?.status()).toBe(200);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Charlie Spring');

  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${SITE}${BASE}characters/charlie-spring`,
  );
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    `${SITE}${BASE}og-card.jpg`,
  );

  await page.getByRole('main').getByRole('link', { name: 'Joe Locke' }).click();
  await expect(page).toHaveURL(`${origin}${BASE}cast/joe-locke`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joe Locke');
  console.expectClean();
});

test('outside the sub-path, and unknown pages inside it, answer 404', async ({ page }) => {
  const origin = `http://127.0.0.1:${PORT}`;
  expect((await page.goto(`${origin}/characters/charlie-spring`))?.status()).toBe(404);
  expect((await page.goto(`${origin}${BASE}characters/nobody`))?.status()).toBe(404);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heartstopper Fan Wiki');
  expect(new URL(page.url()).pathname.replace(/\/?$/, '/')).toBe(BASE);
  const sitemap = readFileSync(join(DIR, 'sitemap.xml'), 'utf8');
  expect(sitemap).toContain(`<loc>${SITE}${BASE}volumes/6</loc>`);
});
