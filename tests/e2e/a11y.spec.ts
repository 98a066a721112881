/**
 * Accessibility the other way fans read: axe (WCAG 2.2 A/AA and best practice) on one page of
 * every kind, and the not-found page, on a 360 px phone in the dark theme chosen against a light
 * system, with the spoiler shield on (hidden items show their reveal buttons), and nothing
 * overflowing sideways; and the light theme chosen against a dark system. Every template in the
 * light theme on a desktop with the shield off (a new visitor) is checked by routes.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TEMPLATES, waitForApp } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One page of each template, and the not-found page. */
const PAGES = [...TEMPLATES.map((t) => t.path), '/no-such-page/'];
const VOLUME = TEMPLATES.find((t) => t.template === 'volume')!.path;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function shieldOn(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((chosen) => {
    // Read nothing, watched Season 1: most plot points are behind reveal buttons.
    localStorage.setItem('hs-progress', '0.1');
    localStorage.setItem('hs-theme', chosen);
  }, theme);
}

test.describe('shield on, dark theme chosen on a light system, 360 px', () => {
  test.use({ colorScheme: 'light', viewport: { width: 360, height: 740 } });
  for (const path of PAGES) {
    test(`${path}: axe finds nothing, nothing overflows sideways`, async ({ page }) => {
      await shieldOn(page, 'dark');
      await page.goto(path);
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      if (path === VOLUME) {
        await expect(
          page.locator('details[data-reveal]:not([open]) > summary').first(),
        ).toBeVisible();
      }
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
      // Reading on a phone never needs sideways scrolling.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('shield on, light theme chosen on a dark system, 1280 px', () => {
  test.use({ colorScheme: 'dark', viewport: { width: 1280, height: 800 } });
  test(`${VOLUME}: the chosen theme wins, and axe finds nothing`, async ({ page }) => {
    await shieldOn(page, 'light');
    await page.goto(VOLUME);
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    // The page looks the same as on a light system: the choice, not the system, decides.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      background,
    );
    await expect(page.locator('details[data-reveal]:not([open]) > summary').first()).toBeVisible();
    const violations = await axeViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
