/**
 * What Lighthouse says about a page's first paints, for `npm run bench` (issue 22): first and
 * largest contentful paint, the largest one's parts (time to first byte, load delay, load time,
 * render delay: Lighthouse's "LCP breakdown", from its simulated mobile run) and the time until
 * the page is interactive. Each figure is the median of the runs on its own.
 */
import type { Result as LighthouseResult } from 'lighthouse';

export interface PaintFigures {
  fcp: number;
  lcp: number;
  ttfb: number;
  loadDelay: number;
  loadTime: number;
  renderDelay: number;
  /** Time to interactive: when the page is hydrated and answers a tap. */
  tti: number;
  /** What the largest paint was, e.g. `p.lede`. */
  element: string;
}

const PHASES: Record<string, keyof PaintFigures> = {
  TTFB: 'ttfb',
  'Load Delay': 'loadDelay',
  'Load Time': 'loadTime',
  'Render Delay': 'renderDelay',
};

interface Table {
  type: string;
  items: Record<string, unknown>[];
}

export function paintFigures(lhr: LighthouseResult): PaintFigures {
  const audits = lhr.audits;
  const figures: PaintFigures = {
    fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
    lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
    ttfb: NaN,
    loadDelay: NaN,
    loadTime: NaN,
    renderDelay: NaN,
    tti: audits.interactive?.numericValue ?? NaN,
    element: '',
  };
  const details = audits['largest-contentful-paint-element']?.details as
    { items?: Table[] } | undefined;
  for (const table of details?.items ?? []) {
    for (const item of table.items ?? []) {
      const node = item.node as { selector?: string } | undefined;
      if (node?.selector) figures.element = node.selector.split(' > ').slice(-2).join(' > ');
      const key = PHASES[String(item.phase)];
      if (key && typeof item.timing === 'number') (figures[key] as number) = item.timing;
    }
  }
  return figures;
}

const middle = (values: number[]) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
};

/** Each figure's own median over the runs; the element most runs named. */
export function medianFigures(runs: PaintFigures[]): PaintFigures {
  const count = new Map<string, number>();
  for (const r of runs) count.set(r.element, (count.get(r.element) ?? 0) + 1);
  return {
    fcp: middle(runs.map((r) => r.fcp)),
    lcp: middle(runs.map((r) => r.lcp)),
    ttfb: middle(runs.map((r) => r.ttfb)),
    loadDelay: middle(runs.map((r) => r.loadDelay)),
    loadTime: middle(runs.map((r) => r.loadTime)),
    renderDelay: middle(runs.map((r) => r.renderDelay)),
    tti: middle(runs.map((r) => r.tti)),
    element: [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
  };
}

/** The report's table: one row a page. */
export function paintTable(
  rows: { scale: number; path: string; figures: PaintFigures }[],
): string[] {
  const s = (ms: number) => (Number.isNaN(ms) ? '–' : (ms / 1000).toFixed(2));
  const ms = (value: number) => (Number.isNaN(value) ? '–' : String(Math.round(value)));
  return [
    '| scale | page | FCP s | LCP s | LCP − FCP ms | TTFB ms | load delay ms | load time ms | render delay ms | TTI s | largest paint |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
    ...rows.map(
      ({ scale, path, figures: f }) =>
        `| ${scale}x | \`${path}\` | ${s(f.fcp)} | ${s(f.lcp)} | ${ms(f.lcp - f.fcp)} | ${ms(f.ttfb)} | ${ms(f.loadDelay)} | ${ms(f.loadTime)} | ${ms(f.renderDelay)} | ${s(f.tti)} | \`${f.element}\` |`,
    ),
  ];
}

/**
 * Where issue 22 started (Lighthouse mobile, median of five, 2026-12-06): the lede painted
 * 0.19–0.23 s after the first contentful paint. Decision record 048 says why.
 */
export const PAINT_BASELINE = [
  '| page | FCP s | LCP s |',
  '| --- | --: | --: |',
  '| `/` | 0.73 | 0.96 |',
  '| `/characters/` | 0.77 | 0.99 |',
  '| `/characters/charlie-spring/` | 0.92 | 1.11 |',
  '',
  'The build before decision record 048, measured the same day with the same five Lighthouse runs',
  'a page (load average 12–20): `/` FCP 0.75 s, LCP 0.81 s, TTI 2.33 s; `/characters/` 0.78 s,',
  "0.91 s, 2.27 s; Charlie's page 0.93 s, 1.04 s, 2.90 s. On a machine this busy, TTI moves by",
  '±0.5 s from run to run.',
];
