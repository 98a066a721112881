/**
 * The second browser engine the tests drive: Debian's Firefox ESR (or FIREFOX_PATH), over
 * WebDriver BiDi with puppeteer-core, which never downloads a browser. The preferences keep a
 * test profile quiet and let a test read back what the page copied to the clipboard.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Why the Firefox tests cannot run here, or null. Outside CI a missing Firefox skips them with
 * this message; in CI (.ci/run installs it) it fails them.
 */
export const firefoxMissing = (): string | null =>
  existsSync(FIREFOX_PATH) || process.env.CI
    ? null
    : `Firefox is not at ${FIREFOX_PATH}: apt-get install firefox-esr, or set FIREFOX_PATH`;

const PREFS = {
  // Clipboard reads without the paste prompt a real user would answer.
  'dom.events.testing.asyncClipboard': true,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'app.update.enabled': false,
};

export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: PREFS,
  });
}
