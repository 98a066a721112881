import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ROUTES, waitForApp, watchConsole } from './site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

test.describe('every route', () => {
  for (const route of ROUTES) {
    test(`${route.path}: heading, title, landmarks, no console errors, no axe violations`, async ({
      page,
    }) => {
      const console = watchConsole(page);
      const response = await page.goto(route.path);
      expect(response?.status()).toBe(200);
      await waitForApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.h1);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page).toHaveTitle(/ · Heartstopper Fan Wiki$|^Heartstopper Fan Wiki$/);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toContainText('unofficial fan site');
      await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
      await expectNoAxeViolations(page);
      console.expectClean();
    });
  }
});

test('an unknown address shows the not-found page with status 404 and a way back', async ({
  page,
}) => {
  const console = watchConsole(page, { allowNotFoundDocument: true });
  for (const path of [
    '/no-such-page',
    '/characters/no-such-character',
    '/volumes/7',
    '/volumes/03',
    '/Characters',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page).toHaveTitle('Page not found · Heartstopper Fan Wiki');
    await expect(page.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute(
      'href',
      '/',
    );
  }
  await expectNoAxeViolations(page);
  console.expectClean();
});

test('a trailing slash serves the same page', async ({ page }) => {
  const response = await page.goto('/cast/');
  expect(response?.status()).toBe(200);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cast and crew');
});
