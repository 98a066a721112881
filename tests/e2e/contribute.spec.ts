/**
 * Fixing and following the wiki: "Suggest an edit" and "Report a mistake" on every page built
 * from one content file lead to that file; the contributor guide; Recent changes and the Atom
 * feed, whose entries lead to pages that exist. Link targets are checked over every built page
 * in dist/; the journeys run once each in the browser. (With a repository host's links, see
 * subpath.spec.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, templatePage, waitForApp, watchConsole } from './site';

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const linksIn = (markup: string, name: string) =>
  [...markup.matchAll(new RegExp(`<a href="([^"]+)"[^>]*>${name}</a>`, 'g'))].map((m) => m[1]!);

test('every page built from a content file links to the page about that file, which links back', () => {
  const pages = builtPages();
  let withLinks = 0;
  for (const path of pages.filter((p) => !p.startsWith('/contribute/'))) {
    const markup = html(path);
    const edits = linksIn(markup, 'Suggest an edit');
    if (edits.length === 0) continue;
    withLinks++;
    // The page's own file: one edit link, and its report link goes to the same place.
    expect(edits, path).toHaveLength(1);
    const target = edits[0]!;
    expect(target, path).toMatch(/^\/contribute\/[a-z]+\/[a-z0-9-]+\/$/);
    expect(linksIn(markup, 'Report a mistake'), path).toEqual([`${target}#report`]);
    const [, kind, id] = /^\/contribute\/([a-z]+)\/([a-z0-9-]+)\/$/.exec(target)!;
    expect(existsSync(join(DIST, target, 'index.html')), `${path} -> ${target}`).toBe(true);
    const about = html(target);
    // It names the file the page is built from and links back to the page.
    expect(about, target).toContain(`src/content/${kind}/${id}.json`);
    expect(about, target).toContain(`href="${path}"`);
  }
  // Every character, person, episode, volume, season and place page at least.
  const entityPages = pages.filter((p) =>
    /^\/(characters|cast|volumes|seasons|places)\/[^/]+\/(episodes\/\d+\/)?$/.test(p),
  );
  expect(entityPages.length).toBeGreaterThan(100);
  expect(withLinks).toBeGreaterThanOrEqual(entityPages.length);
  for (const path of entityPages)
    expect(linksIn(html(path), 'Suggest an edit'), path).toHaveLength(1);
});

test('a reader goes from a character to its file, reads what to change, and comes back', async ({
  page,
}) => {
  const console = watchConsole(page);
  const character = templatePage('character');
  const slug = character.path.split('/')[2]!;
  const about = `/contribute/characters/${slug}/`;
  await page.goto(character.path);
  await waitForApp(page);
  await page.getByRole('link', { name: 'Suggest an edit', exact: true }).click();
  await expect(page).toHaveURL(about);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${character.h1}`);
  const main = page.getByRole('main');
  await expect(main.getByText(`src/content/characters/${slug}.json`).first()).toBeVisible();
  // The file as it is now, behind a gate (it holds every spoiler), and the steps to change it.
  const nameLine = main.getByText(`"name": ${JSON.stringify(character.h1)}`);
  await expect(nameLine).toBeHidden();
  await main.getByText('Show the whole file (it shows everything, spoilers included)').click();
  await expect(nameLine).toBeVisible();
  await expect(main.getByRole('heading', { name: 'How to change it' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Report a mistake' })).toBeVisible();

  // "Report a mistake" on the character page lands on the report part of the same page.
  await page.goBack();
  await page.getByRole('link', { name: 'Report a mistake', exact: true }).click();
  await expect(page).toHaveURL(`${about}#report`);
  await expect(main.getByRole('heading', { name: 'Report a mistake' })).toBeInViewport();

  await main.getByRole('link', { name: character.h1, exact: true }).first().click();
  await expect(page).toHaveURL(character.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(character.h1);
  console.expectClean();
});

test('every page links to the guide and to recent changes; the guide shows an example file of each kind', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto(templatePage('place').path);
  await waitForApp(page);
  const footer = page.getByRole('contentinfo');
  await footer.getByRole('link', { name: 'How to contribute' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How to contribute');
  // The guide itself, read from CONTRIBUTING.md at build time.
  await expect(page.getByRole('heading', { name: 'The content rules' })).toBeVisible();
  const examples = page.getByRole('main').locator('a[href^="/contribute/"]');
  const hrefs = await examples.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const kind of ['characters', 'people', 'episodes', 'volumes', 'seasons', 'places'])
    expect(
      hrefs.some((href) => href?.startsWith(`/contribute/${kind}/`)),
      kind,
    ).toBe(true);
  await page.getByRole('main').getByRole('link', { name: 'episode', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Edit /);
  await expect(page.getByText(/src\/content\/episodes\/[a-z0-9-]+\.json/).first()).toBeVisible();

  await page.getByRole('contentinfo').getByRole('link', { name: 'Recent changes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recent changes');
  console.expectClean();
});

test('recent changes are newest first, and each leads to the page it changed', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/changes/');
  await waitForApp(page);
  const main = page.getByRole('main');
  const days = await main
    .locator('time[datetime]')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  expect(days.length).toBeGreaterThan(1);
  expect([...days].sort().reverse()).toEqual(days);
  // The first change to a page of its own opens that page.
  const first = main.locator('li a[href^="/"]:not([href*="#"])').first();
  const name = (await first.textContent())!.trim();
  const href = (await first.getAttribute('href'))!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  // Its title, or the part of the page it changed ("About Heartstopper" on the home page).
  await expect(page.getByRole('heading', { name }).first()).toBeVisible();
  console.expectClean();
});

test('the Atom feed is well formed, advertised in every head, and its entries lead to built pages', async ({
  page,
  request,
}) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();

  await page.goto('/');
  const advertised = await page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .getAttribute('href');
  expect(advertised).toMatch(/\/feed\.xml$/);

  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: root.localName,
      ns: root.namespaceURI,
      title: root.querySelector(':scope > title')?.textContent ?? '',
      updated: root.querySelector(':scope > updated')?.textContent ?? '',
      entries: [...root.querySelectorAll(':scope > entry')].map((entry) => ({
        id: entry.querySelector('id')?.textContent ?? '',
        title: entry.querySelector('title')?.textContent ?? '',
        updated: entry.querySelector('updated')?.textContent ?? '',
        href: entry.querySelector('link')?.getAttribute('href') ?? '',
      })),
    };
  }, xml);
  expect(feed.error).toBe(false);
  expect(feed.root).toBe('feed');
  expect(feed.ns).toBe('http://www.w3.org/2005/Atom');
  expect(feed.title).toContain('Heartstopper');
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  expect(feed.entries.length).toBeGreaterThanOrEqual(20);
  expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
  const times = feed.entries.map((e) => Date.parse(e.updated));
  expect(times.every((t) => !Number.isNaN(t))).toBe(true);
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  for (const entry of feed.entries) {
    expect(entry.title.trim(), entry.id).not.toBe('');
    const path = new URL(entry.href).pathname.replace(/#.*$/, '');
    expect(existsSync(join(DIST, path, 'index.html')), `${entry.title} -> ${path}`).toBe(true);
  }
});
