/**
 * The wiki served under a sub-path, as on GitHub Pages: every link, asset and canonical address
 * follows BASE_PATH. Builds its own copy into dist-subpath/ and serves it with the static server.
 * The same build names a repository host (EDIT_LINK, REPORT_LINK), as a fork on GitHub would.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startStaticServer } from '../../scripts/static-server';
import { builtRole, TEMPLATES, waitForApp, watchConsole } from './site';
import { seesEverything } from './reader';

// The servers this spec starts, by port offset (tests/e2e/reader.ts).
test.use({ storageState: seesEverything(20) });

const ROOT = join(import.meta.dirname, '..', '..');
const BASE = '/heartstopper-wiki/';
const SITE = 'https://fans.example';
const PORT = Number(process.env.E2E_PORT ?? 4173) + 20;
const DIR = join(ROOT, 'dist-subpath');
let server: Server;
// A character page of the content being built, and the actor it links to.
const role = builtRole();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  execFileSync('npm', ['run', 'build'], {
    cwd: ROOT,
    // Its own server-bundle folder, so a build running elsewhere (into dist/) is not disturbed.
    env: {
      ...process.env,
      BASE_PATH: BASE,
      // An absolute folder, as a deploy script may give it.
      DIST_DIR: DIR,
      SSR_DIR: '.ssr-subpath',
      SITE_URL: SITE,
      EDIT_LINK: 'https://git.example/fans/wiki/edit/main/:path',
      REPORT_LINK: 'https://git.example/fans/wiki/issues/new?title=:title&body=:body',
    },
    stdio: 'pipe',
  });
  server = await startStaticServer({ dir: DIR, port: PORT, base: BASE });
});

test.afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

test('the headers of _headers apply under the sub-path, as a host applies them', async ({
  request,
}) => {
  const origin = `http://127.0.0.1:${PORT}`;
  const page = await request.get(`${origin}${BASE}cast/`);
  expect(page.status()).toBe(200);
  expect(page.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");
  expect(page.headers()['strict-transport-security']).toContain('max-age=');
  const html = await page.text();
  // The entry script, which the page's loader adds after the first paint.
  const asset = /"(\/heartstopper-wiki\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset, 'the entry script').toBeDefined();
  const script = await request.get(`${origin}${asset}`);
  expect(script.headers()['cache-control']).toContain('immutable');
});

test('pages, links, assets and canonical addresses all live under the sub-path', async ({
  page,
}) => {
  const console = watchConsole(page);
  const origin = `http://127.0.0.1:${PORT}`;
  const response = await page.goto(`${origin}${BASE}${role.path.slice(1)}`);
  expect(response?.status()).toBe(200);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.name);

  const hrefs = await page
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(10);
  expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${SITE}${BASE}${role.path.slice(1)}`,
  );
  // The page's own preview card, under the sub-path too, and served from there.
  const card = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(card).toMatch(
    new RegExp(`^${SITE}${BASE}cards/characters/${role.slug}\\.[0-9a-f]{10}\\.png$`),
  );
  const served = await page.request.get(`${origin}${card!.slice(SITE.length)}`);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/png');

  await page
    .getByRole('main')
    .getByRole('link', { name: role.actor.name, exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(`${origin}${BASE}${role.actor.path.slice(1)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.actor.name);
  console.expectClean();
});

test('outside the sub-path, and unknown pages inside it, answer 404', async ({ page }) => {
  const origin = `http://127.0.0.1:${PORT}`;
  expect((await page.goto(`${origin}${role.path}`))?.status()).toBe(404);
  expect((await page.goto(`${origin}${BASE}characters/nobody/`))?.status()).toBe(404);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the front page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heartstopper Fan Wiki');
  expect(new URL(page.url()).pathname.replace(/\/?$/, '/')).toBe(BASE);
  const sitemap = readFileSync(join(DIR, 'sitemap.xml'), 'utf8');
  // Every template's page, from the front page to an episode, is listed under the sub-path.
  for (const { path } of TEMPLATES.filter((t) => t.template !== 'contribute-file'))
    expect(sitemap).toContain(`<loc>${SITE}${BASE}${path.slice(1)}</loc>`);
});

test('with a repository host, Suggest an edit opens its editor on the file and Report a mistake a filled-in issue', async ({
  page,
}) => {
  const origin = `http://127.0.0.1:${PORT}`;
  await page.goto(`${origin}${BASE}${role.actor.path.slice(1)}`);
  await waitForApp(page);
  await expect(page.getByRole('link', { name: 'Suggest an edit', exact: true })).toHaveAttribute(
    'href',
    `https://git.example/fans/wiki/edit/main/src/content/people/${role.actor.slug}.json`,
  );
  const report = new URL(
    (await page.getByRole('link', { name: 'Report a mistake', exact: true }).getAttribute('href'))!,
  );
  expect(`${report.origin}${report.pathname}`).toBe('https://git.example/fans/wiki/issues/new');
  expect(report.searchParams.get('title')).toBe(`Mistake on ${role.actor.name}`);
  const body = report.searchParams.get('body')!;
  expect(body).toContain(`Page: ${SITE}${BASE}${role.actor.path.slice(1)}`);
  expect(body).toContain(`Entity: people/${role.actor.slug}`);
  expect(body).toContain(`File: src/content/people/${role.actor.slug}.json`);
  // Each prediction on the release page names its own file.
  await page.goto(`${origin}${BASE}release/`);
  await waitForApp(page);
  const edits = await page
    .getByRole('link', { name: /^Suggest an edit to / })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(edits.length).toBeGreaterThan(1);
  expect(new Set(edits).size).toBe(edits.length);
  for (const href of edits)
    expect(href).toMatch(
      /^https:\/\/git\.example\/fans\/wiki\/edit\/main\/src\/content\/predictions\/[a-z0-9-]+\.json$/,
    );
});
