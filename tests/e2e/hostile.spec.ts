/**
 * Hostile and broken input: odd addresses, parameters and failed downloads must never crash a
 * page, run anything, or leave a reader stuck. Each case asserts what a reader sees: one h1, the
 * header's navigation still working, no dialog, nothing in the console.
 */
import { connect } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import {
  builtPlotSpoiler,
  fixClock,
  hideSpoilersAfter,
  literally,
  NEXT_UP,
  waitForApp,
  watchConsole,
} from './site';

const LONG = 'charlie'.repeat(715); // 5,005 characters
const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(2)>';

const CASES: { path: string; status: number; h1: string | RegExp }[] = [
  { path: '/characters/%E0%A4%A/', status: 404, h1: 'Page not found' },
  { path: '/cast/%/', status: 404, h1: 'Page not found' },
  { path: '/characters/__proto__/', status: 404, h1: 'Page not found' },
  { path: '/characters/constructor/', status: 404, h1: 'Page not found' },
  { path: '/volumes/__proto__/', status: 404, h1: 'Page not found' },
  { path: '/places/__proto__/', status: 404, h1: 'Page not found' },
  { path: '/seasons/season-1/episodes/__proto__/', status: 404, h1: 'Page not found' },
  { path: '/seasons/constructor/episodes/1/', status: 404, h1: 'Page not found' },
  { path: `/characters/${encodeURIComponent(SCRIPT)}/`, status: 404, h1: 'Page not found' },
  { path: '/characters/?q=%E0%A4%A&season=%', status: 200, h1: 'Characters' },
  {
    path: '/cast/?season=__proto__&role=constructor&volume=9&sort=__proto__&page=__proto__',
    status: 200,
    h1: 'Cast and crew',
  },
  { path: '/cast/?page=-1&page=1e9', status: 200, h1: 'Cast and crew' },
  { path: `/characters/?q=${LONG}`, status: 200, h1: 'Characters' },
  { path: '/release/?type=__proto__&verdict=constructor&q[]=x', status: 200, h1: /^Release/ },
  { path: `/search/?q=${encodeURIComponent(SCRIPT)}`, status: 200, h1: 'Search' },
  { path: `/search/?q=${LONG}`, status: 200, h1: 'Search' },
  { path: '/search/?q=%E0%A4%A&q=constructor', status: 200, h1: 'Search' },
  { path: '/volumes/?volume=-1&volume=1e9&sort=constructor', status: 200, h1: 'Volumes' },
];

async function expectUsable(page: Page, h1: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
  await expect(page.locator('h1')).toHaveCount(1);
  // Still a working site: the header's navigation takes the reader on.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Volumes' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volumes');
}

for (const { path, status, h1 } of CASES) {
  test(`hostile address ${path.slice(0, 80)}: no crash, no script, one h1`, async ({ page }) => {
    const console = watchConsole(page, { allowNotFoundDocument: status === 404 });
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs++;
      await dialog.dismiss();
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await waitForApp(page);
    // Whatever the address held is shown as text, never run or turned into a link target.
    for (const href of await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).not.toMatch(/^\s*javascript:|<script|onerror/i);
    }
    await expectUsable(page, h1);
    expect(dialogs).toBe(0);
    console.expectClean();
  });
}

test('a data download that fails shows a clear message, and retry recovers', async ({ page }) => {
  await fixClock(page);
  await page.goto('/');
  await waitForApp(page);
  // The next page's data is a file of its own (data/<key>.json); make its download fail.
  let failing = true;
  let failed = 0;
  await page.route(/\/data\/.*\.json(\?.*)?$/, (route) => {
    if (!failing) return route.continue();
    failed++;
    return route.abort();
  });
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Release' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not be loaded');
  await expect(page.getByRole('banner')).toBeVisible();
  expect(failed).toBeGreaterThan(0);
  failing = false;
  await page.getByRole('button', { name: /try again/i }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Release/);
  await expect(page.getByRole('region', { name: "What's next" })).toContainText(NEXT_UP);
});

test.describe('browser storage that fails or holds junk', () => {
  // A plot point of the build that a reader who has watched season 1 (and read nothing) has not reached.
  const spoiler = builtPlotSpoiler({ volume: 0, screen: 1 });
  const point = new RegExp(literally(spoiler.text.slice(0, 60)));

  test('storage that throws (private mode, blocked): pages work and settings apply for the visit', async ({
    page,
  }) => {
    const console = watchConsole(page);
    await page.addInitScript(() => {
      const deny = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { configurable: true, get: deny });
    });
    await page.goto(spoiler.path);
    await waitForApp(page);
    // Nothing can be read: a new visitor's defaults, so the page asks and hides spoilers.
    await expect(page.getByText(point)).toBeHidden();
    await page
      .getByRole('region', { name: 'How far have you got?' })
      .getByRole('button', { name: 'Show me everything' })
      .click();
    await expect(page.getByText(point)).toBeVisible();
    await hideSpoilersAfter(page, 'All of season 1');
    await expect(page.getByText(point)).toBeHidden();
    console.expectClean();
  });

  test('a full quota, and foreign or oversized values, count as no choice', async ({ page }) => {
    const console = watchConsole(page);
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('hs-progress', 'x'.repeat(500_000));
      localStorage.setItem('hs-theme', '{"__proto__":{"polluted":true}}');
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    await page.goto(spoiler.path);
    await waitForApp(page);
    await expect(page.getByText(point)).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-ask', '');
    // Nothing stored leaked onto Object.prototype.
    expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Spoilers/ })
      .click();
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    console.expectClean();
  });
});

test('the preview server behaves like a static host', async ({ request }) => {
  // Host files and dot-files are not served.
  for (const path of ['/_headers', '/.well-known/x', '/.DS_Store'])
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  // Only GET and HEAD: anything else is refused, never answered with a page.
  for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']) {
    const response = await request.fetch('/', { method, maxRedirects: 0 });
    expect(response.status(), method).toBe(405);
    expect(response.headers()['allow']).toBe('GET, HEAD');
  }
  expect((await request.head('/cast/')).status()).toBe(200);
  // An empty path segment names no page.
  const origin = new URL(await (await request.get('/')).url()).origin;
  const raw = (path: string) =>
    new Promise<number>((done, fail) => {
      // A raw request line, as a browser would never send but a client can.
      const url = new URL(origin);
      const socket = connect(Number(url.port), url.hostname, () =>
        socket.write(`GET ${path} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`),
      );
      let head = '';
      socket.on('data', (chunk) => (head += chunk.toString('latin1')));
      socket.on('end', () => done(Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1])));
      socket.on('error', fail);
    });
  expect(await raw('//cast//')).toBe(404);
  expect((await request.get('/cast//', { maxRedirects: 0 })).status()).toBe(404);
  // Images with their own type.
  const card = await request.get('/og-card.jpg');
  expect(card.headers()['content-type']).toBe('image/jpeg');
});
