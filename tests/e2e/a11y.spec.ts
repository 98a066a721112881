/**
 * Every template as fans read it on a 360 px phone, and accessibility the other way they read:
 * - with the spoiler shield on (hidden items show their reveal buttons) in the dark theme chosen
 *   against a light system: axe (WCAG 2.2 A/AA and best practice) finds nothing and nothing
 *   overflows sideways;
 * - then, everything shown: no word broken over two lines, no box that scrolls sideways out of
 *   sight, an entity page's infobox before its first section, and every chart inside the screen
 *   with text a thumb can read (12 CSS px or more);
 * - and the light theme chosen against a dark system on a desktop.
 * Every template in the light theme on a desktop with the shield off (a new visitor) is checked by
 * routes.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TEMPLATES, templatePage, waitForApp } from './site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One page of each template, and the not-found page. */
const PAGES = [...TEMPLATES, { template: 'not-found', path: '/no-such-page/' }];
const VOLUME = TEMPLATES.find((t) => t.template === 'volume')!.path;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function shieldOn(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((chosen) => {
    // Read nothing, watched Season 1: most plot points are behind reveal buttons. A test that
    // then shows everything stores "all" before reloading; this keeps a level already chosen.
    if (!sessionStorage.getItem('shown-all')) localStorage.setItem('hs-progress', '0.1');
    localStorage.setItem('hs-theme', chosen);
  }, theme);
}

/** Shows everything, as a reader who chose to, and reloads. */
async function showEverything(page: Page) {
  await page.evaluate(() => {
    sessionStorage.setItem('shown-all', '1');
    localStorage.setItem('hs-progress', 'all');
  });
  await page.reload();
  await waitForApp(page);
}

/** Templates of one thing (a character, a person...), which open with an infobox. */
const ENTITY = new Set(['person', 'character', 'volume', 'season', 'episode', 'place']);

/**
 * Words (runs of letters and digits) in <main> whose glyphs sit on more than one line: each
 * word's range gives one box per line it touches. Hidden text and code that scrolls are skipped.
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return ['no <main>'];
    const broken: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('pre, svg, .visually-hidden')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[\p{L}\p{N}’']{2,}/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (tops.size > 1) broken.push(`${match[0]} (in <${parent.localName}>)`);
      }
    }
    return broken;
  });
}

/** Every chart on the page is inside the screen and drawn with words of 12 CSS px or more. */
async function expectReadableCharts(page: Page, width: number) {
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll('main figure svg')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const box = svg.getBoundingClientRect();
        const small = [...svg.querySelectorAll('text')]
          .filter((t) => t.getBoundingClientRect().height > 0)
          // The type's size on screen: its font size in the drawing times the drawing's scale.
          .map((t) => ({
            text: t.textContent,
            size: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
          }))
          .filter((t) => t.size < 11.95)
          .map((t) => `${t.text} (${t.size.toFixed(1)} px)`);
        return { left: box.left, right: box.right, small };
      }),
  );
  for (const chart of charts) {
    expect(chart.left).toBeGreaterThanOrEqual(0);
    expect(chart.right).toBeLessThanOrEqual(width);
    expect(chart.small, 'chart text under 12 px').toEqual([]);
  }
  return charts.length;
}

test.describe('a 360 px phone, dark theme chosen on a light system', () => {
  test.use({
    colorScheme: 'light',
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
  });
  for (const route of PAGES) {
    test(`${route.template} (${route.path}): axe finds nothing with the shield on; whole words, nothing off the side`, async ({
      page,
    }) => {
      await shieldOn(page, 'dark');
      await page.goto(route.path);
      await waitForApp(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      if (route.path === VOLUME) {
        await expect(
          page.locator('details[data-reveal]:not([open]) > summary').first(),
        ).toBeVisible();
      }
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);

      // Everything shown: the longest text the page can hold.
      await showEverything(page);
      expect(await brokenWords(page), 'words broken over two lines').toEqual([]);

      // Nothing wider than the screen, and no box that scrolls sideways out of sight.
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        screen: window.innerWidth,
        sideways: [...document.querySelectorAll('main *')]
          .filter((el) => !el.closest('pre'))
          .filter((el) => {
            const style = getComputedStyle(el);
            return /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
          })
          .map((el) => `<${el.localName} class="${el.className}">`),
      }));
      expect(overflow.page, 'page width').toBeLessThanOrEqual(overflow.screen);
      expect(overflow.sideways, 'boxes that scroll sideways').toEqual([]);

      if (ENTITY.has(route.template)) {
        const infobox = page.getByRole('complementary', { name: 'At a glance' });
        await expect(infobox).toBeVisible();
        await expect(infobox.locator('dt').first()).toBeVisible();
        const boxBottom = await infobox.evaluate((el) => el.getBoundingClientRect().bottom);
        const sectionTop = await page.evaluate(() => {
          const first = [...document.querySelectorAll('main section h2')].find((h) =>
            h.checkVisibility(),
          );
          return first ? first.getBoundingClientRect().top : Infinity;
        });
        expect(boxBottom, 'infobox above the first section').toBeLessThanOrEqual(sectionTop);
      }

      // Any chart shown fits the screen, and its words are 12 CSS px or more.
      await expectReadableCharts(page, 360);
    });
  }

  // Just wide enough for each picture to be drawn: it fits, and its words stay 12 px or more.
  for (const [path, width] of [
    [templatePage('character').path, 660],
    [templatePage('volume').path, 660],
    ['/release/', 1000],
  ] as const) {
    test(`${path} at ${width} px: its picture is drawn, fits and reads at 12 px or more`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await waitForApp(page);
      expect(await expectReadableCharts(page, width)).toBeGreaterThan(0);
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
