import { expect, test } from '@playwright/test';
import { fixClock, NEXT_UP, TEMPLATES, waitForApp, watchConsole } from './site';

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

  await page.getByRole('link', { name: 'Charlie Spring' }).click();
  await expect(page).toHaveURL('/characters/charlie-spring/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Charlie Spring');
  // Focus moves to the new page's heading so screen readers start there.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page
    .getByRole('main')
    .getByRole('link', { name: 'Joe Locke', exact: true })
    .first()
    .click();
  await expect(page).toHaveURL('/cast/joe-locke/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joe Locke');
  await expect(page.getByRole('table')).toContainText('Charlie Spring');

  await page.getByRole('main').getByRole('link', { name: 'Season 2' }).first().click();
  await expect(page).toHaveURL('/seasons/season-2/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Season 2');
  await expect(page.getByRole('main')).toContainText('3 August 2023');

  await page.goBack();
  await expect(page).toHaveURL('/cast/joe-locke/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joe Locke');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Charlie Spring');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joe Locke');
  console.expectClean();
});

test('a deep link opens directly and survives a reload', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/volumes/4/');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volume 4');
  await expect(page.getByRole('main')).toContainText('Season 3');
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volume 4');
  await expect(page).toHaveTitle('Volume 4 · Heartstopper Fan Wiki');
  console.expectClean();
});

test('citations link to numbered sources that open the original article', async ({ page }) => {
  await page.goto('/characters/nick-nelson/');
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
  const autumn = page.getByRole('listitem').filter({ hasText: 'autumn 2023' });
  await expect(autumn).toContainText('Close: about a month early');
  await expect(autumn).toContainText('3 August 2023');
  await expect(page.getByRole('listitem').filter({ hasText: 'around June 2023' })).toContainText(
    'Close: about two months late',
  );
  await expect(
    page.getByRole('listitem').filter({ hasText: 'no more than about three months' }),
  ).toContainText("Verdict: Can't tell from the dates");
  // What is next, on the build's day: what the build wrote into the page, whatever the record
  // holds by then (a date announced, or nothing left to come).
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const built = await plain.newPage();
  await built.goto('/release/');
  const next = (p: typeof page) => p.getByRole('region', { name: "What's next" });
  const written = (await next(built).textContent()) ?? '';
  await plain.close();
  expect(written).toMatch(NEXT_UP);
  await expect(next(page)).toHaveText(written);
});

test('an episode page links to its season, and the season lists its episodes', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/seasons/season-3/episodes/4/');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journey');
  await page.getByRole('main').getByRole('link', { name: 'Season 3', exact: true }).first().click();
  await expect(page).toHaveURL('/seasons/season-3/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Season 3');
  await page.getByRole('main').getByRole('link', { name: 'Journey' }).first().click();
  await expect(page).toHaveURL('/seasons/season-3/episodes/4/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journey');
  console.expectClean();
});

test('a new page starts at the top; Back returns to where the reader was', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/characters/');
  await waitForApp(page);
  const link = page.getByRole('main').getByRole('link', { name: 'Tara Jones', exact: true });
  await link.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(200);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tara Jones');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
});

test("Back returns to the same line of a page's source list, which the browser skips until it nears the screen", async ({
  page,
}) => {
  const character = TEMPLATES.find((t) => t.template === 'character')!;
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(character.path);
  await waitForApp(page);
  // The reader scrolls to the end of the page and follows a link from the footer.
  const link = page.getByRole('contentinfo').getByRole('link', { name: 'Recent changes' });
  const last = page.locator('.sources li').last();
  await last.scrollIntoViewIfNeeded();
  await link.scrollIntoViewIfNeeded();
  const top = () => last.evaluate((li) => Math.round(li.getBoundingClientRect().top));
  const before = await top();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(2000);
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
