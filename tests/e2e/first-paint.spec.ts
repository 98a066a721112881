/**
 * The prerendered page paints before the app's code runs (scripts/lib/app-loader.ts): the reader
 * never waits on React to see text that is already in the HTML, and the app still takes over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtRole, DIST, holdScripts, TEMPLATES, waitForApp, watchConsole } from './site';

test('a page paints its text first, asking for nothing else before, then the app starts and takes over', async ({
  page,
}) => {
  const console = watchConsole(page);
  const role = builtRole();
  await page.addInitScript(() => {
    const w = window as unknown as { moduleAddedAt?: number };
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (
            node instanceof HTMLScriptElement &&
            node.type === 'module' &&
            w.moduleAddedAt === undefined
          )
            w.moduleAddedAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(role.path);
  await waitForApp(page);
  const { paint, moduleAddedAt, requested } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    moduleAddedAt: (window as unknown as { moduleAddedAt?: number }).moduleAddedAt,
    requested: performance
      .getEntriesByType('resource')
      .map((entry) => ({ name: entry.name, startTime: entry.startTime })),
  }));
  expect(paint, 'the page painted').toBeGreaterThan(0);
  expect(moduleAddedAt, 'the app code was added by the loader').toBeGreaterThan(0);
  expect(paint!).toBeLessThan(moduleAddedAt!);
  // Nothing else shares the connection with the page while it is on its way: the app's code,
  // its data and the manifest are all asked for after the first paint (decision record 048).
  // Only the tab's icon may come earlier: the browser asks for it itself.
  expect(requested.length, 'the app loaded its code and data').toBeGreaterThan(3);
  expect(
    requested
      .filter((r) => r.startTime < paint! && !r.name.endsWith('/favicon.svg'))
      .map((r) => r.name),
  ).toEqual([]);
  // And the app did take over: a client-side link follows without a page load.
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  await page.getByRole('main').getByRole('link', { name: role.actor.name }).first().click();
  await expect(page).toHaveURL(role.actor.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.actor.name);
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
    true,
  );
  console.expectClean();
});

for (const path of ['/cast/', '/characters/']) {
  test(`${path} does not move when the app takes over (no layout shift on a phone)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          w.shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await waitForApp(page);
    // The plain form's Search button has gone: the list now filters as you type.
    await expect(page.getByRole('button', { name: 'Search', exact: true })).toHaveCount(0);
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.001);
  });
}

test('before the app starts, a source title the reader has reached runs on in its line, as after', async ({
  page,
}) => {
  // The reader has chosen to see everything (the tests' stored level); the first page of a
  // template whose source list gates a title is found in the build.
  const path = TEMPLATES.map((t) => t.path).find((p) =>
    readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('source-title'),
  );
  if (!path) throw new Error(`No template page in ${DIST} gates a source's title`);
  const scripts = await holdScripts(page);
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  const gated = page.locator('.sources details.source-title').first();
  const title = gated.locator('.spoiler__body a');
  await expect(gated).not.toHaveAttribute('open');
  await expect(title).toBeVisible();
  await expect(gated.locator('summary')).toBeHidden();
  const before = await title.evaluate((a) => a.textContent);
  scripts.release();
  await waitForApp(page);
  await expect(gated).toHaveAttribute('open', '');
  await expect(title).toBeVisible();
  expect(await title.evaluate((a) => a.textContent)).toBe(before);
});
