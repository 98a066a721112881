import { expect, test } from '@playwright/test';
import { builtRole, fixClock, NEXT_UP, templatePage, waitForApp, watchConsole } from './site';

/** A character of the build with an actor: the journey's pages. */
const role = builtRole();

test('a fan follows links from the front page to a character, an actor and a season, then back', async ({
  page,
}) => {
  const console = watchConsole(page);
  await page.goto('/');
  await waitForApp(page);

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Characters' })
    .click();
  await expect(page).toHaveURL('/characters/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters');
  await expect(page).toHaveTitle('Characters · Heartstopper Fan Wiki');

  await page.getByRole('main').getByRole('link', { name: role.name, exact: true }).click();
  await expect(page).toHaveURL(role.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.name);
  // Focus moves to the new page's heading so screen readers start there.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page
    .getByRole('main')
    .getByRole('link', { name: role.actor.name, exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(role.actor.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.actor.name);
  await expect(page.getByRole('table')).toContainText(role.name);

  // The actor's credits link each season they were in.
  const season = page
    .getByRole('main')
    .getByRole('link', { name: /^Season \d+$/ })
    .first();
  const seasonName = (await season.textContent())!;
  await season.click();
  await expect(page).toHaveURL(`/seasons/season-${seasonName.split(' ')[1]}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seasonName);

  await page.goBack();
  await expect(page).toHaveURL(role.actor.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.actor.name);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.name);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.actor.name);
  console.expectClean();
});

test('a deep link opens directly and survives a reload', async ({ page }) => {
  const console = watchConsole(page);
  const volume = templatePage('volume');
  await page.goto(volume.path);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(volume.h1);
  // The volume's page says where it is on screen.
  await expect(page.getByRole('main')).toContainText(/Season \d|The film/);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(volume.h1);
  await expect(page).toHaveTitle(`${volume.h1} · Heartstopper Fan Wiki`);
  console.expectClean();
});

test('citations link to numbered sources that open the original article', async ({ page }) => {
  await page.goto(templatePage('character').path);
  await waitForApp(page);
  const firstCitation = page.getByRole('link', { name: /^Source 1:/ }).first();
  await firstCitation.click();
  await expect(page).toHaveURL(/#source-1$/);
  const source = page.locator('#source-1');
  await expect(source).toBeInViewport();
  await expect(source.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
  await expect(source.getByRole('link')).toHaveAttribute('rel', 'noopener noreferrer');
});

test('the release page scores each prediction from the data', async ({ page, browser }) => {
  await fixClock(page);
  await page.goto('/release/');
  await waitForApp(page);
  // The app scores every guess as the build did on its day (the verdicts' own rules are
  // tested in verdicts.test.ts), and scores some right, close or wrong.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const built = await plain.newPage();
  await built.goto('/release/');
  const verdicts = (p: typeof page) =>
    p.locator('.prediction .verdict').evaluateAll((els) => els.map((el) => el.textContent));
  const scored = await verdicts(built);
  expect(scored.length).toBeGreaterThan(1);
  expect(scored.filter((v) => /^(Right|Close|Wrong)/.test(v ?? '')).length).toBeGreaterThan(0);
  expect(await verdicts(page)).toEqual(scored);
  // What is next, on the build's day: what the build wrote into the page, whatever the record
  // holds by then (a date announced, or nothing left to come).
  const next = (p: typeof page) => p.getByRole('region', { name: "What's next" });
  const written = (await next(built).textContent()) ?? '';
  await plain.close();
  expect(written).toMatch(NEXT_UP);
  await expect(next(page)).toHaveText(written);
});

test('an episode page links to its season, and the season lists its episodes', async ({ page }) => {
  const console = watchConsole(page);
  const episode = templatePage('episode');
  const seasonPath = episode.path.replace(/episodes\/\d+\/$/, '');
  const seasonName = `Season ${/season-(\d+)/.exec(seasonPath)![1]}`;
  await page.goto(episode.path);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(episode.h1);
  await page.getByRole('main').getByRole('link', { name: seasonName, exact: true }).first().click();
  await expect(page).toHaveURL(seasonPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seasonName);
  await page.getByRole('main').getByRole('link', { name: episode.h1 }).first().click();
  await expect(page).toHaveURL(episode.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(episode.h1);
  console.expectClean();
});

test('a new page starts at the top; Back returns to where the reader was', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/characters/');
  await waitForApp(page);
  // The list's last character, far enough down that the reader scrolls to it.
  const link = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').last();
  const name = (await link.textContent())!;
  await link.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(200);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
});

test("Back returns to the same line of a page's source list, which the browser skips until it nears the screen", async ({
  page,
}) => {
  const character = templatePage('character');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(character.path);
  await waitForApp(page);
  // The list starts below the first screen, so the browser skips it until the reader nears it.
  const sources = page.locator('.sources');
  expect(await sources.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(740);
  // The reader scrolls to the end of the page and follows a link from the footer.
  const link = page.getByRole('contentinfo').getByRole('link', { name: 'Recent changes' });
  const last = page.locator('.sources li').last();
  await last.scrollIntoViewIfNeeded();
  await link.scrollIntoViewIfNeeded();
  const top = () => last.evaluate((li) => Math.round(li.getBoundingClientRect().top));
  const before = await top();
  const y = await page.evaluate(() => window.scrollY);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recent changes');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(character.h1);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
  expect(await top()).toBe(before);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('every section link is whole on screen, Release included, and the page does not scroll sideways', async ({
    page,
  }) => {
    await page.goto('/characters/');
    await waitForApp(page);
    const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const box = (await link.boundingBox())!;
      const name = await link.textContent();
      expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(390);
    }
    await expect(links.filter({ hasText: 'Release' })).toBeInViewport({ ratio: 1 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
