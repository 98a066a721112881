/**
 * Byte budgets shared by the browser tests (docs/decisions/009-byte-budgets.md): routes.spec.ts
 * weighs each template's first visit against them, budget.spec.ts the shared views and the
 * HTML. Counted in gzip bytes (level 9) of the files the visit requested: deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { PageWeight } from '../../scripts/lib/page-weight';
import { DIST } from './site';

const KB = 1024;
export const BUDGET = {
  firstVisitJs: 120 * KB,
  routeJs: 20 * KB,
  css: 15 * KB,
  characterPageTotal: 200 * KB,
  homeStateRaw: 8 * KB,
  entityStateRaw: 12 * KB,
  listHtmlGzip: 30 * KB,
};

/** The JS every page loads: the entry script (added by the loader after the first paint) and, recursively, what it imports statically. */
function entryJs(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /s\.src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error("dist/index.html's loader names no entry script");
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

/**
 * A template's first visit: all its JS ≤ 120 KB, of which the route's own (beyond the entry and
 * what it imports) ≤ 20 KB; a character page ≤ 200 KB in all.
 */
export function expectWithinBudget(weight: PageWeight, template: string) {
  const shared = new Set(entryJs());
  const js = weight.files.filter((f) => f.type === 'js');
  const routeJs = js.filter((f) => !shared.has(f.url)).reduce((sum, f) => sum + f.gzip, 0);
  const detail = js.map((f) => `${f.url} ${(f.gzip / KB).toFixed(1)} KB`).join('\n');
  expect(weight.bytes.js, `first-visit JS of ${weight.path}\n${detail}`).toBeLessThanOrEqual(
    BUDGET.firstVisitJs,
  );
  expect(routeJs, `the route's own JS on ${weight.path}\n${detail}`).toBeLessThanOrEqual(
    BUDGET.routeJs,
  );
  if (template === 'character') {
    expect(
      weight.total,
      weight.files.map((f) => `${f.url} ${f.gzip}`).join('\n'),
    ).toBeLessThanOrEqual(BUDGET.characterPageTotal);
  }
}
