import { expect, test } from '@playwright/test';
import { builtRole, holdScripts, templatePage, waitForApp, watchConsole } from './site';

/** A character page of the build, with the actor it links to. */
const role = builtRole();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page is readable and its links are real links', async ({ page }) => {
    await page.goto(role.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.name);
    await expect(page.getByRole('main')).toContainText(role.summary);
    await page
      .getByRole('main')
      .getByRole('link', { name: role.actor.name, exact: true })
      .first()
      .click();
    await expect(page).toHaveURL(role.actor.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.actor.name);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Release' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Release: the guesses and what happened',
    );
    // The guesses come scored, as the build day found them.
    await expect(
      page
        .getByRole('main')
        .getByText(/^(Right|Close|Wrong)$/)
        .first(),
    ).toBeVisible();
    // The share button needs JavaScript, so it is not offered.
    await expect(page.getByRole('button', { name: /Share/ })).toHaveCount(0);
  });
});

test('nothing moves when the app starts: page heads keep their size on a phone', async ({
  browser,
  baseURL,
}) => {
  for (const path of [
    '/characters/',
    role.path,
    templatePage('volume').path,
    templatePage('episode').path,
  ]) {
    const boxes = [];
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({
        javaScriptEnabled,
        viewport: { width: 412, height: 823 },
        baseURL,
      });
      const page = await context.newPage();
      await page.goto(path);
      if (javaScriptEnabled) await waitForApp(page);
      boxes.push(await page.locator('main h1').boundingBox());
      boxes.push(await page.locator('main h1 ~ *, main .page-head ~ *').first().boundingBox());
      await context.close();
    }
    expect(boxes.slice(2), path).toEqual(boxes.slice(0, 2));
  }
});

test('hydration reuses the prerendered page and logs nothing', async ({ page }) => {
  const console = watchConsole(page);
  // Hold the app's code back until the prerendered heading has been marked.
  const scripts = await holdScripts(page);
  await page.goto(templatePage('volume').path, { waitUntil: 'commit' });
  await page.waitForSelector('h1');
  await page.evaluate(() => {
    (document.querySelector('h1') as HTMLElement & { prerendered?: boolean }).prerendered = true;
  });
  scripts.release();
  await waitForApp(page);
  // React hydrated the existing heading instead of replacing the page.
  expect(
    await page.evaluate(
      () => (document.querySelector('h1') as HTMLElement & { prerendered?: boolean }).prerendered,
    ),
  ).toBe(true);
  console.expectClean();
});

test.describe('share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the current view’s address and confirms it', async ({ page, baseURL }) => {
    await page.goto(`${role.path}#sources-heading`);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Share this page' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${role.path}`,
    );
  });
});
