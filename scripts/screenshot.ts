/**
 * `npm run screenshot`: the README's picture of the wiki, taken from the production build in the
 * system Chromium (CHROME_PATH overrides /usr/bin/chromium). Run `npm run build` first.
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './lib/chrome.ts';
import { startStaticServer } from './static-server.ts';

const ROOT = join(import.meta.dirname, '..');
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4195);
const PATH = process.argv[2] ?? '/characters/charlie-spring/';

const server = await startStaticServer({ dir: join(ROOT, 'dist'), port: PORT });
const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: CHROME_ARGS,
});
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 860 },
    colorScheme: 'light',
  });
  await page.goto(`http://127.0.0.1:${PORT}${PATH}`);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  const file = join(ROOT, 'docs', 'screenshot.png');
  await page.screenshot({ path: file });
  console.log(`Wrote ${file} (${PATH}, 1280×860).`);
} finally {
  await browser.close();
  server.close();
}
