import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [path, out, width] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width ?? 1280), height: 900 } });
await page.goto('http://127.0.0.1:4173' + path);
await page.waitForSelector('html[data-hydrated]');
await page.waitForTimeout(400);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
