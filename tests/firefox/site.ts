/**
 * Helpers for the Firefox journeys: the built site on a port of its own, a fresh page that
 * records console errors, waiting for the app, and finding things the way a reader does, by
 * role and accessible name (puppeteer's ARIA queries, answered by Firefox's accessibility tree).
 */
import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import { expect } from 'vitest';

export { DIST, serveDist } from '../fixtures/serve-dist';

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and warnings, and uncaught exceptions. */
  problems: string[];
}

/** A page in a fresh browser context: no storage, settings or worker from another test. */
export async function newPage(browser: Browser): Promise<OpenPage> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${String(error)}`));
  return { page, context, problems };
}

/** Opens a page and waits until the app has taken it over. */
export async function open(page: Page, url: string) {
  await page.goto(url);
  await waitForApp(page);
}

export const waitForApp = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');

/** The element with this role and exact accessible name, once it is there. */
export async function byRole(page: Page, role: string, name: string): Promise<ElementHandle> {
  const escaped = name.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return (await page
    .locator(`::-p-aria(${escaped}[role="${role}"])`)
    .waitHandle()) as ElementHandle;
}

/** Waits until the main heading reads `text`. */
export async function expectHeading(page: Page, text: string) {
  await page.waitForFunction(
    (expected) => document.querySelector('main h1')?.textContent?.trim() === expected,
    {},
    text,
  );
  expect(await page.$eval('main h1', (h) => h.textContent?.trim())).toBe(text);
}

/** Waits until the address bar shows this path and query. */
export async function expectPath(page: Page, pathAndQuery: string) {
  await page.waitForFunction(
    (expected) => location.pathname + location.search === expected,
    {},
    pathAndQuery,
  );
}
