/**
 * Renders the wiki's own artwork (scripts/images/*.svg) to the PNGs in public/: the link-preview
 * card and the app icons. Run by hand after changing the SVGs (`npx tsx scripts/make-images.ts`);
 * the PNGs are committed, so builds never need a browser.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_ARGS, CHROME_PATH } from './lib/chrome.ts';

const here = join(import.meta.dirname, 'images');
const out = join(import.meta.dirname, '..', 'public');
const jobs = [
  { svg: 'card.svg', file: 'og-card.jpg', width: 1200, height: 630 },
  { svg: 'icon.svg', file: 'icon-512.png', width: 512, height: 512 },
  { svg: 'icon.svg', file: 'icon-192.png', width: 192, height: 192 },
  { svg: 'icon.svg', file: 'apple-touch-icon.png', width: 180, height: 180 },
];

const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: CHROME_ARGS,
});
for (const job of jobs) {
  const page = await browser.newPage({ viewport: { width: job.width, height: job.height } });
  const svg = readFileSync(join(here, job.svg), 'utf8').replace(
    /width="\d+" height="\d+"/,
    `width="${job.width}" height="${job.height}"`,
  );
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  const jpeg = job.file.endsWith('.jpg');
  await page.screenshot({
    path: join(out, job.file),
    clip: { x: 0, y: 0, width: job.width, height: job.height },
    ...(jpeg ? { type: 'jpeg' as const, quality: 85 } : {}),
  });
  await page.close();
  console.log(`public/${job.file}`);
}
await browser.close();
