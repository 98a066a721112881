/**
 * The key journeys in WebKit (Safari's engine), through WebKitGTK's WebDriver in a virtual
 * display: header search, a list filter and Back, the spoiler shield across a reload, sharing,
 * and offline after a first visit (`npm run test:webkit`, part of `npm test`). Classic
 * WebDriver has no console log, so these check what the reader sees; the Chromium and Firefox
 * suites watch the console.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_PAGE_SIZE } from '../../src/data/data-keys';
import { builtMisspeltRole, builtPlotSpoiler } from '../e2e/built';
import { DIST, serveDist } from '../fixtures/serve-dist';
import { KEYS, Session, webkitMissing, type Element } from './webdriver';

const missing = webkitMissing();
/** A character of the build, their name mistyped, and their actor. */
const wanted = builtMisspeltRole();
const PORT = Number(process.env.E2E_PORT ?? 4173);
let site: Awaited<ReturnType<typeof serveDist>>;
let browser: Session;

beforeAll(async () => {
  if (missing) return;
  site = await serveDist(50);
  browser = await Session.start(PORT + 51);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const heading = () => browser.run(() => document.querySelector('main h1')?.textContent?.trim());
const path = () => browser.run(() => location.pathname + location.search);
const waitForPath = (expected: string) =>
  browser.waitFor(expected, (p: string) => location.pathname + location.search === p, expected);
const cardCount = () => browser.run(() => document.querySelectorAll('.card .card__title').length);

describe.skipIf(missing)(`WebKit (${missing ?? 'WebKitGTK WebDriver'})`, () => {
  it('search: a misspelt name in the header suggests the character; Enter opens their page', async () => {
    await browser.open(`${site.origin}/`);
    const field = await browser.byRole('searchbox', 'Search the wiki');
    await browser.click(field);
    const combobox = (await browser.waitFor('the combobox', () =>
      document.querySelector('[role="combobox"]'),
    )) as unknown as Element;
    await browser.type(combobox, wanted.typed);
    await browser.waitFor(
      'a suggestion',
      (name: string) => document.querySelector('[role="option"]')?.textContent?.includes(name),
      wanted.name,
    );
    await browser.type(combobox, KEYS.ArrowDown + KEYS.Enter);
    await waitForPath(wanted.path);
    await browser.waitFor(
      'the character page',
      (name: string) => document.querySelector('main h1')?.textContent === name,
      wanted.name,
    );
  });

  it('a filter: Season 2 shows as many characters as its count promised, and Back undoes it', async () => {
    const total = (
      JSON.parse(readFileSync(join(DIST, 'data', 'lists', 'characters.json'), 'utf8')) as {
        total: number;
      }
    ).total;
    await browser.open(`${site.origin}/characters/`);
    expect(await cardCount()).toBe(Math.min(total, LIST_PAGE_SIZE));
    await browser.click(await browser.byRole('button', 'More filters'));
    const season2 = (await browser.waitFor('the Season 2 filter', () =>
      [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((box) =>
        box.parentElement?.textContent?.startsWith('Season 2 ('),
      ),
    )) as unknown as Element;
    const label = await browser.run((box: HTMLElement) => box.parentElement!.textContent!, season2);
    const promised = Number(/\((\d+)\)/.exec(label)![1]);
    expect(promised).toBeGreaterThan(0);
    await browser.click(season2);
    await waitForPath('/characters/?season=2');
    await browser.waitFor(
      'the filtered list',
      (n: number) => document.querySelectorAll('.card .card__title').length === n,
      Math.min(promised, LIST_PAGE_SIZE),
    );
    await browser.back();
    await waitForPath('/characters/');
    await browser.waitFor(
      'the whole list',
      (n: number) => document.querySelectorAll('.card .card__title').length === n,
      Math.min(total, LIST_PAGE_SIZE),
    );
  });

  it('the spoiler shield: watched season 1, a volume’s page hides a plot point until asked; a reload keeps the level', async () => {
    // A volume's plot point a reader who has watched season 1 (and read nothing) has not reached.
    const spoiler = builtPlotSpoiler({ volume: 0, screen: 1 });
    const LINE = spoiler.text.slice(0, 40);
    const plotShows = () =>
      browser.run(
        (text: string) =>
          // The element whose own text holds the line, not a list item round its closed spoiler.
          [...document.querySelectorAll<HTMLElement>('main *')].some(
            (el) =>
              [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.includes(text)) &&
              el.checkVisibility(),
          ),
        LINE,
      );
    // A new visitor is asked in the page how far they have got; one tap answers.
    await browser.open(`${site.origin}/`);
    const asked = await browser.byRole('group', 'Watched the show up to');
    await browser.click(await browser.byRole('button', 'Season 1', asked));
    await browser.click(await browser.byRole('button', 'Done'));

    await browser.open(`${site.origin}${spoiler.path}`);
    expect(await plotShows()).toBe(false);
    const plot = await browser.byRole('region', 'What happens');
    // The spoiler that holds the line is a native disclosure: a tap on its summary opens it.
    const summary = (await browser.run(
      (region: HTMLElement, text: string) =>
        [...region.querySelectorAll('details[data-reveal]')]
          .find((d) => d.textContent?.includes(text))!
          .querySelector('summary'),
      plot,
      LINE,
    )) as unknown as Element;
    await browser.click(summary);
    expect(await plotShows()).toBe(true);
    await browser.refresh();
    await browser.waitFor('the app', () => document.documentElement.dataset.hydrated === 'true');
    expect(await plotShows()).toBe(false);
    expect(await browser.url()).toBe(`${site.origin}${spoiler.path}`);
  });

  it('share: the button copies the page’s own address or, where it cannot, says how to copy it', async () => {
    await browser.open(`${site.origin}/characters/elle-argent/`);
    await browser.run(() => {
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await browser.click(await browser.byRole('button', 'Share this page'));
    const said = await browser.waitFor('the share status', () =>
      [...document.querySelectorAll('[role="status"]')]
        .map((s) => s.textContent)
        .find((t) => t === 'Link copied' || t?.startsWith('Could not copy')),
    );
    expect(said).toBe('Link copied');
  });

  it('offline: after a first visit, the menu and a page never visited open without the server', async () => {
    await browser.open(`${site.origin}/`);
    await browser.waitFor('the offline precache', async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration?.active?.state !== 'activated' || !navigator.serviceWorker.controller)
        return false;
      const sw = await (await caches.open('hs-precache')).keys();
      return sw.some((r) => r.url.includes('/shell/index.html')) && sw.length > 100;
    });
    await site.close();
    const sections = await browser.byRole('navigation', 'Sections');
    await browser.click(await browser.byRole('link', 'Release', sections));
    await waitForPath('/release/');
    await browser.waitFor('the release page', () =>
      document.querySelector('main h1')?.textContent?.startsWith('Release'),
    );
    await browser.open(`${site.origin}/characters/tara-jones/`);
    expect(await heading()).toBe('Tara Jones');
    expect(await browser.run(() => document.getElementById('page-state'))).toBeNull();
    expect(await path()).toBe('/characters/tara-jones/');
  });
});
