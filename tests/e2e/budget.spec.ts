/**
 * Byte budgets on the production build, measured as a first visit in Chromium and counted in
 * gzip bytes (level 9) of the files requested: deterministic, so they are tests. Speed is not
 * tested here; `npm run bench` measures it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { gzipSize, measurePage } from '../../scripts/lib/page-weight';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const KB = 1024;
const BUDGET = {
  firstVisitJs: 120 * KB,
  routeJs: 20 * KB,
  css: 15 * KB,
  characterPageTotal: 200 * KB,
};

/** One page of each kind. */
const PAGES = [
  '/',
  '/cast',
  '/cast/joe-locke',
  '/characters',
  '/characters/charlie-spring',
  '/volumes',
  '/volumes/6',
  '/seasons',
  '/seasons/season-3',
  '/release',
];

/** The JS every page loads: the entry script and, recursively, what it imports statically. */
function entryJs(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('dist/index.html has no module script');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    // Static imports only: `import{a}from"./x.js"` or `import"./x.js"`, never `import("./x.js")`.
    for (const m of code.matchAll(/import\s*(?:[^();"'`]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      visit(`assets/${m[1]}`);
    }
  };
  visit(entry);
  return [...seen].map((file) => `/${file}`);
}

test.describe('byte budgets', () => {
  for (const path of PAGES) {
    test(`${path}: first-visit JS ≤ 120 KB, of which the route's own ≤ 20 KB`, async ({
      browser,
      baseURL,
    }) => {
      const weight = await measurePage(browser, {
        origin: new URL(baseURL!).origin,
        dist: DIST,
        path,
      });
      const shared = new Set(entryJs());
      const js = weight.files.filter((f) => f.type === 'js');
      const routeJs = js.filter((f) => !shared.has(f.url)).reduce((sum, f) => sum + f.gzip, 0);
      const detail = js.map((f) => `${f.url} ${(f.gzip / KB).toFixed(1)} KB`).join('\n');
      expect(weight.bytes.js, detail).toBeLessThanOrEqual(BUDGET.firstVisitJs);
      expect(routeJs, detail).toBeLessThanOrEqual(BUDGET.routeJs);
      if (path === '/characters/charlie-spring') {
        expect(
          weight.total,
          weight.files.map((f) => `${f.url} ${f.gzip}`).join('\n'),
        ).toBeLessThanOrEqual(BUDGET.characterPageTotal);
      }
    });
  }

  // A shared link to a filtered list or to search results also needs the code that filters or
  // searches (and, for search, every data file), loaded on demand: measured and held here too.
  // See docs/decisions/009-byte-budgets.md.
  const VIEWS = [
    { path: '/characters?season=2', budget: 125 * KB },
    { path: '/cast?role=main', budget: 125 * KB },
    { path: '/release?type=prediction', budget: 130 * KB },
    { path: '/search?q=nick', budget: 140 * KB },
  ];
  for (const { path, budget } of VIEWS) {
    test(`a shared view, ${path}: JS ≤ ${budget / KB} KB`, async ({ browser, baseURL }) => {
      const weight = await measurePage(browser, {
        origin: new URL(baseURL!).origin,
        dist: DIST,
        path,
      });
      const detail = weight.files.map((f) => `${f.url} ${(f.gzip / KB).toFixed(1)} KB`).join('\n');
      expect(weight.bytes.js, detail).toBeLessThanOrEqual(budget);
    });
  }

  test('CSS ≤ 15 KB', () => {
    const css = readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.css'));
    const total = css.reduce((sum, f) => sum + gzipSize(join(DIST, 'assets', f)), 0);
    expect(total).toBeLessThanOrEqual(BUDGET.css);
  });

  test('production builds only: no development React, no zod, no source maps', () => {
    for (const file of readdirSync(join(DIST, 'assets')).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(DIST, 'assets', file), 'utf8');
      expect(code, file).not.toContain('Download the React DevTools');
      expect(code, file).not.toContain('react-dom.development');
      expect(code, file).not.toContain('ZodError');
      expect(code, file).not.toContain('sourceMappingURL');
    }
  });
});
