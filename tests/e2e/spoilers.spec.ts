/**
 * The spoiler shield in a real browser, on the production build (docs/decisions/040): a new
 * visitor sees nothing tagged and is asked how far they have got, in the page, before the app's
 * code arrives; each spoiler opens with one tap, a section's with one more; the settings are a
 * dialog that fits a phone; the level hides spoilers from the first paint, down to the episode,
 * survives a reload and never travels in a URL; without JavaScript every spoiler still opens.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  builtBookSpoiler,
  builtPlotSpoiler,
  hideSpoilersAfter,
  holdScripts,
  literally,
  templatePage,
  NEW_VISITOR,
  waitForApp,
  watchConsole,
} from './site';

/**
 * The page these tests read: a volume whose plot hides points from a reader who has only watched
 * Season 1, found in the build, and the beginning of one such point.
 */
const SPOILER = builtPlotSpoiler({ volume: 0, screen: 1 });
const VOLUME = SPOILER.path;
const POINT = new RegExp(literally(SPOILER.text.slice(0, 60)));

/** Every gated element in the page's main content: its tags and whether its content shows. */
const gatedInMain = (page: Page) =>
  page.locator('main [data-reveal]').evaluateAll((elements) =>
    elements.map((el) => {
      const body = el.querySelector('.spoiler__body') ?? el;
      return {
        rv: el.getAttribute('data-rv'),
        rs: el.getAttribute('data-rs'),
        text: (body.textContent ?? '').trim(),
        shown: body.checkVisibility(),
      };
    }),
  );

test.describe('a new visitor', () => {
  test.use({ storageState: NEW_VISITOR });

  test('is asked in the page before the app runs, sees nothing tagged, and one tap sets the level', async ({
    page,
  }) => {
    const console = watchConsole(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) w.shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const scripts = await holdScripts(page);
    await page.goto(VOLUME, { waitUntil: 'commit' });
    const question = page.getByRole('region', { name: 'How far have you got?' });
    await expect(question).toBeVisible();
    await expect(page.getByText(POINT)).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
    // Every tagged item is closed: nothing of the story shows before a choice.
    expect((await gatedInMain(page)).filter((g) => g.shown)).toEqual([]);

    // Answered before the app's code has arrived: the early script does it.
    await question.getByRole('button', { name: 'Season 1' }).click();
    expect(await page.evaluate(() => localStorage.getItem('hs-progress'))).toBe('0.1');
    const seasonOne = (g: { rs: string | null }) => g.rs === '1' || !!g.rs?.startsWith('1-');
    const painted = await gatedInMain(page);
    expect(painted.filter((g) => !g.shown && seasonOne(g))).toEqual([]);
    expect(painted.filter((g) => g.shown && !seasonOne(g))).toEqual([]);
    await question.getByRole('button', { name: 'Done' }).click();
    await expect(question).toBeHidden();

    scripts.release();
    await waitForApp(page);
    await expect(
      page.getByRole('button', { name: /Spoilers: hiding after Season 1$/ }),
    ).toBeVisible();
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.001);
    console.expectClean();
  });

  test('a shared link opened by someone else shows them their own level', async ({
    browser,
    baseURL,
  }) => {
    const mine = await browser.newContext({ baseURL });
    const me = await mine.newPage();
    await me.goto('/');
    await me.evaluate(() => localStorage.setItem('hs-progress', 'all'));
    await me.goto(VOLUME);
    await waitForApp(me);
    await expect(me.getByText(POINT)).toBeVisible();
    const shared = me.url();

    const theirs = await browser.newContext({ baseURL });
    const friend = await theirs.newPage();
    await friend.goto(shared);
    await waitForApp(friend);
    await expect(friend.getByText(POINT)).toBeHidden();
    await expect(friend.getByRole('region', { name: 'How far have you got?' })).toBeVisible();
    await mine.close();
    await theirs.close();
  });

  test('a corrupt stored value counts as no choice, with no errors', async ({ page }) => {
    const console = watchConsole(page);
    await page.addInitScript(() => {
      localStorage.setItem('hs-progress', '<script>9.9');
      localStorage.setItem('hs-theme', 'x'.repeat(10_000));
    });
    await page.goto(VOLUME);
    await waitForApp(page);
    await expect(page.getByText(POINT)).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-ask', '');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
    console.expectClean();
  });
});

test('watched Season 1: each spoiler opens with a tap, a section with one more; a reload keeps the level; the URL carries none of it', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/');
  await waitForApp(page);
  await hideSpoilersAfter(page, 'All of season 1');
  await expect(
    page.getByRole('button', { name: /Spoilers: hiding after Season 1$/ }),
  ).toBeFocused();

  await page.goto(VOLUME);
  await waitForApp(page);
  const plot = page.getByRole('region', { name: 'What happens', exact: true });
  const closed = plot.locator('details[data-reveal]:not([open])');
  await expect(plot.getByText(POINT)).toBeHidden();
  const hidden = await closed.count();
  expect(hidden).toBeGreaterThan(1);
  const one = plot
    .locator('details[data-reveal]:not([open])', { hasText: POINT })
    .locator('summary');
  await one.focus();
  await page.keyboard.press('Enter');
  await expect(plot.getByText(POINT)).toBeVisible();
  await expect(closed).toHaveCount(hidden - 1);
  expect(page.url()).not.toMatch(/[?#]/);

  // One tap opens the rest of the section, and the section's button goes.
  const sectionButton = plot.getByRole('button', { name: /^Show \d+ spoilers? in this section/ });
  await sectionButton.click();
  await expect(closed).toHaveCount(0);
  await expect(sectionButton).toBeHidden();
  // Closing one again brings it back.
  await plot.locator('details[data-reveal]', { hasText: POINT }).locator('summary').click();
  await expect(sectionButton).toBeVisible();

  // A reload keeps the level, not what was opened by hand.
  await page.reload();
  await waitForApp(page);
  await expect(plot.getByText(POINT)).toBeHidden();
  await expect(closed).toHaveCount(hidden);
  await expect(sectionButton).toBeVisible();
  expect(page.url()).toMatch(new RegExp(`${literally(VOLUME)}$`));
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

  // After hydration: the same, each later fact behind its own summary.
  scripts.release();
  await waitForApp(page);
  expect((await gatedInMain(page)).map((g) => g.shown)).toEqual(painted.map((g) => g.shown));
  const laterFact = later.find((g) => g.rv === null && g.text.length > 20)!;
  const [season, episode] = laterFact.rs!.split('-');
  await expect(
    page
      .getByRole('main')
      .getByText(`Spoiler: Season ${season}${episode ? `, episode ${episode}` : ''}`, {
        exact: true,
      })
      .first(),
  ).toBeVisible();
  console.expectClean();
});

test('the settings are a dialog that fits a 320 px phone: focus stays inside, Escape closes it and focus returns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(templatePage('character').path);
  await waitForApp(page);
  const toggle = page.getByRole('button', { name: /Spoilers/ });
  await toggle.click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  // Every control is on screen (the sheet scrolls within itself if it must).
  for (const control of await dialog.locator('input, select, button').all()) {
    await control.scrollIntoViewIfNeeded();
    const b = (await control.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(320);
  }
  // Tab never leaves the dialog.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(toggle).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, storageState: NEW_VISITOR });

  test('nothing tagged shows, no question is asked, and each spoiler still opens', async ({
    page,
  }) => {
    await page.goto(VOLUME);
    await expect(page.getByRole('region', { name: 'How far have you got?' })).toBeHidden();
    await expect(page.getByText(POINT)).toBeHidden();
    const summary = page.locator('details[data-reveal]', { hasText: POINT }).locator('summary');
    await summary.click();
    await expect(page.getByText(POINT)).toBeVisible();
    // The section buttons need a script: none shows.
    await expect(page.getByRole('button', { name: /^Show .* spoilers/ })).toHaveCount(0);
  });
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
  await page.goto(VOLUME);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByText(POINT)).toBeHidden();
  // Nothing read, all of season 1 watched: only what season 1 reveals is shown.
  const gated = await gatedInMain(page);
  expect(gated.length).toBeGreaterThan(0);
  const seasonOne = (g: { rs: string | null }) => g.rs === '1' || !!g.rs?.startsWith('1-');
  expect(gated.filter((g) => g.shown && !seasonOne(g))).toEqual([]);
  expect(gated.filter((g) => !g.shown && seasonOne(g))).toEqual([]);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 18, 23)');
  // The page's button works without the app: every spoiler opens, and the button goes.
  const all = page.getByRole('button', { name: /^Show the spoilers on this page/ });
  await expect(all).toBeVisible();
  await all.click();
  await expect(page.locator('main details[data-reveal]:not([open])')).toHaveCount(0);
  await expect(page.getByText(POINT)).toBeVisible();
  await expect(all).toBeHidden();
  // Aborted module scripts log a failed request; nothing else may.
  expect(console.problems.filter((p) => !p.includes('net::ERR_FAILED'))).toEqual([]);
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
  await page.keyboard.press('Escape');
  // A character page with a point in the books past Volume 3 and Season 2: it stays closed
  // behind its label, before and after the app starts.
  const book = builtBookSpoiler({ volume: 3, screen: 2 });
  await page.goto(book.path);
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const books = page.getByRole('region', { name: 'In the books' });
  await expect(books.locator('details[data-reveal]:not([open]) > summary').first()).toBeVisible();
  await expect(books.getByText(book.text.slice(0, 60))).toBeHidden();
  console.expectClean();
});
