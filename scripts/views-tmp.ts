import { chromium } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './lib/chrome.ts';
import { startStaticServer } from './static-server.ts';
const [path, width = '360', theme = 'light', level = 'all', chunks = '4', chunkH = '1400'] = process.argv.slice(2);
const server = await startStaticServer({ dir: '/work/main/dist', port: 4198 });
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
const ctx = await browser.newContext({ viewport: { width: +width, height: +chunkH }, deviceScaleFactor: 1, colorScheme: theme as 'light' | 'dark', isMobile: +width < 500, hasTouch: +width < 500,
  storageState: { cookies: [], origins: [{ origin: 'http://127.0.0.1:4198', localStorage: level === 'new' ? [] : [{ name: 'hs-progress', value: level }] }] } });
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:4198' + path);
await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
const total = await page.evaluate(() => document.documentElement.scrollHeight);
const name = path.replace(/\W+/g, '-');
for (let i = 0; i < +chunks && i * +chunkH < total; i++) {
  await page.evaluate((y) => window.scrollTo(0, y), i * +chunkH);
  await page.waitForTimeout(150);
  await page.screenshot({ path: `/tmp/v/${name}-${width}-${theme}-${i}.png` });
  console.log(`/tmp/v/${name}-${width}-${theme}-${i}.png`);
}
console.log('total height', total);
await browser.close(); server.close();
