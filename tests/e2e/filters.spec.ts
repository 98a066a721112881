/** List filters: counts, the URL as the state (push for choices, replace for typing), Back/Forward. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForApp, watchConsole } from './site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const cardTitles = (page: Page) => page.locator('.card .card__title');
const countIn = async (page: Page, name: RegExp) => {
  const label = await page
    .getByRole('checkbox', { name })
    .evaluate((el) => el.parentElement!.textContent!);
  return Number(/\((\d+)\)/.exec(label)![1]);
};

test('characters: a filter shows as many as its count promised; Back undoes it, Forward redoes it', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/characters');
  await waitForApp(page);
  const total = await cardTitles(page).count();
  await page.getByRole('button', { name: 'Search and filter' }).click();
  const promised = await countIn(page, /^Season 2 \(/);
  expect(promised).toBeLessThan(total);

  await page.getByRole('checkbox', { name: /^Season 2 \(/ }).check();
  await expect(page).toHaveURL(/\/characters\?season=2$/);
  await expect(cardTitles(page)).toHaveCount(promised);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
    `Showing ${promised} of ${total} characters · 1 filter in use`,
  );

  // OR within a group: adding Season 1 can only widen the list.
  const widened = await countIn(page, /^Season 1 \(/);
  await page.getByRole('checkbox', { name: /^Season 1 \(/ }).check();
  await expect(page).toHaveURL(/\?season=1&season=2$/);
  await expect(cardTitles(page)).toHaveCount(widened);
  expect(widened).toBeGreaterThanOrEqual(promised);

  await page.goBack();
  await expect(page).toHaveURL(/\?season=2$/);
  await expect(cardTitles(page)).toHaveCount(promised);
  await expect(page.getByRole('checkbox', { name: /^Season 1 \(/ })).not.toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\/characters$/);
  await expect(cardTitles(page)).toHaveCount(total);
  await page.goForward();
  await expect(cardTitles(page)).toHaveCount(promised);
  await expectNoAxe(page);
  console.expectClean();
});

test('cast: typing with a typo finds the person, the URL follows without new history entries, reload keeps it', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/seasons');
  await page.goto('/cast');
  await waitForApp(page);
  // Keyboard only: the button opens the panel and puts the caret in its search field.
  await page.getByRole('button', { name: 'Search and filter' }).focus();
  await page.keyboard.press('Enter');
  const field = page.getByRole('searchbox', { name: 'Search cast and crew' });
  await expect(field).toBeFocused();
  await page.keyboard.type('jonathon baily');
  await expect(page).toHaveURL(/\/cast\?q=jonathon\+baily$/);
  await expect(cardTitles(page).first()).toHaveText('Jonathan Bailey');
  await expect(cardTitles(page).first().locator('..')).toBeVisible();

  await page.reload();
  await waitForApp(page);
  await expect(field).toHaveValue('jonathon baily');
  await expect(cardTitles(page).first()).toHaveText('Jonathan Bailey');

  // Typing replaced the entry: one Back returns to the previous page.
  await page.goBack();
  await expect(page).toHaveURL(/\/seasons$/);
  console.expectClean();
});

test('cast: groups AND together, sort by first appearance, Clear all restores the list', async ({
  page,
}) => {
  await page.goto('/cast?role=main&season=1&sort=first');
  await waitForApp(page);
  await expect(page.getByRole('checkbox', { name: /^Main cast/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('first');
  const both = await countIn(page, /^Main cast \(/);
  await expect(cardTitles(page)).toHaveCount(both);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/\/cast$/);
  await expect(page.getByRole('checkbox', { name: /^Main cast/ })).not.toBeChecked();
  expect(await cardTitles(page).count()).toBeGreaterThan(both);
});

test('nothing matches: the list says so, suggests the closest name and can clear the filters', async ({
  page,
}) => {
  await page.goto('/characters?q=chrlyy');
  await waitForApp(page);
  await expect(page.getByText('No characters match.')).toBeVisible();
  await page.getByRole('button', { name: 'Charlie Spring' }).click();
  await expect(page).toHaveURL(/\?q=Charlie\+Spring$/);
  await expect(cardTitles(page).first()).toHaveText('Charlie Spring');
});

test('bad parameters are dropped and the cleaned URL replaces the bad one', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto(
    '/characters?season=9&season=__proto__&role=main&volume=%E0%A4%A&verdict=right&x=1',
  );
  await waitForApp(page);
  await expect(page).toHaveURL(/\/characters\?role=main$/);
  await expect(page.getByRole('checkbox', { name: /^Main cast/ })).toBeChecked();
  console.expectClean();
});

test('the share button shares the filtered view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  await page.goto('/characters?season=2');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Share this list' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe('?season=2');
});

test('volumes and release: filters that fit them, with counts', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/volumes');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Search and filter' }).click();
  const film = await countIn(page, /^The film \(/);
  await page.getByRole('checkbox', { name: /^The film \(/ }).check();
  await expect(page).toHaveURL(/\/volumes\?season=film$/);
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(film);
  await expectNoAxe(page);

  await page.goto('/release?type=prediction&verdict=right');
  await waitForApp(page);
  const right = await countIn(page, /^Right \(/);
  await expect(page.locator('.prediction')).toHaveCount(right);
  await expect(page.getByRole('heading', { name: 'What happened', exact: true })).toBeHidden();
  await page.getByRole('checkbox', { name: /^Right \(/ }).uncheck();
  await expect(page).toHaveURL(/\/release\?type=prediction$/);
  await expect(page.locator('.prediction')).toHaveCount(await countIn(page, /^Predictions \(/));
  await expectNoAxe(page);
  console.expectClean();
});

async function expectNoAxe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}
