/**
 * Byte budgets on the production build, measured as a first visit in Chromium and counted in
 * gzip bytes (level 9) of the files requested: deterministic, so they are tests. Each template's
 * first-visit JS is weighed on routes.spec.ts's visit to it (budgets.ts), so no page is loaded
 * twice for it; here, shared views and the HTML-level budgets over every built page. Speed is
 * not tested here; `npm run bench` measures it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { gzipSize, measurePage } from '../../scripts/lib/page-weight';
import { BUDGET } from './budgets';
import { builtDay, builtPages, DIST } from './site';

const KB = 1024;

/** Pages about one entity: a person, character, volume, season, episode or place. */
const ENTITY_PAGE = [
  /^\/cast\/[^/]+\/$/,
  /^\/characters\/[^/]+\/$/,
  /^\/volumes\/[^/]+\/$/,
  /^\/seasons\/[^/]+\/$/,
  /^\/seasons\/[^/]+\/episodes\/[^/]+\/$/,
  /^\/places\/[^/]+\/$/,
];
const LIST_PAGES = ['/cast/', '/characters/', '/search/a-z/'];

test.describe('byte budgets', () => {
  test('every built page: inline page state ≤ 8 KB on the home page and ≤ 12 KB on an entity page; list pages ≤ 30 KB gzip', () => {
    const pages = builtPages();
    const over: string[] = [];
    let entities = 0;
    for (const path of pages) {
      const html = readFileSync(join(DIST, path, 'index.html'));
      const state = /<script type="application\/json" id="page-state">([^<]*)<\/script>/.exec(
        html.toString('utf8'),
      )?.[1];
      const stateBytes = Buffer.byteLength(state ?? '', 'utf8');
      const isEntity = ENTITY_PAGE.some((re) => re.test(path));
      if (isEntity) entities++;
      const stateBudget =
        path === '/' ? BUDGET.homeStateRaw : isEntity ? BUDGET.entityStateRaw : undefined;
      if (stateBudget !== undefined && stateBytes > stateBudget)
        over.push(`${path}: page state ${stateBytes} B > ${stateBudget} B`);
      if (LIST_PAGES.includes(path)) {
        const gzip = gzipSync(html, { level: 9 }).length;
        if (gzip > BUDGET.listHtmlGzip)
          over.push(`${path}: HTML ${gzip} B gzip > ${BUDGET.listHtmlGzip} B`);
      }
    }
    expect(over, over.join('\n')).toEqual([]);
    // The patterns do match the built entity pages (not a count of content).
    expect(entities).toBeGreaterThan(0);
    for (const path of LIST_PAGES) expect(pages).toContain(path);
  });

  // A shared link to a filtered list or to search results also needs the code that filters or
  // searches, loaded on demand: measured and held here too. See docs/decisions/009-byte-budgets.md.
  const VIEWS = [
    { path: '/characters/?season=2', budget: 125 * KB },
    { path: '/cast/?role=main', budget: 125 * KB },
    { path: '/release/?type=prediction', budget: 132 * KB },
    { path: '/search/?q=nick', budget: 140 * KB },
  ];
  for (const { path, budget } of VIEWS) {
    test(`a shared view, ${path}: JS ≤ ${budget / KB} KB`, async ({ browser, baseURL }) => {
      const weight = await measurePage(browser, {
        origin: new URL(baseURL!).origin,
        dist: DIST,
        path,
        day: builtDay(),
      });
      const detail = weight.files.map((f) => `${f.url} ${(f.gzip / KB).toFixed(1)} KB`).join('\n');
      test.info().annotations.push({
        type: 'JS gzip',
        description: `${(weight.bytes.js / KB).toFixed(1)} KB`,
      });
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
