/**
 * The spoiler shield and the theme in a real browser, on the production build: the stored level
 * hides spoilers from the first paint (before the app starts), down to the episode, survives a
 * reload, and never travels in a URL.
 */
import { expect, test, type Page } from '@playwright/test';
import { hideSpoilersAfter, holdScripts, waitForApp, watchConsole } from './site';

const LOVE = /"I love you" is said for the first time/;

/** Every gated element in the page's main content: its screen tag and whether it is shown. */
const gatedInMain = (page: Page) =>
  page.locator('main [data-reveal]').evaluateAll((elements) =>
    elements.map((el) => ({
      rv: el.getAttribute('data-rv'),
      rs: el.getAttribute('data-rs'),
      text: (el.textContent ?? '').trim(),
      shown: el.checkVisibility(),
    })),
  );

test('watched Season 1: Volume 4 hides its plot until revealed; a reload keeps the setting; the URL carries none of it', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/');
  await waitForApp(page);
  await hideSpoilersAfter(page, 'All of season 1');
  await expect(
    page.getByRole('button', { name: /Spoilers: hiding after Season 1$/ }),
  ).toBeFocused();

  await page.goto('/volumes/4/');
  await waitForApp(page);
  const plot = page.getByRole('region', { name: 'Plot points', exact: true });
  const buttons = plot.getByRole('button', { name: /^Show spoiler/ });
  await expect(plot.getByText(LOVE)).toHaveCount(0);
  const hidden = await buttons.count();
  expect(hidden).toBeGreaterThan(0);
  const reveal = plot
    .getByRole('button', { name: 'Show spoiler: Volume 4 / Season 3', exact: true })
    .first();
  await reveal.focus();
  await page.keyboard.press('Enter');
  await expect(plot.getByText(LOVE)).toBeVisible();
  await expect(buttons).toHaveCount(hidden - 1);
  expect(page.url()).not.toMatch(/[?#]/);

  // A reload keeps the level, not the one item revealed by hand.
  await page.reload();
  await waitForApp(page);
  await expect(plot.getByText(LOVE)).toHaveCount(0);
  await expect(buttons).toHaveCount(hidden);
  expect(page.url()).toMatch(/\/volumes\/4\/$/);
  console.expectClean();
});

test('episode grain: a reader who watched "Season 1, episode 1: Meet" sees that episode’s facts but not later ones, before and after the app starts', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/');
  await waitForApp(page);
  await hideSpoilersAfter(page, 'Season 1, episode 1: Meet');
  await expect(
    page.getByRole('button', { name: 'Spoilers: hiding after Season 1, episode 1' }),
  ).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('hs-progress'))).toBe('0.1.1');

  // The prerendered paint, before any script of the app has run: only the early script.
  const scripts = await holdScripts(page);
  await page.goto('/seasons/season-1/', { waitUntil: 'commit' });
  await page.locator('main').waitFor({ state: 'attached' });
  await expect(page.locator('html')).toHaveAttribute('data-seen-ep', '1-1');
  expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
  const painted = await gatedInMain(page);
  const first = painted.filter((g) => g.rs === '1-1');
  // Later on screen, and not given away by the books either (nothing read).
  const later = painted.filter((g) => g.rs !== null && g.rs !== '1-1');
  expect(first.length, 'a season-1-episode-1 fact on the page').toBeGreaterThan(0);
  expect(later.length, 'a later fact on the page').toBeGreaterThan(0);
  expect(first.filter((g) => !g.shown)).toEqual([]);
  expect(later.filter((g) => g.shown)).toEqual([]);

  // After hydration: the same, the later facts as buttons.
  scripts.release();
  await waitForApp(page);
  const main = page.getByRole('main');
  await expect(main.getByText(first[0]!.text.slice(0, 60))).toBeVisible();
  const laterFact = later.find((g) => g.rv === null && g.text.length > 20)!;
  expect(laterFact, 'a later fact tagged only by its screen position').toBeTruthy();
  await expect(main.getByText(laterFact.text.slice(0, 60))).toHaveCount(0);
  const [season, episode] = laterFact.rs!.split('-');
  await expect(
    main
      .getByRole('button', {
        name: `Show spoiler: Season ${season}${episode ? `, episode ${episode}` : ''}`,
        exact: true,
      })
      .first(),
  ).toBeVisible();
  console.expectClean();
});

test('a shared link opened by someone else shows them their own level (everything for a new visitor)', async ({
  browser,
  baseURL,
}) => {
  const mine = await browser.newContext({ baseURL });
  const me = await mine.newPage();
  await me.goto('/');
  await me.evaluate(() => localStorage.setItem('hs-progress', '0.1'));
  await me.goto('/volumes/4/');
  await waitForApp(me);
  await expect(me.getByText(LOVE)).toHaveCount(0);
  const shared = me.url();

  const theirs = await browser.newContext({ baseURL });
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
  await page.goto('/volumes/4/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByText(LOVE)).toBeHidden();
  // Nothing read, all of season 1 watched: only what season 1 reveals is shown.
  const gated = await gatedInMain(page);
  expect(gated.length).toBeGreaterThan(0);
  const seasonOne = (g: { rs: string | null }) => g.rs === '1' || !!g.rs?.startsWith('1-');
  expect(gated.filter((g) => g.shown && !seasonOne(g))).toEqual([]);
  expect(gated.filter((g) => !g.shown && seasonOne(g))).toEqual([]);
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
  await page.goto('/volumes/4/');
  await waitForApp(page);
  await expect(page.getByText(LOVE)).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  await expect(page.locator('html')).not.toHaveAttribute('data-shield', /.*/);
  console.expectClean();
});

test('hydration logs nothing when a level is stored, and the chosen theme sticks across pages', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.addInitScript(() => localStorage.setItem('hs-progress', '3.2'));
  await page.goto('/release/');
  await waitForApp(page);
  await page.getByRole('button', { name: /Spoilers: hiding after Volume 3 and Season 2$/ }).click();
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check();
  await page.getByRole('link', { name: 'Characters', exact: true }).first().click();
  await page.goto('/characters/charlie-spring/');
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(
    page
      .getByRole('region', { name: 'In the books' })
      .getByRole('button', { name: 'Show spoiler: Volume 4 / Season 3' })
      .first(),
  ).toBeVisible();
  console.expectClean();
});

test('search results hide spoilers beyond the reader’s level until revealed', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('hs-progress', '0.1'));
  await page.goto('/search/?q=i%20love%20you');
  await waitForApp(page);
  const results = page.getByRole('main');
  const buttons = results.getByRole('button', { name: /^Show spoiler: / });
  await expect(buttons.first()).toBeVisible();
  const hidden = await buttons.count();
  await buttons.first().click();
  await expect(buttons).toHaveCount(hidden - 1);
  // What was behind the button is shown, and the focus moves to it.
  const revealed = results.locator('[data-open]');
  await expect(revealed).toBeFocused();
  const text = (await revealed.innerText()).trim();
  expect(text.length).toBeGreaterThan(10);

  // Someone with no level set sees the same results in full.
  await page.evaluate(() => localStorage.removeItem('hs-progress'));
  await page.reload();
  await waitForApp(page);
  await expect(results.getByRole('status').filter({ hasText: /results? for/ })).toBeVisible();
  await expect(buttons).toHaveCount(0);
  await expect(results.getByText(text.slice(0, 50)).first()).toBeVisible();
  console.expectClean();
});
