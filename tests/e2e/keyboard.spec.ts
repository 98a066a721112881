/**
 * A fan who uses only the keyboard: skip link → search → a result → back → a filter → a
 * character. Every stop must have a visible focus indicator.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtMisspeltRole, resultCount, waitForApp, watchConsole } from './site';

/** The focused element draws an outline or a ring that a sighted keyboard user can see. */
async function expectVisibleFocus(page: Page) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'nothing focused';
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    return outline || shadow ? 'visible' : `no focus indicator on ${el.outerHTML.slice(0, 80)}`;
  });
  expect(ring).toBe('visible');
}

/**
 * Presses Tab (or Shift+Tab, `back`) until `target` has focus, at most `max` times, checking
 * each stop is visible.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    // Focus can pass through the document itself between page and browser chrome.
    if (await page.evaluate(() => document.activeElement === document.body)) continue;
    await expectVisibleFocus(page);
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('keyboard only: skip link, search, a result, back, a filter, a character', async ({
  page,
}) => {
  const console = watchConsole(page);
  const wanted = builtMisspeltRole();
  await page.goto('/');
  await waitForApp(page);

  // The first Tab reaches the skip link, which moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to/i });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // "/" jumps to search; a typo still finds the character; arrows and Enter open the page.
  await page.keyboard.press('/');
  const field = page.getByRole('combobox', { name: 'Search the wiki' });
  await expect(field).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type(wanted.typed);
  const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
  await expect(options.first()).toContainText(wanted.name);
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(wanted.name);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Back to where the reader started.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heartstopper Fan Wiki');

  // Back up from the heading to the site navigation, on to the character list and its filters.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(
    page,
    page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Characters' }),
    { back: true },
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters');
  const moreFilters = page.getByRole('button', { name: 'More filters' });
  await tabTo(page, moreFilters);
  await page.keyboard.press('Enter');
  // The panel opens (its code loads on demand); the reader tabs on once it is there.
  const seasonOne = page.getByRole('checkbox', { name: /^Season 1 \(/ });
  await expect(moreFilters).toHaveAttribute('aria-expanded', 'true');
  await expect(seasonOne).toBeVisible();
  await tabTo(page, seasonOne);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/characters\/\?season=1$/);
  await expect(seasonOne).toBeChecked();
  // The list has been filtered before its first card is read.
  await expect(resultCount(page)).toContainText('1 filter in use');

  // On to the first character of the filtered list (each card is headed by its link).
  const card = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first();
  const name = (await card.textContent())!;
  await tabTo(page, card);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  console.expectClean();
});
