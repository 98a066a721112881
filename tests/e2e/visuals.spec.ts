/**
 * The pictures in a real browser: the release timeline, the books-to-screen map and a
 * character's ties work by keyboard, show their details, and pass axe in light and dark themes,
 * with the settings panel and spoiler buttons on screen too.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { isRevealed } from '../../src/lib/reveal';
import {
  builtBookSpoiler,
  builtPlotSpoiler,
  builtSteadyThrough,
  builtTies,
  fixClock,
  literally,
  templatePage,
  waitForApp,
  watchConsole,
  type BuiltTies,
} from './site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The release page's picture of the guesses against the record. */
const timeline = (page: Page) => page.getByRole('figure', { name: /Guesses against the record/ });

/** An event's mark on the timeline: the last, clear of the guesses' windows. */
const eventMark = (page: Page) => timeline(page).locator('a.chart__event').last();

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

test('release timeline: tab to a mark, read its detail, follow it to its table row', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/release/');
  await waitForApp(page);
  const figure = timeline(page);
  await expect(figure).toBeVisible();
  const detail = figure.locator('.chart__detail');
  // The first guess: its name says who guessed what, and its verdict ("Guess, The Guesser:
  // autumn 2023 (September to November 2023). Close: about a month early.").
  const guess = figure.locator('a.chart__guess').first();
  const label = (await guess.getAttribute('aria-label'))!;
  const [, who, verdict] = /^Guess, (.+?) \(.*\)\. (.+)\.$/.exec(label)!;
  const anchor = (await guess.getAttribute('href'))!;
  const row = page.locator(anchor);
  await guess.focus();
  await expect(guess).toBeFocused();
  await expect(detail).toContainText(who!);
  await expect(detail).toContainText(verdict!);
  await page.keyboard.press('Tab');
  await expect(detail).not.toContainText(who!);
  await guess.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${literally(anchor)}$`));
  await expect(row).toContainText(new RegExp(literally(verdict!), 'i'));
  // Once the page has come to rest at the row, the reader points at another mark.
  await expect(row).toBeInViewport();
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const before = window.scrollY;
        await new Promise((resolve) => setTimeout(resolve, 150));
        return window.scrollY === before;
      }),
    )
    .toBe(true);
  const event = eventMark(page);
  await event.hover();
  // The detail says in words what the mark's name says ("22 April 2022: Season 1 released").
  await expect(detail).toContainText((await event.getAttribute('aria-label'))!);
  console.expectClean();
});

test('books-to-screen map: the volume page highlights its place, and a box leads to the season', async ({
  page,
}) => {
  const console = watchConsole(page);
  const volume = templatePage('volume');
  await page.goto(volume.path);
  await waitForApp(page);
  const map = page.getByRole('figure', { name: new RegExp(`${volume.h1} is highlighted`) });
  await expect(
    map.getByRole('link', { name: new RegExp(`^${volume.h1}, adapted in Season \\d+`) }),
  ).toHaveAttribute('aria-current', 'page');
  // A season that adapts it ("Season 2, adapting Volume 3").
  const season = map
    .getByRole('link', { name: new RegExp(`^Season \\d+, adapting ${volume.h1}`) })
    .first();
  const name = /^Season \d+/.exec(
    (await season.getAttribute('aria-label')) ?? (await season.textContent())!,
  )![0];
  await season.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page).toHaveURL(`/seasons/season-${name.split(' ')[1]}/`);
  console.expectClean();
});

test('a character’s ties: each person in the picture is a link to their page', async ({ page }) => {
  const console = watchConsole(page);
  const character = builtTies().find((c) => c.ties.length > 0);
  if (!character) throw new Error('No built character has ties');
  const [tie] = character.ties;
  await page.goto(character.path);
  await waitForApp(page);
  const picture = page.getByRole('figure', {
    name: new RegExp(`Who ${literally(character.name)} is tied to`),
  });
  await picture.getByRole('link', { name: new RegExp(`^${literally(tie!.name)}: `) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tie!.name);
  console.expectClean();
});

/** Volume 1 read and Season 1 watched, as stored and as the shield reads it. */
const VOLUME_1_SEASON_1 = { stored: '1.1', progress: { volume: 1, screen: 1 } } as const;

test('a character’s ties: the picture is the reader’s from the first paint, and stays put when its code arrives', async ({
  page,
}) => {
  // A character with a tie that is no spoiler, one the reader has reached and one not: a level
  // the prerendered page (made for a new visitor) does not know, so the stylesheet alone has
  // to draw it.
  const reached = (t: BuiltTies['ties'][number]) =>
    t.reveal !== undefined && isRevealed(t.reveal, VOLUME_1_SEASON_1.progress);
  const unreached = (t: BuiltTies['ties'][number]) =>
    t.reveal !== undefined && !isRevealed(t.reveal, VOLUME_1_SEASON_1.progress);
  const character = builtTies().find(
    (c) => c.ties.some((t) => !t.reveal) && c.ties.some(reached) && c.ties.some(unreached),
  );
  test.skip(!character, 'no character has ties on both sides of Volume 1 / Season 1');
  const { path, name, ties } = character!;
  const tie = (t: BuiltTies['ties'][number]) =>
    picture.getByRole('link', { name: new RegExp(`^${literally(t.name)}: `) });

  const console = watchConsole(page);
  await page.addInitScript(
    (level) => localStorage.setItem('hs-progress', level),
    VOLUME_1_SEASON_1.stored,
  );
  await page.goto(path);
  await waitForApp(page);
  const picture = page.getByRole('figure', {
    name: new RegExp(`Who ${literally(name)} is tied to`),
  });
  const plain = tie(ties.find((t) => !t.reveal)!);
  await expect(tie(ties.find(reached)!)).toBeVisible();
  await expect(tie(ties.find(unreached)!)).toBeHidden();
  await expect(plain).toBeVisible();
  // Where a name sits (the point grows under the pointer; the name does not).
  const label = plain.locator('.ties__name');
  await label.scrollIntoViewIfNeeded();
  const before = await label.boundingBox();
  const code = page.waitForResponse(/relationship-diagram-[^/]+\.js$/);
  await plain.hover();
  await code;
  // Hydrated: React has taken the picture's own nodes over (it keeps its key on each).
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(document.querySelector('.ties__person') ?? {}).some((k) =>
          k.startsWith('__reactFiber'),
        ),
      ),
    )
    .toBe(true);
  expect(await label.boundingBox()).toEqual(before);
  await expect(tie(ties.find(reached)!)).toBeVisible();
  await expect(tie(ties.find(unreached)!)).toBeHidden();
  console.expectClean();
});

test('a character whose every tie is a spoiler: a line says so until one is reached, then the picture shows', async ({
  page,
}) => {
  const character = builtTies().find((c) => c.ties.length > 0 && c.ties.every((t) => t.reveal));
  test.skip(!character, 'every character has a tie that is no spoiler');
  const { path, name, ties } = character!;
  const console = watchConsole(page);
  // A reader who has read and watched nothing reaches none of them. (Set on the first visit
  // only, so the reload below reads what the reader changed.)
  await page.addInitScript(() => {
    if (sessionStorage.getItem('level-set')) return;
    sessionStorage.setItem('level-set', 'yes');
    localStorage.setItem('hs-progress', '0.0');
  });
  await page.goto(path);
  await waitForApp(page);
  const picture = page.getByRole('figure', {
    name: new RegExp(`Who ${literally(name)} is tied to`),
  });
  await expect(
    picture.getByText(/^Your spoiler setting leaves out (both ties|all \d+ ties|the one tie)/),
  ).toBeVisible();
  await expect(picture.getByRole('group')).toBeHidden();
  // Everything reached: the picture, and no such line.
  await page.evaluate(() => localStorage.setItem('hs-progress', 'all'));
  await page.reload();
  await waitForApp(page);
  await expect(
    picture.getByRole('link', { name: new RegExp(`^${literally(ties[0]!.name)}: `) }),
  ).toBeVisible();
  await expect(picture.getByText(/^Your spoiler setting leaves out/)).toBeHidden();
  console.expectClean();
});

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: the pictures, the settings panel and spoiler buttons pass axe`, async ({
    page,
  }) => {
    const console = watchConsole(page);
    await page.addInitScript((t) => {
      localStorage.setItem('hs-theme', t);
      localStorage.setItem('hs-progress', '2.1');
    }, theme);
    // Pages with a spoiler closed for this reader, found in the build.
    const reader = { volume: 2, screen: 1 };
    for (const path of [
      '/release/',
      builtPlotSpoiler(reader).path,
      builtBookSpoiler(reader).path,
    ]) {
      await page.goto(path);
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(
        page.locator('details[data-reveal]:not([open]) > summary').first(),
      ).toBeVisible();
      await page
        .getByRole('button', { name: /Spoilers: hiding after Volume 2 and Season 1/ })
        .click();
      await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
    }
    console.expectClean();
  });
}

test('the chart’s code is not part of a first visit: the prerendered chart works, and its code loads when pointed at', async ({
  page,
}) => {
  const console = watchConsole(page);
  // Any day on which the build's scoring still holds: the page is left exactly as it was made.
  await fixClock(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/release/');
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => /release-timeline|verdicts|scorecard/.test(p))).toEqual([]);
  const figure = timeline(page);
  await expect(figure.getByRole('link')).toHaveCount(
    await page.locator('#main table tr[id^="timeline-"]').count(),
  );

  const event = eventMark(page);
  await event.hover();
  await expect(figure.locator('.chart__detail')).toContainText(
    (await event.getAttribute('aria-label'))!,
  );
  expect(requested.filter((p) => /release-timeline/.test(p))).toHaveLength(1);
  console.expectClean();
});

test('past the last day the build scored for, the browser scores the release page again for the reader’s day', async ({
  page,
}) => {
  const console = watchConsole(page);
  const until = builtSteadyThrough();
  test.skip(until === '9999-12-31', 'nothing on record changes with the day');
  const next = new Date(`${until}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  await page.clock.setFixedTime(next);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/release/');
  await waitForApp(page);
  await expect.poll(() => requested.filter((p) => /\/verdicts-[^/]+\.js$/.test(p))).toHaveLength(1);
  console.expectClean();
});
