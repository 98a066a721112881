/**
 * List filters: the plain search field (with and without JavaScript), counts, paging, the URL as
 * the state (push for choices, replace for typing), Back/Forward. Totals come from the built
 * data, never from a number written here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LIST_PAGE_SIZE } from '../../src/data/data-keys';
import {
  builtListTotal,
  builtMisspeltRole,
  cardTitles,
  garble,
  holdScripts,
  resultCount,
  searchOf,
  waitForApp,
  watchConsole,
} from './site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A character of the build and their actor, with the actor's name as a reader might mistype it. */
const wanted = builtMisspeltRole();

const countIn = async (page: Page, name: RegExp) => {
  const label = await page
    .getByRole('checkbox', { name })
    .evaluate((el) => el.parentElement!.textContent!);
  return Number(/\((\d+)\)/.exec(label)![1]);
};
/** The rows one page of `matched` results shows. */
const onFirstPage = (matched: number) => Math.min(matched, LIST_PAGE_SIZE);

test('characters: a filter shows as many as its count promised; Back undoes it, Forward redoes it', async ({
  page,
}) => {
  const console = watchConsole(page);
  const total = builtListTotal('characters');
  await page.goto('/characters/');
  await waitForApp(page);
  await expect(cardTitles(page)).toHaveCount(onFirstPage(total));
  await page.getByRole('button', { name: 'More filters' }).click();
  const promised = await countIn(page, /^Season 2 \(/);
  expect(promised).toBeGreaterThan(0);
  expect(promised).toBeLessThan(total);

  await page.getByRole('checkbox', { name: /^Season 2 \(/ }).check();
  await expect(page).toHaveURL(/\/characters\/\?season=2$/);
  await expect(cardTitles(page)).toHaveCount(onFirstPage(promised));
  await expect(resultCount(page)).toContainText(
    promised > LIST_PAGE_SIZE
      ? `of ${promised} characters · 1 filter in use`
      : `Showing ${promised} of ${total} characters · 1 filter in use`,
  );

  // OR within a group: adding Season 1 can only widen the list.
  const widened = await countIn(page, /^Season 1 \(/);
  await page.getByRole('checkbox', { name: /^Season 1 \(/ }).check();
  await expect(page).toHaveURL(/\/characters\/\?season=1&season=2$/);
  await expect(cardTitles(page)).toHaveCount(onFirstPage(widened));
  expect(widened).toBeGreaterThanOrEqual(promised);

  await page.goBack();
  await expect(page).toHaveURL(/\/characters\/\?season=2$/);
  await expect(cardTitles(page)).toHaveCount(onFirstPage(promised));
  await expect(page.getByRole('checkbox', { name: /^Season 1 \(/ })).not.toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\/characters\/$/);
  await expect(cardTitles(page)).toHaveCount(onFirstPage(total));
  await page.goForward();
  await expect(cardTitles(page)).toHaveCount(onFirstPage(promised));
  await expectNoAxe(page);
  console.expectClean();
});

test('a plain visit: typing into the list’s own search field narrows the list and puts ?q= in the URL, without new history entries; reload keeps it', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/seasons/');
  await page.goto('/cast/');
  await waitForApp(page);
  const before = await cardTitles(page).count();
  // The field is on the page from the start, not behind a button.
  const field = page.getByRole('searchbox', { name: 'Search cast and crew' });
  await expect(field).toBeVisible();
  await field.click();
  // Focusing the field loads what filtering takes; then the reader types.
  await page.waitForLoadState('networkidle');
  await page.keyboard.type(wanted.actorTyped);
  await expect(page).toHaveURL(`/cast/${searchOf(wanted.actorTyped)}`);
  await expect(field).toHaveValue(wanted.actorTyped);
  await expect(field).toBeFocused();
  await expect(cardTitles(page).first()).toHaveText(wanted.actor.name);
  await expect.poll(() => cardTitles(page).count()).toBeLessThan(before);
  await expect(cardTitles(page).first().locator('..')).toBeVisible();

  await page.reload();
  await waitForApp(page);
  await expect(field).toHaveValue(wanted.actorTyped);
  await expect(cardTitles(page).first()).toHaveText(wanted.actor.name);

  // Typing replaced the entry: one Back returns to the previous page.
  await page.goBack();
  await expect(page).toHaveURL(/\/seasons\/$/);
  console.expectClean();
});

test('letters typed into the list’s field while its filtering code downloads are all kept, and the focus never leaves the field', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/cast/');
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  // Hold back every script requested from now on (what filtering takes), so the reader is
  // typing when the full list takes the plain field's place.
  const scripts = await holdScripts(page);
  const field = page.getByRole('searchbox', { name: 'Search cast and crew' });
  await field.click();
  // Record any key pressed, any frame painted and any change to the page made while the focus
  // is on no field at all (the last is checked right after each change, whatever the timing).
  await page.evaluate(() => {
    const w = window as unknown as {
      lostKeys: string[];
      unfocusedFrames: number;
      unfocusedChanges: number;
    };
    w.lostKeys = [];
    w.unfocusedFrames = 0;
    w.unfocusedChanges = 0;
    new MutationObserver(() => {
      if (document.activeElement === document.body) w.unfocusedChanges++;
    }).observe(document.body, { childList: true, subtree: true });
    document.addEventListener(
      'keydown',
      (event) => {
        if (document.activeElement === document.body) w.lostKeys.push(event.key);
      },
      true,
    );
    const frame = () => {
      if (document.activeElement === document.body) w.unfocusedFrames++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.keyboard.type(wanted.actorTyped.slice(0, 4));
  await expect.poll(() => scripts.held()).toBeGreaterThan(0);
  scripts.release();
  // Typing on, at a fast typist's pace, while the list's code arrives and takes over.
  await page.keyboard.type(wanted.actorTyped.slice(4), { delay: 10 });
  await expect(page).toHaveURL(/\/cast\/\?q=/);
  await expect(cardTitles(page).first()).toHaveText(wanted.actor.name);
  const record = await page.evaluate(() => {
    const w = window as unknown as {
      lostKeys: string[];
      unfocusedFrames: number;
      unfocusedChanges: number;
    };
    return {
      lostKeys: w.lostKeys,
      unfocusedFrames: w.unfocusedFrames,
      unfocusedChanges: w.unfocusedChanges,
    };
  });
  expect(record, 'keys, frames and page changes with the focus on <body>').toEqual({
    lostKeys: [],
    unfocusedFrames: 0,
    unfocusedChanges: 0,
  });
  await expect(field).toHaveValue(wanted.actorTyped);
  await expect(page).toHaveURL(`/cast/${searchOf(wanted.actorTyped)}`);
  await expect(field).toBeFocused();
  console.expectClean();
});

test('keyboard only: on a plain visit, More filters opens the panel and the focus stays on the button', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/characters/');
  await waitForApp(page);
  const button = page.getByRole('button', { name: 'More filters' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: /^Season 1 \(/ })).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(button).toBeFocused();
  // The next Tab goes into the panel, not back to the top of the page.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox').first()).toBeFocused();
  console.expectClean();
});

test('without JavaScript the list’s search field is a GET form that lands on the same page with ?q=', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/characters/');
  const form = page.getByRole('search', { name: 'Search characters' });
  await expect(form).toHaveAttribute('method', 'get');
  const word = wanted.name.split(' ')[0]!.toLowerCase();
  await form.getByRole('searchbox', { name: 'Search characters' }).fill(word);
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(`/characters/?q=${word}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters');
  await context.close();
});

test('cast: groups AND together, sort by first appearance, Clear all restores the list', async ({
  page,
}) => {
  await page.goto('/cast/?role=main&season=1&sort=first');
  await waitForApp(page);
  await expect(page.getByRole('checkbox', { name: /^Main cast/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Season 1 \(/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('first');
  const both = await countIn(page, /^Main cast \(/);
  await expect(cardTitles(page)).toHaveCount(onFirstPage(both));
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/\/cast\/$/);
  // The filters stay on screen, cleared, and the reader's focus is not dropped to the page.
  await expect(page.getByRole('checkbox', { name: /^Main cast/ })).not.toBeChecked();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  expect(await cardTitles(page).count()).toBeGreaterThan(both);
});

test('nothing matches: the list says so, suggests the closest name and can clear the filters', async ({
  page,
}) => {
  const typed = garble(wanted.name);
  await page.goto(`/characters/?q=${typed}`);
  await waitForApp(page);
  await expect(page.getByText(`No characters match “${typed}”.`)).toBeVisible();
  await page.getByRole('button', { name: wanted.name }).click();
  await expect(page).toHaveURL(`/characters/${searchOf(wanted.name)}`);
  await expect(cardTitles(page).first()).toHaveText(wanted.name);
});

test('bad parameters are dropped and the cleaned URL replaces the bad one', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto(
    '/characters/?season=9&season=__proto__&role=main&volume=%E0%A4%A&verdict=right&x=1',
  );
  await waitForApp(page);
  await expect(page).toHaveURL(/\/characters\/\?role=main$/);
  await expect(page.getByRole('checkbox', { name: /^Main cast/ })).toBeChecked();
  console.expectClean();
});

test('a tap on a link just as the list’s code arrives goes where the reader tapped, not to the cleaned address', async ({
  page,
}) => {
  // The list cleans a bad address once its filtering code is there. Here the reader's tap on
  // "Volumes" comes in the same instant as that code (the code, as served, taps first), and the
  // volumes data is slow: the list renders with its code before the router's state says a
  // navigation is on its way, and must not start its own over the reader's.
  await page.route(/\/assets\/list-engine-[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    const tap = `document.querySelector('nav[aria-label="Sections"] a[href="/volumes/"]').click();`;
    await route.fulfill({ response, body: `${tap}\n${await response.text()}` });
  });
  await page.route(/\/data\/pages\/volumes\.json/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await page.goto('/characters/?season=__proto__&role=main');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volumes');
  await expect(page).toHaveURL(/\/volumes\/$/);
});

test('the share button shares the filtered view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  await page.goto('/characters/?season=2');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Share this list' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.pathname).toBe('/characters/');
  expect(copied.search).toBe('?season=2');
});

test('volumes and release: filters that fit them, with counts', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/volumes/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'More filters' }).click();
  const film = await countIn(page, /^The film \(/);
  await page.getByRole('checkbox', { name: /^The film \(/ }).check();
  await expect(page).toHaveURL(/\/volumes\/\?season=film$/);
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(film);
  await expectNoAxe(page);

  await page.goto('/release/?type=prediction&verdict=right');
  await waitForApp(page);
  const right = await countIn(page, /^Right \(/);
  await expect(page.locator('.prediction')).toHaveCount(right);
  await expect(page.getByRole('heading', { name: 'What happened', exact: true })).toBeHidden();
  await page.getByRole('checkbox', { name: /^Right \(/ }).uncheck();
  await expect(page).toHaveURL(/\/release\/\?type=prediction$/);
  await expect(page.locator('.prediction')).toHaveCount(await countIn(page, /^Predictions \(/));
  await expectNoAxe(page);
  console.expectClean();
});

test('release filters that match nothing: an empty state with a way out, never the error page', async ({
  page,
}) => {
  const console = watchConsole(page);
  const empty = page.getByText('No events or predictions match these filters');
  await page.goto('/release/?type=event&verdict=right');
  await waitForApp(page);
  await expect(empty).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Release/);
  await expectNoAxe(page);
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/release\/$/);
  await expect(page.getByRole('figure', { name: /Guesses against the record/ })).toBeVisible();

  await page.goto('/release/?q=zzzzzz');
  await waitForApp(page);
  await page.getByRole('searchbox', { name: 'Search events and predictions' }).fill('zzzzzzq');
  await expect(page.getByText('No entries match “zzzzzzq”.')).toBeVisible();
  await expect(empty).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search events and predictions' }).fill('harry styles');
  await expect(page.getByText('No entries match “harry styles”.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Release/);
  console.expectClean();
});

async function expectNoAxe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}
