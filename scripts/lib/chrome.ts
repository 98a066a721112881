/**
 * The browser every script and test drives: Debian's Chromium, or CHROME_PATH. Nothing is
 * downloaded at install or run time.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a quiet Chromium on a small machine: no sandbox (containers), no GPU, no background
 * traffic or updates. Playwright adds its own headless flag; chrome-launcher callers add one.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
