/**
 * How long the page takes to answer a tap or a key on a slow phone: an INP-like figure for each
 * interaction a reader makes first (issue 22). Each run is a fresh visit in Chromium on a 390 px
 * touch screen with the CPU slowed four times through the DevTools protocol; the steps start as
 * soon as the app has hydrated, as a reader who taps at once would. The page's own Event Timing
 * entries (`PerformanceObserver`, type `event`) give each event's duration, from the input to the
 * next paint after its handlers; a step's figure is the longest of its events, the way INP takes
 * a page's worst interaction. Event Timing reports nothing under 16 ms, so "< 16" is the floor.
 *
 * A measurement for `npm run bench`, never a test: it does not fail on a number.
 */
import type { Browser, Locator, Page } from '@playwright/test';

export interface Interaction {
  /** What the reader does, as the report names it. */
  name: string;
  /** The page it starts on. */
  path: string;
  /** What the reader has told the spoiler shield ('all' unless a step needs spoilers hidden). */
  progress?: string;
  /** The reader's actions; only the events they cause are counted. */
  act: (page: Page) => Promise<void>;
}

export interface InteractionResult {
  name: string;
  path: string;
  /** The longest event of each run, ms (0: none reached 16 ms). */
  runs: number[];
  median: number;
  /** Which event was the longest in the median run, e.g. "pointerdown". */
  slowest: string;
}

const SEARCH = { name: 'Search the wiki' } as const;

/**
 * A finger on the middle of `target`, as raw touch input. Playwright's own `tap()` first checks,
 * inside the page, that nothing covers the target and listens to the tap's events to confirm it
 * landed: its script would run in the very events being timed (on a CPU slowed four times, 5 to
 * 20 ms of them). The target is found and scrolled into view first, outside the measurement.
 */
async function tap(page: Page, target: Locator) {
  await target.waitFor({ timeout: 15_000 });
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`Nothing to tap: ${String(target)}`);
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

/** The interactions issue 22 names, each from a fresh visit. */
export const INTERACTIONS: Interaction[] = [
  {
    name: 'header search: first tap',
    path: '/',
    act: async (page) => {
      await tap(page, page.getByRole('searchbox', SEARCH));
      await page.waitForTimeout(600);
    },
  },
  {
    name: 'header search: first tap, then typing "nick"',
    path: '/',
    act: async (page) => {
      await tap(page, page.getByRole('searchbox', SEARCH));
      await page.keyboard.type('nick', { delay: 120 });
      await page
        .getByRole('option')
        .filter({ hasText: 'Nick Nelson' })
        .first()
        .waitFor({ timeout: 15_000 });
    },
  },
  {
    name: 'spoiler settings: open',
    path: '/',
    act: async (page) => {
      await tap(page, page.locator('.settings__toggle'));
      await page.getByRole('dialog').waitFor({ timeout: 15_000 });
    },
  },
  {
    name: 'list filter: tap, then typing "tao"',
    path: '/characters/',
    act: async (page) => {
      await tap(page, page.getByRole('searchbox').last());
      await page.keyboard.type('tao', { delay: 120 });
      await page
        .getByRole('link', { name: 'Tao Xu', exact: true })
        .first()
        .waitFor({ timeout: 15_000 });
      await page.waitForTimeout(300);
    },
  },
  {
    name: 'facet: "More filters", then a box',
    path: '/characters/',
    act: async (page) => {
      await tap(page, page.getByRole('button', { name: 'More filters' }));
      const box = page.getByRole('checkbox').first();
      await tap(page, box);
      await page.waitForTimeout(600);
    },
  },
  {
    name: 'Share',
    path: '/characters/charlie-spring/',
    act: async (page) => {
      await tap(page, page.getByRole('button', { name: 'Share this page' }).first());
      await page.waitForTimeout(600);
    },
  },
  {
    name: 'a reveal: one spoiler opened',
    path: '/characters/charlie-spring/',
    progress: '0.0',
    act: async (page) => {
      await tap(page, page.locator('details:not([open]) > summary').first());
      await page.waitForTimeout(600);
    },
  },
];

interface EventRecord {
  name: string;
  duration: number;
  interactionId: number;
}

/** Starts recording Event Timing entries before the page's own code runs. */
async function recordEvents(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __events: EventRecord[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { interactionId?: number })[])
        w.__events.push({
          name: entry.name,
          duration: entry.duration,
          interactionId: entry.interactionId ?? 0,
        });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
}

async function oneRun(
  browser: Browser,
  origin: string,
  interaction: Interaction,
  cpuSlowdown: number,
): Promise<{ worst: number; slowest: string }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    permissions: ['clipboard-read', 'clipboard-write'],
    serviceWorkers: 'block',
    storageState: {
      cookies: [],
      origins: [
        {
          origin,
          localStorage: [{ name: 'hs-progress', value: interaction.progress ?? 'all' }],
        },
      ],
    },
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await recordEvents(page);
    await page.goto(origin + interaction.path);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
      timeout: 30_000,
    });
    // Only what the reader's own actions cause counts.
    await page.evaluate(() => {
      (window as unknown as { __events: EventRecord[] }).__events.length = 0;
    });
    await interaction.act(page);
    // Event Timing reports an entry once its next paint is done: give the last one a frame.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
    );
    const events = await page.evaluate(
      () => (window as unknown as { __events: EventRecord[] }).__events,
    );
    const counted = events.filter((e) => e.interactionId > 0);
    const worst = counted.reduce<EventRecord | undefined>(
      (max, e) => (!max || e.duration > max.duration ? e : max),
      undefined,
    );
    return { worst: worst?.duration ?? 0, slowest: worst?.name ?? '' };
  } finally {
    await context.close();
  }
}

/** Runs every interaction `runs` times and keeps the median of each. */
export async function measureInteractions(
  browser: Browser,
  origin: string,
  { runs = 5, cpuSlowdown = 4, only = INTERACTIONS } = {},
): Promise<InteractionResult[]> {
  const results: InteractionResult[] = [];
  for (const interaction of only) {
    const measured: { worst: number; slowest: string }[] = [];
    for (let i = 1; i <= runs; i++) {
      console.log(`Interaction "${interaction.name}" (${i}/${runs})…`);
      measured.push(await oneRun(browser, origin, interaction, cpuSlowdown));
    }
    const sorted = [...measured].sort((a, b) => a.worst - b.worst);
    const middle = sorted[Math.floor(sorted.length / 2)]!;
    results.push({
      name: interaction.name,
      path: interaction.path,
      runs: measured.map((m) => m.worst),
      median: middle.worst,
      slowest: middle.slowest,
    });
  }
  return results;
}

/** Where issue 22 started (2026-12-06, Event Timing, the longest event, median of three). */
export const INTERACTION_BASELINE = [
  '| interaction | ms |',
  '| --- | --: |',
  '| the first tap into the header search, then typing "nick" | 88 |',
  '| opening the spoiler settings | 88 |',
  '| typing "tao" in a list\'s filter | 40 |',
];

/** How the figures were taken, for the report. */
export const INTERACTIONS_NOTE = [
  'Each interaction is a fresh visit in Chromium on a 390 × 844 touch screen with the CPU slowed',
  '4× (DevTools protocol), starting as soon as the app has hydrated; each tap is raw touch input',
  'at the middle of its target (found and scrolled to first). The figure is the longest',
  'Event Timing entry the interaction caused (input to the next paint after its handlers), an',
  'INP-like figure; the median of three visits. Event Timing reports nothing under 16 ms.',
  'Goal (issue 22): every interaction ≤ 50 ms.',
];

/** The report's table: one row an interaction. */
export function interactionTable(rows: InteractionResult[]): string[] {
  const ms = (value: number) => (value === 0 ? '< 16' : String(Math.round(value)));
  return [
    '| interaction | page | median ms | slowest event | runs (ms) |',
    '| --- | --- | --: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | \`${r.path}\` | ${ms(r.median)} | ${r.slowest || '–'} | ${r.runs.map(ms).join(', ')} |`,
    ),
  ];
}
