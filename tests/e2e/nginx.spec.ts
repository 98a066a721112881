/**
 * The self-host recipe, docs/nginx/wiki.conf, run by a real nginx (scripts/nginx-serve.ts fills
 * in the folder and port): pages answer 200 at /x/ and /x without a redirect and hydrate, unknown
 * paths get the not-found page with 404, the _headers security headers and the caching rules
 * apply, text is gzipped, no internal link redirects, and the sub-path variant works at /wiki/.
 *
 * Needs nginx (/usr/sbin/nginx or NGINX_PATH; .ci/run installs it) and `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parseHeaders } from '../../scripts/lib/headers-file';
import {
  brotliModule,
  builtBase,
  nginxBinary,
  startNginx,
  type RunningNginx,
} from '../../scripts/nginx-serve';
import { DIST, TEMPLATES, templatePage, waitForApp, watchConsole } from './site';
import { seesEverything } from './reader';

// The servers this spec starts, by port offset (tests/e2e/reader.ts).
test.use({ storageState: seesEverything(7, 8) });

const ROOT = join(import.meta.dirname, '..', '..');
const PORT = Number(process.env.E2E_PORT ?? 4173) + 7;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SUB_BASE = '/wiki/';
const SUB_PORT = Number(process.env.E2E_PORT ?? 4173) + 8;
const SUB_ORIGIN = `http://127.0.0.1:${SUB_PORT}`;

/** One page of every route template. */
const PAGES = TEMPLATES.map((t) => t.path);

const MISSING = `nginx is not installed at ${nginxBinary()}: apt-get install nginx, or set NGINX_PATH (.ci/run installs it).`;
// On a developer's machine without nginx these are skipped, saying why; in CI, where .ci/run
// installs nginx, a missing nginx is a failure, never a silent skip.
test.skip(!existsSync(nginxBinary()) && !process.env.CI, MISSING);
test.beforeAll(() => {
  if (!existsSync(nginxBinary())) throw new Error(MISSING);
});
// One worker for the whole file: every test uses the same nginx on a fixed port.
test.describe.configure({ mode: 'default' });

let nginx: RunningNginx | undefined;

test.beforeAll(async () => {
  nginx = await startNginx({ dir: DIST, port: PORT });
});

test.afterAll(async () => {
  await nginx?.stop();
});

/** The headers _headers gives every path of a build (Cache-Control aside: it varies by path). */
function siteHeaders(dir: string): [string, string][] {
  const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
  const base = builtBase(readFileSync(join(dir, '_headers'), 'utf8'));
  return rules
    .filter((rule) => rule.path === `${base}*`)
    .flatMap((rule) => rule.headers)
    .filter(([name]) => name.toLowerCase() !== 'cache-control');
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .sort();
}

/** Opens a page in the browser and checks it answered 200 itself, hydrated and logged nothing. */
async function expectPage(page: Page, url: string) {
  const console = watchConsole(page);
  const response = await page.goto(url);
  expect(response, url).not.toBeNull();
  expect(response!.request().redirectedFrom(), `${url} was redirected`).toBeNull();
  expect(response!.status(), url).toBe(200);
  expect(page.url()).toBe(url);
  await waitForApp(page);
  await expect(page.locator('h1')).toHaveCount(1);
  console.expectClean();
}

/** Opens a missing page and checks for the not-found page, answered with 404. */
async function expectNotFoundPage(page: Page, url: string) {
  const console = watchConsole(page, { allowNotFoundDocument: true });
  const response = await page.goto(url);
  expect(response!.request().redirectedFrom(), `${url} was redirected`).toBeNull();
  expect(response!.status(), url).toBe(404);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  console.expectClean();
}

/** The biggest file of a kind: small files fall under gzip_min_length and are sent as they are. */
function biggest(dir: string, suffix: string): string {
  return filesUnder(dir, suffix)
    .map((name) => ({ name, size: readFileSync(join(dir, name)).length }))
    .sort((a, b) => b.size - a.size)[0]!.name;
}

/** Every same-origin link on the page, without #fragments, each requested once: all must be 200. */
async function expectLinksAnswerWithoutRedirect(
  page: Page,
  request: APIRequestContext,
  url: string,
) {
  await page.goto(url);
  await waitForApp(page);
  const origin = new URL(url).origin;
  // getAttribute, not .href: an SVG <a>'s href is not a string.
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) =>
      links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href),
    );
  const targets = [
    ...new Set(
      hrefs
        .map((href) => new URL(href))
        .filter((link) => link.origin === origin)
        .map((link) => {
          link.hash = '';
          return link.href;
        }),
    ),
  ];
  expect(targets.length, `same-origin links on ${url}`).toBeGreaterThan(5);
  const answers = await Promise.all(
    targets.map(async (target) => {
      const response = await request.get(target, { maxRedirects: 0 });
      const location = response.headers()['location'];
      return `${response.status()} ${target}${location ? ` -> ${location}` : ''}`;
    }),
  );
  expect(answers.filter((answer) => !answer.startsWith('200 '))).toEqual([]);
}

/**
 * The templates' pages differ, to nginx, only in the file each address maps to: every one is
 * asked for over HTTP, and a page of each kind (the home page, a list, an entity) is opened in the
 * browser, where the headers, the CSP and the assets nginx serves must let it hydrate.
 */
const IN_BROWSER = [
  '/',
  TEMPLATES.find((t) => t.template === 'characters')!.path,
  TEMPLATES.find((t) => t.template === 'character')!.path,
];

test.describe('nginx at the site root', () => {
  test('every template’s page answers 200 with its own HTML, without a redirect', async ({
    request,
  }) => {
    for (const path of PAGES) {
      const response = await request.get(`${ORIGIN}${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toContain('text/html');
      const html = await response.text();
      expect(html, path).toContain(`"path":${JSON.stringify(path)}`);
    }
  });

  for (const path of IN_BROWSER) {
    test(`${path} answers 200 without a redirect, hydrates and logs nothing`, async ({ page }) => {
      await expectPage(page, `${ORIGIN}${path}`);
    });
  }

  test('the slash-less address is the same page, also without a redirect', async ({ request }) => {
    for (const path of PAGES.filter((p) => p !== '/')) {
      const withSlash = await request.get(`${ORIGIN}${path}`, { maxRedirects: 0 });
      const without = await request.get(`${ORIGIN}${path.slice(0, -1)}`, { maxRedirects: 0 });
      expect(without.status(), path.slice(0, -1)).toBe(200);
      expect(await without.text()).toBe(await withSlash.text());
    }
  });

  test('a slash-less address hydrates in the browser too', async ({ page }) => {
    await expectPage(page, `${ORIGIN}/characters/charlie-spring`);
  });

  test('an unknown page answers 404 with the not-found page', async ({ page, request }) => {
    await expectNotFoundPage(page, `${ORIGIN}/no-such-page/`);
    for (const path of [
      '/no-such-page',
      '/assets/no-such-file.js',
      '/data/nope.json',
      '/_headers',
    ]) {
      const response = await request.get(`${ORIGIN}${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain('Page not found');
    }
    // A directory without an index is not a page (and not a listing or a 403).
    expect((await request.get(`${ORIGIN}/assets/`, { maxRedirects: 0 })).status()).toBe(404);
  });

  test('security headers from _headers, on pages, assets and the 404 page', async ({ request }) => {
    const expected = siteHeaders(DIST);
    expect(expected.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
      ]),
    );
    const asset = filesUnder(join(DIST, 'assets'), '.js')[0]!;
    for (const path of ['/cast/', `/assets/${asset}`, '/no-such-page/', '/sw.js']) {
      const headers = (await request.get(`${ORIGIN}${path}`)).headers();
      for (const [name, value] of expected)
        expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    }

    const response = await request.get(`${ORIGIN}/characters/charlie-spring/`);
    const csp = response.headers()['content-security-policy']!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['strict-transport-security']).toMatch(/max-age=\d+/);
    // The header repeats the page's own meta policy (same hashes: the snippet is this build's).
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
      await response.text(),
    )?.[1];
    expect(meta).toBeTruthy();
    expect(csp.startsWith(meta!)).toBe(true);
  });

  test('caching: assets immutable; HTML, data JSON and sw.js revalidated', async ({ request }) => {
    const asset = filesUnder(join(DIST, 'assets'), '.js')[0]!;
    const data = filesUnder(join(DIST, 'data'), '.json')[0]!;
    const cacheControl = async (path: string) =>
      (await request.get(`${ORIGIN}${path}`)).headers()['cache-control'];

    expect(await cacheControl(`/assets/${asset}`)).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/cast/', '/cast', `/data/${data}`, '/sw.js', '/no-such-page/'])
      expect(await cacheControl(path), path).toBe('no-cache');

    const json = await request.get(`${ORIGIN}/data/${data}`);
    expect(json.headers()['content-type']).toContain('application/json');
    const manifest = await request.get(`${ORIGIN}/manifest.webmanifest`);
    expect(manifest.headers()['content-type']).toContain('application/manifest+json');
  });

  test('nginx’s own error responses carry the security headers too: bad %-encoding, NUL, a very long path, TRACE', async ({
    request,
  }) => {
    const expected = siteHeaders(DIST);
    const cases: { path: string; method?: string; status: number }[] = [
      { path: '/%00', status: 400 },
      { path: '/cast/%zz/', status: 400 },
      { path: `/${'a'.repeat(10_000)}/`, status: 414 },
      { path: '/', method: 'TRACE', status: 405 },
    ];
    for (const { path, method = 'GET', status } of cases) {
      const response = await request.fetch(`${ORIGIN}${path}`, { method, maxRedirects: 0 });
      const label = `${method} ${path.slice(0, 40)}`;
      expect(response.status(), label).toBe(status);
      const headers = response.headers();
      for (const [name, value] of expected)
        expect(headers[name.toLowerCase()], `${name} on ${label}`).toBe(value);
    }
  });

  test('the build’s precompressed copies are served as they are: .br where the client takes it, else .gz', async ({
    request,
  }) => {
    const page = templatePage('character').path;
    const gz = readFileSync(join(DIST, page, 'index.html.gz'));
    const gzipped = await request.get(`${ORIGIN}${page}`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(gzipped.headers()['content-encoding']).toBe('gzip');
    expect(Number(gzipped.headers()['content-length'])).toBe(gz.length);
    test.skip(!brotliModule(), 'nginx has no brotli_static module here');
    const br = readFileSync(join(DIST, 'characters', 'charlie-spring', 'index.html.br'));
    const brotli = await request.get(`${ORIGIN}${page}`, {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(brotli.headers()['content-encoding']).toBe('br');
    expect(Number(brotli.headers()['content-length'])).toBe(br.length);
  });

  test('gzip for HTML, JS, JSON, XML and the manifest when the client asks', async ({
    request,
  }) => {
    const paths = [
      '/cast/',
      `/assets/${biggest(join(DIST, 'assets'), '.js')}`,
      `/data/${biggest(join(DIST, 'data'), '.json')}`,
      '/sitemap.xml',
      '/manifest.webmanifest',
    ];
    for (const path of paths) {
      const gzipped = await request.get(`${ORIGIN}${path}`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect(gzipped.headers()['content-encoding'], path).toBe('gzip');
      expect(gzipped.headers()['vary'], path).toContain('Accept-Encoding');
    }
    const plain = await request.get(`${ORIGIN}/cast/`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(plain.headers()['content-encoding']).toBeUndefined();
  });

  for (const path of ['/', templatePage('character').path]) {
    test(`no internal link on ${path} redirects`, async ({ page, request }) => {
      await expectLinksAnswerWithoutRedirect(page, request, `${ORIGIN}${path}`);
    });
  }
});

/** Is `dir` a finished build for `base`? (sw.js is the last file the build writes.) */
function isFinishedBuild(dir: string, base: string): boolean {
  const files = [
    'index.html',
    '404.html',
    'sw.js',
    '_headers',
    'characters/charlie-spring/index.html',
  ];
  if (!files.every((file) => existsSync(join(dir, file)))) return false;
  try {
    return builtBase(readFileSync(join(dir, '_headers'), 'utf8')) === base;
  } catch {
    return false;
  }
}

test.describe('nginx under a sub-path (the alias variant)', () => {
  let sub: RunningNginx | undefined;
  let snapshot: string | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // tests/e2e/subpath.spec.ts builds dist-subpath/ and may rebuild it while this file runs, so
    // serve a copy of it, and only if it is a finished build for /wiki/. Otherwise (missing,
    // half-written, or built for another base), build our own copy the same way that spec does,
    // into a folder no other test writes.
    let dir = join(ROOT, 'dist-subpath');
    if (isFinishedBuild(dir, SUB_BASE)) {
      snapshot = mkdtempSync(join(tmpdir(), 'wiki-nginx-subpath-'));
      cpSync(dir, snapshot, { recursive: true });
      dir = snapshot;
    }
    if (!isFinishedBuild(dir, SUB_BASE)) {
      dir = join(ROOT, 'dist-nginx-subpath');
      execFileSync('npm', ['run', 'build'], {
        cwd: ROOT,
        env: {
          ...process.env,
          BASE_PATH: SUB_BASE,
          DIST_DIR: 'dist-nginx-subpath',
          SSR_DIR: '.ssr-nginx-subpath',
        },
        stdio: 'pipe',
      });
    }
    sub = await startNginx({ dir, port: SUB_PORT, base: SUB_BASE });
  });

  test.afterAll(async () => {
    await sub?.stop();
    if (snapshot) rmSync(snapshot, { recursive: true, force: true });
  });

  for (const path of ['', 'characters/charlie-spring/']) {
    test(`${SUB_BASE}${path} answers 200 without a redirect, hydrates and logs nothing`, async ({
      page,
    }) => {
      await expectPage(page, `${SUB_ORIGIN}${SUB_BASE}${path}`);
    });
  }

  test('slash-less addresses answer 200 without a redirect', async ({ request }) => {
    for (const path of [SUB_BASE.slice(0, -1), `${SUB_BASE}characters/charlie-spring`]) {
      const response = await request.get(`${SUB_ORIGIN}${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
    }
  });

  test('a missing page answers 404 with the not-found page; nothing outside the sub-path is served', async ({
    page,
    request,
  }) => {
    await expectNotFoundPage(page, `${SUB_ORIGIN}${SUB_BASE}no-such-page/`);
    for (const path of [`${SUB_BASE}assets/no-such-file.js`, `${SUB_BASE}_headers`]) {
      const response = await request.get(`${SUB_ORIGIN}${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain('Page not found');
    }
    const outside = await request.get(`${SUB_ORIGIN}/characters/charlie-spring/`, {
      maxRedirects: 0,
    });
    expect(outside.status()).toBe(404);
  });

  test('headers and caching under the sub-path', async ({ page, request }) => {
    const response = await page.goto(`${SUB_ORIGIN}${SUB_BASE}`);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control']).toBe('no-cache');
    const asset = await page.locator('script[src*="/assets/"]').first().getAttribute('src');
    expect(asset).toMatch(new RegExp(`^${SUB_BASE}assets/`));
    const assetResponse = await request.get(`${SUB_ORIGIN}${asset}`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(assetResponse.status()).toBe(200);
    expect(assetResponse.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(assetResponse.headers()['content-encoding']).toBe('gzip');
  });

  test('no internal link redirects', async ({ page, request }) => {
    await expectLinksAnswerWithoutRedirect(
      page,
      request,
      `${SUB_ORIGIN}${SUB_BASE}characters/charlie-spring/`,
    );
  });
});
