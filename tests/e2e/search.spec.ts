/** Site search: the header combobox, the results page, and the URL as the state of a search. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtMisspeltRole, garble, holdScripts, searchOf, waitForApp, watchConsole } from './site';

/**
 * A character of the build and their actor, with each name as a reader might mistype it
 * ("charlei spring"), and the character's name typed right.
 */
const wanted = builtMisspeltRole();
const exact = wanted.name.toLowerCase();
const [actorFirst, ...actorRest] = wanted.actorTyped.split(' ');

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * A string only the search engine's code has: an error message minisearch defines in its
 * loadJSON (which the wiki's search uses, so no bundler drops it).
 */
const ENGINE_MARKER = 'cannot deserialize an index created with an incompatible version';

/** Records the body of every JS file and the path of every request the page makes. */
function recordTraffic(page: Page) {
  const bodies: Promise<{ url: string; body: string }>[] = [];
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.endsWith('.js')) return;
    bodies.push(
      response
        .text()
        .then((body) => ({ url: response.url(), body }))
        .catch(() => ({ url: response.url(), body: '' })),
    );
  });
  return {
    requests,
    /** The JS files received so far, with their code; resets the record. */
    takeJs: async () => Promise.all(bodies.splice(0)),
  };
}

test('typing a misspelt name in the header suggests the person, grouped, and Enter opens them', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/');
  await waitForApp(page);
  const field = page.getByRole('combobox', { name: 'Search the wiki' });
  await page.getByRole('searchbox', { name: 'Search the wiki' }).click();
  await field.pressSequentially(wanted.typed);
  const list = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(list).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('group', { name: 'Characters' })).toBeVisible();
  const first = list.getByRole('option').first();
  await expect(first).toContainText(wanted.name);
  await expect(first).toContainText(`played by ${wanted.actor.name}`);
  await expect(page.getByRole('status').filter({ hasText: /suggestions?\./ })).toHaveText(
    /\d+ suggestions?\. Use the up and down arrows/,
  );

  await field.press('ArrowDown');
  await expect(field).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${wanted.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(wanted.name);
  console.expectClean();
});

test('keyboard only: / focuses the field, arrows wrap, Escape closes then clears', async ({
  page,
}) => {
  await page.goto('/volumes/');
  await waitForApp(page);
  await page.keyboard.press('/');
  const field = page.getByRole('combobox', { name: 'Search the wiki' });
  await expect(field).toBeFocused();
  await page.keyboard.type(wanted.typed);
  const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
  await expect(options.first()).toContainText(wanted.name);
  // Up from the field wraps to the last option: the link to every result.
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await expect(options.last()).toContainText(`See all results for “${wanted.typed}”`);
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(field).toHaveValue(wanted.typed);
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');

  // Ctrl+K works from anywhere, but not while typing in another field.
  await page.getByRole('link', { name: 'Volume 1', exact: true }).focus();
  await page.keyboard.press('Control+k');
  await expect(field).toBeFocused();
});

test('the open suggestions list has no axe violations', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await page.keyboard.press('/');
  await page.keyboard.type(wanted.typed);
  await expect(page.getByRole('option').first()).toContainText(wanted.name);
  await page.keyboard.press('ArrowDown');
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('submitting the field opens the shareable results page, which survives reload, Back and Forward', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/cast/');
  await waitForApp(page);
  await page.keyboard.press('/');
  await page.keyboard.type(wanted.actorTyped);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/search/${searchOf(wanted.actorTyped)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  const results = page.getByRole('list', { name: /^Results for/ });
  await expect(results.getByRole('link').first()).toHaveText(wanted.actor.name);
  // The matched letters are marked.
  await expect(results.locator('mark').first()).toHaveText(wanted.actor.name.split(' ')[0]!);

  // Typing on the results page replaces the entry in history.
  const field = page.getByRole('searchbox', { name: /Search people, characters/ });
  await expect(field).toHaveValue(wanted.actorTyped);
  await field.fill(exact);
  const searched = `/search/${searchOf(exact)}`;
  await expect(page).toHaveURL(searched);
  await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toContainText(
    `for “${exact}”`,
  );
  await expect(results.getByRole('link').first()).toHaveText(wanted.name);

  await page.reload();
  await waitForApp(page);
  await expect(field).toHaveValue(exact);
  await expect(results.getByRole('link').first()).toHaveText(wanted.name);

  await page.goBack();
  await expect(page).toHaveURL(/\/cast\/$/);
  await page.goForward();
  await expect(page).toHaveURL(searched);
  await expect(field).toHaveValue(exact);
  console.expectClean();
});

test('no result suggests the closest names', async ({ page }) => {
  const typed = garble(wanted.name);
  await page.goto(`/search/?q=${typed}`);
  await waitForApp(page);
  await expect(page.getByText(`No results for “${typed}”.`)).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: wanted.name }).click();
  await expect(page).toHaveURL(`/search/${searchOf(wanted.name)}`);
  await expect(
    page
      .getByRole('list', { name: /^Results for/ })
      .getByRole('link')
      .first(),
  ).toHaveText(wanted.name);
});

test('a bad URL is cleaned, never a crash', async ({ page }) => {
  const console = watchConsole(page);
  const long = 'a'.repeat(5000);
  await page.goto(`/search/?q=nick&season=9&__proto__=1&junk=%E0%A4%A`);
  await waitForApp(page);
  await expect(page).toHaveURL(/\/search\/\?q=nick$/);
  await page.goto(`/search/?q=${long}`);
  await waitForApp(page);
  await expect(page).toHaveURL(new RegExp(`/search/\\?q=a{100}$`));
  await page.goto('/search/?q=%E0%A4%A');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  console.expectClean();
});

test('without JavaScript the results page says search needs it, and offers the lists and every page A to Z', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/seasons/');
  await page.getByRole('searchbox', { name: 'Search the wiki' }).fill(exact);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/search/${searchOf(exact)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  // The notice is in a <noscript>, which the browser shows when scripts are off.
  const notice = page.locator('main .notice');
  await expect(notice.getByText('Search needs JavaScript')).toBeVisible();
  for (const list of ['Cast', 'Characters', 'Volumes', 'Seasons', 'Places', 'Awards', 'Release'])
    await expect(notice.getByRole('link', { name: list, exact: true })).toBeVisible();
  // Never a silent empty page: no "no results", no results list.
  await expect(page.getByText(/No results/)).toHaveCount(0);

  await notice.getByRole('link', { name: 'Every page, A to Z' }).click();
  await expect(page).toHaveURL(/\/search\/a-z\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every page, A to Z');
  const letter = wanted.name[0]!.toUpperCase();
  await page
    .getByRole('navigation', { name: 'Letters' })
    .getByRole('link', { name: letter, exact: true })
    .click();
  const section = page.getByRole('region', { name: letter, exact: true });
  await expect(section.getByRole('link', { name: wanted.name })).toBeVisible();
  await section.getByRole('link', { name: wanted.name }).click();
  await expect(page).toHaveURL(wanted.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(wanted.name);
  await context.close();
});

test('with JavaScript the notice for readers without it is not shown', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto(`/search/?q=${exact}`);
  await waitForApp(page);
  await expect(
    page
      .getByRole('list', { name: `Results for “${exact}”` })
      .getByRole('link')
      .first(),
  ).toHaveText(wanted.name);
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
  console.expectClean();
});

test('the search engine and its index load on demand: a plain visit downloads none of it; a first header search fetches the manifest and name shards only', async ({
  page,
}) => {
  // The marker really is the engine's: it is in minisearch and in the built engine code.
  const minisearch = readFileSync(
    join(import.meta.dirname, '..', '..', 'node_modules', 'minisearch', 'dist', 'es', 'index.js'),
    'utf8',
  );
  expect(minisearch).toContain(ENGINE_MARKER);

  const traffic = recordTraffic(page);
  for (const path of ['/characters/', '/search/', '/']) {
    await page.goto(path);
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    const js = await traffic.takeJs();
    expect(js.length, `${path} loaded its JS`).toBeGreaterThan(0);
    expect(
      js.filter((f) => f.body.includes(ENGINE_MARKER)).map((f) => f.url),
      `search engine code loaded on a plain visit to ${path}`,
    ).toEqual([]);
    expect(
      traffic.requests.filter((p) => p.includes('/data/search/')),
      `search data requested on a plain visit to ${path}`,
    ).toEqual([]);
  }

  // The same check, after a first search in the header: the engine is there now.
  traffic.requests.length = 0;
  await page.getByRole('searchbox', { name: 'Search the wiki' }).click();
  await page.getByRole('combobox', { name: 'Search the wiki' }).pressSequentially(exact);
  await expect(
    page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first(),
  ).toContainText(wanted.name);
  await page.waitForLoadState('networkidle');
  const loaded = await traffic.takeJs();
  expect(loaded.filter((f) => f.body.includes(ENGINE_MARKER)).length).toBeGreaterThan(0);

  const searchData = traffic.requests.filter((p) => p.includes('/data/search/'));
  expect(searchData).toContain('/data/search/manifest.json');
  const shards = searchData.filter((p) => p !== '/data/search/manifest.json');
  expect(shards.length).toBeGreaterThan(0);
  expect(shards.filter((p) => !/\/data\/search\/names-\d+\.json$/.test(p))).toEqual([]);
});

test('letters typed while the suggestions code is still downloading are kept', async ({ page }) => {
  await page.goto('/volumes/');
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  // Hold back every script requested from now on (the combobox's code and what it imports), so
  // the reader types into the plain field first.
  const scripts = await holdScripts(page);
  await page.keyboard.press('/');
  await page.keyboard.type(actorFirst!);
  await expect.poll(() => scripts.held()).toBeGreaterThan(0);
  await expect(page.getByRole('searchbox', { name: 'Search the wiki' })).toHaveValue(actorFirst!);
  scripts.release();
  const field = page.getByRole('combobox', { name: 'Search the wiki' });
  await expect(field).toBeFocused();
  await page.keyboard.type(` ${actorRest.join(' ')}`);
  await expect(field).toHaveValue(wanted.actorTyped);
  await expect(
    page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first(),
  ).toContainText(wanted.actor.name);
});

test('when the index cannot be downloaded, the results page says so, never “no results”, and Try again searches again', async ({
  page,
}) => {
  // A real failure: every request for the search's data is aborted, as on a dropped connection.
  await page.route('**/data/search/**', (route) => route.abort('internetdisconnected'));
  await page.goto(`/search/?q=${exact}`);
  await waitForApp(page);
  await expect(page.getByRole('status').filter({ hasText: /could not load/ })).toHaveText(
    'Search could not load. Check your connection and try again.',
  );
  await expect(page.getByText(/No results|Check the spelling/)).toHaveCount(0);

  await page.unroute('**/data/search/**');
  await page.getByRole('button', { name: 'Try again' }).click();
  const results = page.getByRole('list', { name: `Results for “${exact}”` });
  await expect(results.getByRole('link').first()).toHaveText(wanted.name);
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toHaveText(
    new RegExp(`^\\d+ results? for “${exact}”\\.$`),
  );
});

test('when only the descriptions cannot be downloaded, the names are searched and the page says so', async ({
  page,
}) => {
  await page.route(/\/data\/search\/text-\d+\.json$/, (route) => route.abort('failed'));
  await page.goto(`/search/?q=${exact}`);
  await waitForApp(page);
  await expect(
    page
      .getByRole('list', { name: `Results for “${exact}”` })
      .getByRole('link')
      .first(),
  ).toHaveText(wanted.name);
  await expect(page.getByRole('status').filter({ hasText: /names only/ })).toHaveText(
    new RegExp(
      `^\\d+ results? for “${exact}”, from the names only: the descriptions could not load\\.$`,
    ),
  );
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('the header says when its suggestions could not load', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await page.route('**/data/search/**', (route) => route.abort('internetdisconnected'));
  await page.getByRole('searchbox', { name: 'Search the wiki' }).click();
  await page.getByRole('combobox', { name: 'Search the wiki' }).pressSequentially('tao');
  const list = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(list.getByRole('option')).toHaveText([
    'Search could not load: try the results page for “tao”',
  ]);
  await expect(page.getByRole('status').filter({ hasText: /could not load/ })).toHaveText(
    'Search could not load.',
  );
});
