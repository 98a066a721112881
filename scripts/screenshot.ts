/**
 * `npm run screenshot`: every page template photographed from the production build in the
 * system Chromium (CHROME_PATH overrides /usr/bin/chromium), to look at before calling a change
 * done. Run `npm run build` first.
 *
 * - `screenshots/<template>-phone-light.png`, `-phone-dark.png`: a 360 px touch screen, whole page;
 * - `screenshots/<template>-desktop.png`: 1280 px, whole page;
 * - `docs/screenshot.png`: the README's picture, a phone and a desktop side by side.
 *
 * `npm run screenshot -- character episode` takes only the templates named, and
 * `npm run screenshot -- /cast/joe-locke/` any page by its address (`screenshots/cast-joe-locke-*.png`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './lib/chrome.ts';
import { TEMPLATES } from './lib/templates.ts';
import { startStaticServer } from './static-server.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'screenshots');
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4195);
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** The README's page. */
const FEATURED = '/characters/charlie-spring/';

/** A reader who chose to see everything: the pages as a returning fan reads them. */
const READER: BrowserContextOptions['storageState'] = {
  cookies: [],
  origins: [{ origin: ORIGIN, localStorage: [{ name: 'hs-progress', value: 'all' }] }],
};

const SCREENS = {
  'phone-light': {
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    colorScheme: 'light',
  },
  'phone-dark': {
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    colorScheme: 'dark',
  },
  desktop: { viewport: { width: 1280, height: 860 }, colorScheme: 'light' },
} satisfies Record<string, BrowserContextOptions>;

const PAGES = [...TEMPLATES, { template: 'not-found', path: '/no-such-page/' }];
const args = process.argv.slice(2);
// An argument that starts with "/" is a page's address, photographed under a name made from it.
const addresses = args
  .filter((a) => a.startsWith('/'))
  .map((path) => ({ template: path.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'home', path }));
const wanted = args.filter((a) => !a.startsWith('/'));
const chosen = [
  ...(wanted.length || addresses.length ? PAGES.filter((p) => wanted.includes(p.template)) : PAGES),
  ...addresses,
];
if (wanted.length && chosen.length === addresses.length) {
  console.error(`No template called ${wanted.join(', ')}; the templates are:`);
  console.error(PAGES.map((p) => p.template).join(', '));
  process.exit(1);
}

async function shoot(
  browser: Browser,
  screen: BrowserContextOptions,
  path: string,
  file: string,
  fullPage: boolean,
) {
  const context = await browser.newContext({ ...screen, storageState: READER });
  try {
    const page = await context.newPage();
    await page.goto(`${ORIGIN}${path}`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: file, fullPage });
  } finally {
    await context.close();
  }
}

const server = await startStaticServer({ dir: join(ROOT, 'dist'), port: PORT });
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
try {
  mkdirSync(OUT, { recursive: true });
  for (const { template, path } of chosen) {
    for (const [name, screen] of Object.entries(SCREENS)) {
      await shoot(browser, screen, path, join(OUT, `${template}-${name}.png`), true);
    }
    console.log(`${template} (${path}): phone light and dark, desktop`);
  }
  if (chosen.some((p) => p.path === FEATURED)) await readmePicture(browser);
  console.log(`Wrote ${OUT}/`);
} finally {
  await browser.close();
  server.close();
}

/** The README's picture: the featured page on a phone beside the same page on a desktop. */
async function readmePicture(browser: Browser) {
  const phone = join(OUT, 'readme-phone.png');
  const desktop = join(OUT, 'readme-desktop.png');
  await shoot(browser, SCREENS['phone-light'], FEATURED, phone, false);
  await shoot(browser, SCREENS.desktop, FEATURED, desktop, false);
  const src = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
  const html = `<!doctype html><style>
    body { margin: 0; background: #efe3ea; }
    .frame { display: flex; align-items: center; gap: 40px; padding: 40px; width: max-content; }
    .desktop { width: 1280px; border-radius: 10px; box-shadow: 0 6px 30px rgb(60 20 40 / .25); }
    .phone { width: 360px; border: 12px solid #1f1a1e; border-radius: 36px;
      box-shadow: 0 6px 30px rgb(60 20 40 / .3); }
  </style><div class="frame"><img class="desktop" alt="" src="${src(desktop)}">
  <img class="phone" alt="" src="${src(phone)}"></div>`;
  const context = await browser.newContext({ viewport: { width: 1800, height: 1000 } });
  try {
    const page = await context.newPage();
    await page.setContent(html);
    const file = join(ROOT, 'docs', 'screenshot.png');
    writeFileSync(file, await page.locator('.frame').screenshot());
    console.log(`Wrote ${file} (${FEATURED}, a 360 px phone beside a 1280 px desktop).`);
  } finally {
    await context.close();
  }
}
