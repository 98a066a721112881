/**
 * The key journeys in Firefox, as a reader makes them on the production build: finding a
 * character from the header search, narrowing a list with a filter (and Back), hiding spoilers
 * past an episode, and sharing a page. Each starts in a fresh browser context, and none may log
 * an error or warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxMissing, launchFirefox } from '../../scripts/lib/firefox';
import { LIST_PAGE_SIZE } from '../../src/data/data-keys';
import { builtMisspeltRole, builtPlotSpoiler } from '../e2e/built';
import {
  byRole,
  DIST,
  expectHeading,
  expectPath,
  newPage,
  open,
  serveDist,
  type OpenPage,
} from './site';

/** A character of the build, their name mistyped, and their actor. */
const wanted = builtMisspeltRole();
let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
const opened: OpenPage[] = [];

beforeAll(async () => {
  if (firefoxMissing()) return;
  site = await serveDist(40);
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function fresh() {
  const tab = await newPage(browser);
  opened.push(tab);
  return tab;
}

describe.skipIf(firefoxMissing())(`Firefox (${firefoxMissing() ?? 'WebDriver BiDi'})`, () => {
  it('search: a misspelt name in the header suggests the character; Enter opens their page', async () => {
    const { page, problems } = await fresh();
    await open(page, `${site.origin}/`);
    await (await byRole(page, 'searchbox', 'Search the wiki')).click();
    await page.keyboard.type(wanted.typed);
    await byRole(page, 'listbox', 'Suggestions');
    await page.waitForFunction(
      (name) => document.querySelector('[role="option"]')?.textContent?.includes(name),
      {},
      wanted.name,
    );
    expect(await page.$eval('[role="option"]', (o) => o.textContent)).toContain(
      `played by ${wanted.actor.name}`,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectPath(page, wanted.path);
    await expectHeading(page, wanted.name);
    expect(problems).toEqual([]);
  });

  it('a filter: Season 2 shows as many characters as its count promised, and Back undoes it', async () => {
    const { page, problems } = await fresh();
    const total = (
      JSON.parse(readFileSync(join(DIST, 'data', 'lists', 'characters.json'), 'utf8')) as {
        total: number;
      }
    ).total;
    const shown = () => page.$$eval('.card .card__title', (titles) => titles.length);
    await open(page, `${site.origin}/characters/`);
    expect(await shown()).toBe(Math.min(total, LIST_PAGE_SIZE));
    await (await byRole(page, 'button', 'More filters')).click();
    const season2 = (await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((box) =>
        box.parentElement?.textContent?.startsWith('Season 2 ('),
      ),
    )) as ElementHandle<HTMLInputElement>;
    const label = await season2.evaluate((box) => box.parentElement!.textContent!);
    const promised = Number(/\((\d+)\)/.exec(label)![1]);
    expect(promised).toBeGreaterThan(0);
    expect(promised).toBeLessThan(total);
    await season2.click();
    await expectPath(page, '/characters/?season=2');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.card .card__title').length === n,
      {},
      Math.min(promised, LIST_PAGE_SIZE),
    );
    await page.goBack();
    await expectPath(page, '/characters/');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.card .card__title').length === n,
      {},
      Math.min(total, LIST_PAGE_SIZE),
    );
    expect(problems).toEqual([]);
  });

  it('the spoiler shield: watched season 1, a volume’s page hides a plot point until asked; a reload keeps the level', async () => {
    const { page, problems } = await fresh();
    // A volume's plot point a reader who has watched season 1 (and read nothing) has not reached.
    const spoiler = builtPlotSpoiler({ volume: 0, screen: 1 });
    const LINE = spoiler.text.slice(0, 40);
    const plotShows = () =>
      page.evaluate(
        (text) =>
          // The element whose own text holds the line, not a list item round its closed spoiler.
          [...document.querySelectorAll<HTMLElement>('main *')].some(
            (el) =>
              [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.includes(text)) &&
              el.checkVisibility(),
          ),
        LINE,
      );
    // A new visitor is asked in the page how far they have got; one tap answers.
    await open(page, `${site.origin}/`);
    const asked = await byRole(page, 'group', 'Watched the show up to');
    await (await asked.$('::-p-aria(Season 1[role="button"])'))!.click();
    await (await byRole(page, 'button', 'Done')).click();

    await open(page, `${site.origin}${spoiler.path}`);
    expect(await plotShows()).toBe(false);
    const plot = await byRole(page, 'region', 'What happens');
    // The spoiler that holds the line is a native disclosure: a tap on its summary opens it.
    const summary = await plot.evaluateHandle(
      (region, text) =>
        [...region.querySelectorAll('details[data-reveal]')]
          .find((d) => d.textContent?.includes(text))!
          .querySelector('summary')!,
      LINE,
    );
    await (summary as ElementHandle<Element>).click();
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll<HTMLElement>('main *')].some(
          (el) =>
            [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.includes(text)) &&
            el.checkVisibility(),
        ),
      {},
      LINE,
    );
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    expect(await plotShows()).toBe(false);
    // The level lives in this browser, never in the address.
    expect(page.url()).toBe(`${site.origin}${spoiler.path}`);
    expect(problems).toEqual([]);
  });

  it('share: without a share sheet the page’s own address is copied, and "Link copied" is shown', async () => {
    const { page, problems } = await fresh();
    await page.evaluateOnNewDocument(() => {
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await open(page, `${site.origin}/characters/elle-argent/#sources-heading`);
    await (await byRole(page, 'button', 'Share this page')).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="status"]')].some(
        (s) => s.textContent === 'Link copied',
      ),
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${site.origin}/characters/elle-argent/`,
    );
    expect(problems).toEqual([]);
  });
});
