/**
 * One real page of every route template in the browser, as a new visitor on a desktop in the
 * light theme: status, one h1, title, landmarks, no console errors, no axe violations (WCAG 2.2
 * A/AA and best practice; the dark theme, a phone and the spoiler shield: a11y.spec.ts), and the
 * visit's first-visit JavaScript against the byte budgets (budgets.ts); the
 * not-found cases; and a host that answers an unknown path with the home page's HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { weighRequests } from '../../scripts/lib/page-weight';
import { expectWithinBudget } from './budgets';
import { DIST, fixClock, TEMPLATES, waitForApp, watchConsole } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function expectNoAxeViolations(page: Page) {
  // The source list is skipped until it nears the screen, at the size it last had (decision
  // record 057); the app can still change it after that size was taken, and axe, measuring its
  // links while it is skipped, would find them spilling over the footer. Scrolled through once,
  // as a reader would, it is measured at its real size.
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    await frame();
    window.scrollTo(0, 0);
  });
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}

async function expectNotFoundPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page).toHaveTitle('Page not found · Heartstopper Fan Wiki');
  await expect(page.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute(
    'href',
    '/',
  );
}

test.describe('one page of every template', () => {
  for (const route of TEMPLATES) {
    test(`${route.template} (${route.path}): heading, title, landmarks, no console errors, no axe violations, first-visit JS within budget`, async ({
      page,
      baseURL,
    }) => {
      const console = watchConsole(page);
      // The visit is weighed as well: every file it requests, against the byte budgets.
      const origin = new URL(baseURL!).origin;
      const requested: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === origin) requested.push(url.pathname);
      });
      await fixClock(page);
      const response = await page.goto(route.path, { waitUntil: 'networkidle' });
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
      expectWithinBudget(weighRequests(route.path, requested, DIST), route.template);
    });
  }
});

test('an unknown address shows the not-found page with status 404 and a way back', async ({
  page,
}) => {
  const console = watchConsole(page, { allowNotFoundDocument: true });
  for (const path of [
    '/no-such-page/',
    '/characters/no-such-character/',
    '/volumes/7/',
    '/volumes/03/',
    '/Characters/',
    '/seasons/season-1/episodes/9/',
    '/places/no-such-place/',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await waitForApp(page);
    await expectNotFoundPage(page);
  }
  await expectNoAxeViolations(page);
  console.expectClean();
});

test('a host that answers an unknown path with the home page’s HTML still shows the not-found page, with no hydration error', async ({
  page,
}) => {
  const console = watchConsole(page);
  const home = readFileSync(join(DIST, 'index.html'), 'utf8');
  // The prerendered home page records the path it was made for; /volumes/0/ is not it.
  expect(home).toMatch(/<script type="application\/json" id="page-state">\{"path":"\/"/);
  await page.route('**/volumes/0/', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: home }),
  );
  const response = await page.goto('/volumes/0/');
  expect(response?.status()).toBe(200);
  await waitForApp(page);
  await expectNotFoundPage(page);
  // Rendered afresh, not hydrated against the home page's markup: no React error #418.
  await expect(page.getByRole('heading', { name: 'Heartstopper Fan Wiki', level: 1 })).toHaveCount(
    0,
  );
  expect(console.problems.join('\n')).not.toContain('418');
  console.expectClean();
});

test('the address without its trailing slash serves the same page', async ({ page }) => {
  const console = watchConsole(page);
  const response = await page.goto('/cast');
  expect(response?.status()).toBe(200);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cast and crew');
  console.expectClean();
});
