/**
 * The spoiler shield and the theme in a real browser, on the production build: the stored level
 * hides spoilers from the first paint (before the app starts), survives a reload, and never
 * travels in a URL.
 */
import { expect, test } from '@playwright/test';
import { waitForApp, watchConsole } from './site';

const LOVE = /"I love you" is said for the first time/;

test('watched Season 1: Volume 4 hides its plot until revealed; a reload keeps the setting; the URL carries none of it', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: 'Set spoiler protection' }).click();
  const shield = page.getByRole('group', { name: 'Spoiler protection' });
  await shield.getByRole('radio', { name: "Hide what I haven't reached" }).check();
  await shield.getByRole('combobox', { name: 'Watched up to' }).selectOption('Season 1');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: /Spoilers: hiding after Season 1/ })).toBeFocused();

  await page.goto('/volumes/4');
  await waitForApp(page);
  const plot = page.getByRole('region', { name: 'Plot points', exact: true });
  await expect(plot.getByText(LOVE)).toHaveCount(0);
  const reveal = plot.getByRole('button', { name: 'Show spoiler: Volume 4 / Season 3' }).first();
  await reveal.focus();
  await page.keyboard.press('Enter');
  await expect(plot.getByText(LOVE)).toBeVisible();
  expect(page.url()).not.toMatch(/[?#]/);

  await page.reload();
  await waitForApp(page);
  await expect(plot.getByText(LOVE)).toHaveCount(0);
  await expect(plot.getByRole('button', { name: /^Show spoiler/ })).toHaveCount(2);
  expect(page.url()).toMatch(/\/volumes\/4$/);
  console.expectClean();
});

test('a shared link opened by someone else shows them their own level (everything for a new visitor)', async ({
  browser,
}) => {
  const mine = await browser.newContext();
  const me = await mine.newPage();
  await me.goto('/');
  await me.evaluate(() => localStorage.setItem('hs-progress', '0.1'));
  await me.goto('/volumes/4');
  await waitForApp(me);
  await expect(me.getByText(LOVE)).toHaveCount(0);
  const shared = me.url();

  const theirs = await browser.newContext();
  const friend = await theirs.newPage();
  await friend.goto(shared);
  await waitForApp(friend);
  await expect(friend.getByText(LOVE)).toBeVisible();
  await expect(friend.getByRole('button', { name: 'Set spoiler protection' })).toBeVisible();
  await mine.close();
  await theirs.close();
});

test('before the app starts, the stored level already hides spoilers and the stored theme applies', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.addInitScript(() => {
    localStorage.setItem('hs-progress', '0.1');
    localStorage.setItem('hs-theme', 'dark');
  });
  // No JavaScript files at all: only the prerendered HTML, its stylesheet and the early script.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/volumes/4');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByText(LOVE)).toBeHidden();
  await expect(
    page.getByText(/Nick and Charlie meet|after being placed next to each other/),
  ).toHaveCount(0);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 18, 23)');
  // Aborted module scripts log a failed request; nothing else may.
  expect(console.problems.filter((p) => !p.includes('net::ERR_FAILED'))).toEqual([]);
});

test('a corrupt stored value falls back to showing everything, with no errors', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.addInitScript(() => {
    localStorage.setItem('hs-progress', '<script>9.9');
    localStorage.setItem('hs-theme', 'x'.repeat(10_000));
  });
  await page.goto('/volumes/4');
  await waitForApp(page);
  await expect(page.getByText(LOVE)).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  console.expectClean();
});

test('hydration logs nothing when a level is stored, and the chosen theme sticks across pages', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.addInitScript(() => localStorage.setItem('hs-progress', '3.2'));
  await page.goto('/release');
  await waitForApp(page);
  await page.getByRole('button', { name: /Spoilers: hiding after Volume 3 and Season 2/ }).click();
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check();
  await page.getByRole('link', { name: 'Characters', exact: true }).first().click();
  await page.goto('/characters/charlie-spring');
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(
    page
      .getByRole('region', { name: 'In the story' })
      .getByRole('button', { name: 'Show spoiler: Volume 4 / Season 3' })
      .first(),
  ).toBeVisible();
  console.expectClean();
});

test('search results hide spoilers beyond the reader’s level until revealed', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('hs-progress', '0.1'));
  await page.goto('/search?q=i%20love%20you');
  await waitForApp(page);
  const results = page.getByRole('main');
  const reveal = results.getByRole('button', { name: /^Show spoiler: Volume 4/ }).first();
  await expect(reveal).toBeVisible();
  await expect(results.getByText(LOVE)).toHaveCount(0);
  await reveal.click();
  await expect(results.getByText(LOVE).first()).toBeVisible();

  // Someone with no level set sees the same results in full.
  await page.evaluate(() => localStorage.removeItem('hs-progress'));
  await page.reload();
  await waitForApp(page);
  await expect(results.getByText(LOVE).first()).toBeVisible();
  console.expectClean();
});
