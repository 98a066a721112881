/**
 * Accessibility across the ways fans read: axe (WCAG 2.2 A/AA and best practice) on one page of
 * every kind, in light and dark, on a 360 px phone and a 1280 px desktop, with the spoiler shield
 * off (a new visitor) and on (hidden items show their reveal buttons), and with a theme chosen
 * in the settings against the system's.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TEMPLATES, waitForApp } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One page of each template, and the not-found page. */
const PAGES = [...TEMPLATES.map((t) => t.path), '/no-such-page/'];

// Each scheme once and each width once: the layout does not change with the scheme, and the
// colours do not change with the width. (With the shield on, below, the pairs are swapped.)
const VIEWS = [
  { scheme: 'dark', width: 360, height: 740 },
  { scheme: 'light', width: 1280, height: 800 },
] as const;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const view of VIEWS) {
  test.describe(`${view.scheme}, ${view.width} px`, () => {
    test.use({ colorScheme: view.scheme, viewport: { width: view.width, height: view.height } });
    for (const path of PAGES) {
      test(`${path}: axe finds nothing, nothing overflows sideways`, async ({ page }) => {
        await page.goto(path);
        await waitForApp(page);
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
}

const SHIELDED = [
  {
    label: 'shield on, dark theme chosen on a light system, 360 px',
    scheme: 'light',
    theme: 'dark',
    width: 360,
    height: 740,
  },
  {
    label: 'shield on, light theme chosen on a dark system, 1280 px',
    scheme: 'dark',
    theme: 'light',
    width: 1280,
    height: 800,
  },
] as const;

for (const view of SHIELDED) {
  test.describe(view.label, () => {
    test.use({ colorScheme: view.scheme, viewport: { width: view.width, height: view.height } });
    for (const path of PAGES) {
      test(`${path}: axe finds nothing`, async ({ page }) => {
        await page.addInitScript((theme) => {
          // Read nothing, watched Season 1: most plot points are behind reveal buttons.
          localStorage.setItem('hs-progress', '0.1');
          localStorage.setItem('hs-theme', theme);
        }, view.theme);
        await page.goto(path);
        await waitForApp(page);
        await expect(page.locator('html')).toHaveAttribute('data-theme', view.theme);
        if (path === TEMPLATES.find((t) => t.template === 'volume')!.path) {
          await expect(page.getByRole('button', { name: /^Show spoiler/ }).first()).toBeVisible();
        }
        const violations = await axeViolations(page);
        expect(violations, violations.join('\n')).toEqual([]);
      });
    }
  });
}
