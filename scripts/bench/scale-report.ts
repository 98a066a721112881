/**
 * The scale benchmark's report: the goals met or missed, what grows faster than the pages, and
 * the Markdown of docs/benchmarks-scale.md.
 */
import { cpus, loadavg } from 'node:os';
import { CARD_CAP } from '../cards/cards.ts';
import { ROUTE_KINDS, type Spread } from './scale-measure.ts';
import type { Run } from './scale-run.ts';
import {
  EDITED,
  IN_PLACE,
  LOAD_AT_START,
  SEARCH_CHUNK,
  SEARCH_QUERY,
  SEARCH_RUNS,
} from './scale-settings.ts';

interface Goal {
  goal: string;
  met: boolean | null;
  detail: string;
}

const pageBytes = (html: number, data: number) => html + data;

function goals(runs: Run[]): Goal[] {
  const base = runs.find((r) => r.scale === 1);
  const top = runs.reduce((a, b) => (b.scale > a.scale ? b : a));
  const out: Goal[] = [];
  const ratio = (a: number, b: number) => (b === 0 ? NaN : a / b);
  if (base && top.scale > 1) {
    const m1 = pageBytes(base.characterPageHtmlGzipKB, base.characterPageDataGzipKB);
    const mN = pageBytes(top.characterPageHtmlGzipKB, top.characterPageDataGzipKB);
    const c1 = pageBytes(base.charlie.htmlGzipKB, base.charlie.dataGzipKB);
    const cN = pageBytes(top.charlie.htmlGzipKB, top.charlie.dataGzipKB);
    const worst = Math.max(ratio(mN, m1), ratio(cN, c1));
    out.push({
      goal: `A character page's bytes (HTML gzip + its data file gzip) within 10% of 1× at ${top.scale}×`,
      met: worst <= 1.1,
      detail: `median page ${m1.toFixed(1)} → ${mN.toFixed(1)} KB (${pct(ratio(mN, m1))}); Charlie's ${c1.toFixed(1)} → ${cN.toFixed(1)} KB (${pct(ratio(cN, c1))})`,
    });
  } else
    out.push({
      goal: 'Character page within 10% of 1×',
      met: null,
      detail: 'needs 1× and a larger scale',
    });
  if (runs.length > 1) {
    // Against 1×, and from each scale to the next: a fixed cost at 1× (the client and server
    // builds) can hide a step that grows faster than the pages further up.
    const sorted = [...runs].sort((a, b) => a.scale - b.scale);
    const pairs: [Run, Run][] = [
      ...(base ? sorted.filter((r) => r !== base).map((r): [Run, Run] => [base, r]) : []),
      ...sorted
        .slice(1)
        .map((r, i): [Run, Run] => [sorted[i]!, r])
        .filter(([a]) => a !== base),
    ];
    const rows = pairs.map(([a, b]) => ({
      label: `${a.scale}×→${b.scale}×`,
      build: ratio(b.buildSeconds, a.buildSeconds),
      prerender: ratio(b.phases.prerender ?? NaN, a.phases.prerender ?? NaN),
      pages: ratio(b.pages, a.pages),
    }));
    out.push({
      goal: 'Build time grows no faster than the page count',
      met: rows.every((r) => r.build <= r.pages),
      detail: rows
        .map(
          (r) =>
            `${r.label}: build ×${r.build.toFixed(2)} (prerender ×${r.prerender.toFixed(2)}) for pages ×${r.pages.toFixed(2)}`,
        )
        .join('; '),
    });
  } else
    out.push({
      goal: 'Build time grows no faster than the page count',
      met: null,
      detail: 'needs two scales',
    });
  out.push({
    goal: 'A one-character deploy downloads ≤ 50 KB',
    met: runs.every((r) => r.oneEditDownloadKB <= 50),
    detail: runs
      .map(
        (r) =>
          `${r.scale}×: ${r.oneEditDownloadKB.toFixed(1)} KB${
            r.editedDataPrecached
              ? ''
              : ` (but ${EDITED}'s data is not in the precache at this scale, so sw.js ${r.swJsChangedByOneEdit ? 'changes' : 'does not even change'} and the edit reaches a returning reader only when they open the page)`
          }`,
      )
      .join('; '),
  });
  const at100 = runs.find((r) => r.scale === 100);
  out.push({
    goal: 'At 100× a first search downloads ≤ 200 KB (search data + search JS, gzip) before its first result',
    met: at100?.firstSearchKB === undefined ? null : at100.firstSearchKB <= 200,
    detail: runs
      .map((r) => {
        const by = r.firstSearchDataByKind as Record<string, { files: number; gzipKB: number }>;
        const parts = Object.entries(by)
          .map(([k, v]) => `${k} ${v.gzipKB.toFixed(1)} KB in ${v.files}`)
          .join(', ');
        return `${r.scale}×: ${r.firstSearchKB?.toFixed(1)} KB, ${r.firstResultMs} ms (${parts})`;
      })
      .join('; '),
  });
  return out;
}

/** Build steps and sizes whose growth (from 1×, and from the scale before) outpaces the pages'. */
function fasterThanPages(runs: Run[]): string[] {
  const sorted = [...runs].sort((a, b) => a.scale - b.scale);
  if (sorted.length < 2) return ['Needs two scales.'];
  const measures: [string, (r: Run) => number | undefined][] = [
    ['whole build s', (r) => r.buildSeconds],
    ['prerender phase s', (r) => r.phases.prerender],
    ['content check s (in process)', (r) => r.steps.checkSeconds],
    ['compile s (in process)', (r) => r.steps.compileSeconds],
    ['search index build s (in process)', (r) => r.steps.searchIndexSeconds],
    ['search index gzip KB', (r) => r.searchIndexGzipKB],
    ['first search KB', (r) => r.firstSearchKB],
    ['precache gzip KB', (r) => r.precacheGzipKB],
  ];
  const base = sorted[0]!;
  const pairs: [Run, Run][] = sorted.slice(1).flatMap((r, i): [Run, Run][] => {
    const previous = sorted[i]!;
    return previous === base
      ? [[base, r]]
      : [
          [base, r],
          [previous, r],
        ];
  });
  const out: string[] = [];
  for (const [a, b] of pairs) {
    const pages = b.pages / a.pages;
    for (const [label, get] of measures) {
      const from = get(a);
      const to = get(b);
      // Below 0.3 s (or KB) a ratio says more about rounding than about growth.
      if (from === undefined || to === undefined || from < 0.3) continue;
      if (to / from > pages)
        out.push(
          `- ${a.scale}×→${b.scale}×: ${label} ×${(to / from).toFixed(2)} (${from} → ${to}) for pages ×${pages.toFixed(2)}`,
        );
    }
  }
  return out.length > 0 ? out : ['Nothing measured grows faster than the page count.'];
}

const pct = (r: number) => `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(1)}%`;
const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'missed');

export function markdown(runs: Run[], date: string): string {
  const cpu = cpus();
  const machine = `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}; load average ${LOAD_AT_START} at the start, ${loadavg()[0]!.toFixed(1)} at the end (timings on a busy machine vary)`;
  const f = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));
  const spread = (s: Spread | undefined) => (s ? `${f(s.median)} / ${f(s.max)}` : '–');
  const base = runs.find((r) => r.scale === 1);
  const growth = (r: Run, get: (r: Run) => number | undefined) => {
    const a = get(r);
    const b = base ? get(base) : undefined;
    return a === undefined || b === undefined || b === 0 ? '–' : `×${(a / b).toFixed(2)}`;
  };
  const lines = [
    '# Scale benchmark',
    '',
    `Measured ${date} with \`npm run bench:scale\` on ${machine}.`,
    '',
    'How the build and the pages grow with the wiki. 1× is the real content. 10× and 100× are',
    'generated from it (`scripts/lib/scale-content.ts`): sources, volumes, books, seasons, episodes,',
    'events, predictions, the about notes and wiki.json stay as they are, and every person,',
    'character, place, award and relationship is copied N−1 more times under a synthetic id and',
    'name (`charlie-spring-x7`, "Charlie Spring (synthetic 7)"); copy k links only to copies k.',
    'Each copy of a person keeps its credits (same seasons and episodes), so season pages list',
    'N times the cast. Each wiki passes `check-data` and is built with the whole',
    '`npm run build` into its own `dist-scale-N/`. Every copy’s name holds the word "synthetic",',
    'so the search names shard for the prefix of that word grows with every copy, which real',
    'names, spread over many prefixes, would not do: the largest names shard is partly an',
    'artefact of the generator.',
    IN_PLACE
      ? 'The builds ran in the repository itself (`--in-place`).'
      : 'The builds ran in a copy of the code taken when the run started (node_modules linked), so every build of the run saw the same code.',
    '',
    '## What each number is',
    '',
    '- **pages**: `index.html` files in the dist, not counting the offline shell.',
    '- **build s**: wall-clock seconds of the whole `npm run build` (data check, client build, server',
    '  build, prerender). The phases are split where each step prints its last line.',
    '- **HTML gzip**: the page file, gzip level 9 (as hosts serve it). **inline data**: raw bytes of',
    '  the `<script type="application/json" id="page-state">` content. **data file**: the page data',
    '  the page fetches before it hydrates (`data/<key>.json` named in its page state), raw and gzip.',
    '  Route tables show median / max.',
    '- **search index**: gzip of every `data/search/*.json`, summed. **header search**: the manifest',
    '  plus the largest names shard, what a first query typed in the header downloads at most.',
    `- **first result**: ms from navigation start until the first \`.result\` is visible on`,
    `  \`/search/?q=${SEARCH_QUERY}\`, served by \`scripts/static-server.ts\`, in headless Chromium with`,
    `  service workers blocked, a fresh profile each time; the median of ${SEARCH_RUNS} after one warm-up. **first search`,
    '  bytes**: gzip of the `data/search/*` files and the search JS chunks',
    `  (\`${SEARCH_CHUNK.source}\`) fetched before that moment; **all before result** adds the HTML,`,
    '  CSS, the other JS and data. **until idle**: all `data/search/*` the results page fetched by the',
    '  time the network was idle, the snippets of the results shown included.',
    '- **precache**: gzip of every file the dist’s `sw.js` MANIFEST lists, what a first visit’s',
    '  service worker installs.',
    `- **one-edit download**: one sentence of \`characters/${EDITED}.json\`’s bio changed, rebuilt into`,
    '  another dist; a returning reader downloads the new `sw.js` (gzip) and every MANIFEST entry',
    '  whose [path, revision] is new. **files changed**: every file in the dist that differs.',
    '- **rebuild**: at 1×, the same content built twice; files that differ byte for byte (expected 0).',
    `- **preview cards**: pages with a card of their own (at most ${CARD_CAP}, \`CARD_CAP\` in`,
    '  `scripts/cards/cards.ts`; past it, pages about content files and then the rest use the',
    '  generic card), seconds the first build spent drawing them (satori and resvg, one at a time)',
    '  into an empty cache, their bytes in the dist, and how many the one-edit build redrew.',
    '',
    '## Goals',
    '',
    '| goal | result | detail |',
    '| --- | --- | --- |',
    ...goals(runs).map((g) => `| ${g.goal} | **${verdict(g.met)}** | ${g.detail} |`),
    '',
    '## Growing faster than the pages',
    '',
    ...fasterThanPages(runs),
    '',
    '## Summary',
    '',
    `| | ${runs.map((r) => `${r.scale}×`).join(' | ')} |`,
    `| --- | ${runs.map(() => '--:').join(' | ')} |`,
    `| pages | ${runs.map((r) => r.pages).join(' | ')} |`,
    `| build s | ${runs.map((r) => f(r.buildSeconds)).join(' | ')} |`,
    `| character page HTML gzip KB (median) | ${runs.map((r) => f(r.characterPageHtmlGzipKB)).join(' | ')} |`,
    `| character page inline data KB (median) | ${runs.map((r) => f(r.characterPageInlineDataKB)).join(' | ')} |`,
    `| character page data file gzip KB (median) | ${runs.map((r) => f(r.characterPageDataGzipKB)).join(' | ')} |`,
    `| list page HTML gzip KB (larger of /cast/, /characters/) | ${runs.map((r) => f(r.listPageHtmlGzipKB)).join(' | ')} |`,
    `| search index gzip KB | ${runs.map((r) => f(r.searchIndexGzipKB)).join(' | ')} |`,
    `| header search (manifest + largest names shard) gzip KB | ${runs.map((r) => f(r.headerSearchGzipKB as number)).join(' | ')} |`,
    `| first search KB | ${runs.map((r) => f(r.firstSearchKB)).join(' | ')} |`,
    `| first result ms | ${runs.map((r) => r.firstResultMs ?? '–').join(' | ')} |`,
    `| search data until the network is idle KB | ${runs.map((r) => f(r.searchDataUntilIdleKB as number)).join(' | ')} |`,
    `| precache gzip KB | ${runs.map((r) => f(r.precacheGzipKB)).join(' | ')} |`,
    `| one-edit download KB | ${runs.map((r) => f(r.oneEditDownloadKB)).join(' | ')} |`,
    `| preview cards: own / generic | ${runs.map((r) => (r.cards ? `${r.cards.own} / ${r.cards.generic}` : '–')).join(' | ')} |`,
    `| preview cards: drawing s (empty cache) | ${runs.map((r) => f(r.cards?.drawSeconds)).join(' | ')} |`,
    `| preview cards: MB in all / largest KB | ${runs.map((r) => (r.cards ? `${f(r.cards.totalKB / 1024)} / ${r.cards.largestKB}` : '–')).join(' | ')} |`,
    `| preview cards redrawn by one edit | ${runs.map((r) => r.cardsRedrawnByOneEdit ?? '–').join(' | ')} |`,
    '',
  ];
  for (const r of runs) {
    const n = (key: string) => r[key] as number | undefined;
    const shard = r.largestNamesShard as { prefixes: string | null; rawKB: number };
    lines.push(
      `## ${r.scale}×`,
      '',
      `Records: ${Object.entries(r.records as Record<string, number>)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
      '',
      '| measure | value | vs 1× |',
      '| --- | --: | --: |',
      `| pages | ${r.pages} | ${growth(r, (x) => x.pages)} |`,
      `| build s (whole \`npm run build\`) | ${f(r.buildSeconds)} | ${growth(r, (x) => x.buildSeconds)} |`,
      `| — data check s | ${f(r.phases.checkData)} | ${growth(r, (x) => x.phases.checkData)} |`,
      `| — client build s | ${f(r.phases.client)} | ${growth(r, (x) => x.phases.client)} |`,
      `| — server build s | ${f(r.phases.ssr)} | ${growth(r, (x) => x.phases.ssr)} |`,
      `| — prerender s | ${f(r.phases.prerender)} | ${growth(r, (x) => x.phases.prerender)} |`,
      `| — of which, in process: content check s | ${f(r.steps.checkSeconds)} | ${growth(r, (x) => x.steps.checkSeconds)} |`,
      `| — compile (all page data + search) s | ${f(r.steps.compileSeconds)} | ${growth(r, (x) => x.steps.compileSeconds)} |`,
      `| — search index alone s | ${f(r.steps.searchIndexSeconds)} | ${growth(r, (x) => x.steps.searchIndexSeconds)} |`,
      `| — precache list (sw.js) s | ${f(r.steps.precacheListSeconds)} | ${growth(r, (x) => x.steps.precacheListSeconds)} |`,
      `| Charlie's page: HTML gzip KB | ${f(r.charlie.htmlGzipKB)} | ${growth(r, (x) => x.charlie.htmlGzipKB)} |`,
      `| Charlie's page: inline data KB | ${f(r.charlie.inlineDataKB)} | ${growth(r, (x) => x.charlie.inlineDataKB)} |`,
      `| Charlie's page: data file KB raw / gzip | ${f(r.charlie.dataKB)} / ${f(r.charlie.dataGzipKB)} | ${growth(r, (x) => x.charlie.dataGzipKB)} |`,
      `| list page HTML gzip KB: /cast/ | ${f(n('castListHtmlGzipKB'))} | ${growth(r, (x) => x.castListHtmlGzipKB as number)} |`,
      `| list page HTML gzip KB: /characters/ | ${f(n('charactersListHtmlGzipKB'))} | ${growth(r, (x) => x.charactersListHtmlGzipKB as number)} |`,
      `| search index: files / gzip KB / raw KB | ${n('searchIndexFiles')} / ${f(n('searchIndexGzipKB'))} / ${f(n('searchIndexRawKB'))} | ${growth(r, (x) => x.searchIndexGzipKB)} |`,
      `| header search (manifest + largest names shard) gzip KB | ${f(n('headerSearchGzipKB'))} | ${growth(r, (x) => x.headerSearchGzipKB as number)} |`,
      `| largest names shard: prefixes, raw KB | ${shard.prefixes ?? '–'}, ${f(shard.rawKB)} | |`,
      `| first result ms (runs: ${(r.firstResultMsRuns as number[] | undefined)?.join(', ') ?? '–'}) | ${r.firstResultMs ?? '–'} | ${growth(r, (x) => x.firstResultMs)} |`,
      `| first search KB: search data + search JS | ${f(n('firstSearchDataKB'))} + ${f(n('firstSearchJsKB'))} = ${f(r.firstSearchKB)} | ${growth(r, (x) => x.firstSearchKB)} |`,
      `| — search data by kind: KB in files | ${Object.entries(
        r.firstSearchDataByKind as Record<string, { files: number; gzipKB: number }>,
      )
        .map(([k, v]) => `${k} ${f(v.gzipKB)} in ${v.files}`)
        .join(', ')} | |`,
      `| search data by the time the network is idle (snippets included): KB | ${f(n('searchDataUntilIdleKB'))} (${Object.entries(
        r.searchDataUntilIdleByKind as Record<string, { files: number; gzipKB: number }>,
      )
        .map(([k, v]) => `${k} ${f(v.gzipKB)} in ${v.files}`)
        .join(', ')}) | ${growth(r, (x) => x.searchDataUntilIdleKB as number)} |`,
      `| all before first result KB (incl. HTML, CSS, all JS) | ${f(n('firstSearchTotalKB'))} | ${growth(r, (x) => x.firstSearchTotalKB as number)} |`,
      `| results shown for "${SEARCH_QUERY}" | ${n('searchResultsShown')} | |`,
      `| precache: entries / data files precached of all | ${n('precacheEntries')} / ${n('precacheDataFiles')} of ${n('dataFiles')} | |`,
      `| precached data files by folder | ${Object.entries(
        r.precacheDataByFolder as Record<string, number>,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} | |`,
      `| precache gzip KB | ${f(r.precacheGzipKB)} | ${growth(r, (x) => x.precacheGzipKB)} |`,
      `| sw.js KB raw / gzip | ${f(n('swJsKB'))} / ${f(n('swJsGzipKB'))} | ${growth(r, (x) => x.swJsGzipKB as number)} |`,
      `| one-edit download KB (sw.js ${f(n('oneEditSwJsGzipKB'))} + ${(r.oneEditEntries as unknown[]).length} entries) | ${f(r.oneEditDownloadKB)} | ${growth(r, (x) => x.oneEditDownloadKB)} |`,
      `| files changed by the one edit (sw.js among them: ${r.swJsChangedByOneEdit ? 'yes' : 'no'}; ${EDITED}'s data precached: ${r.editedDataPrecached ? 'yes' : 'no'}) | ${n('filesChangedByOneEdit')} | |`,
      `| changed data outside the precache (fetched when next read) gzip KB | ${f(n('oneEditOnDemandKB'))} | ${growth(r, (x) => x.oneEditOnDemandKB as number)} |`,
      ...(r.rebuildDifferingFiles !== undefined
        ? [
            `| rebuild with no change: differing files (identical) | ${n('rebuildDifferingFiles')} (${n('rebuildIdenticalFiles')}) | |`,
          ]
        : []),
      '',
      '| route | pages | HTML gzip KB | inline data KB | data file KB | data file gzip KB |',
      '| --- | --: | --: | --: | --: | --: |',
      ...ROUTE_KINDS.map(([kind, label]) => {
        const s = r.routes[kind];
        return `| ${label} | ${s?.count ?? 0} | ${spread(s?.htmlGzipKB)} | ${spread(s?.inlineDataKB)} | ${spread(s?.dataKB)} | ${spread(s?.dataGzipKB)} |`;
      }),
      '',
      `Largest pages (HTML gzip): ${(r.largestPages as { path: string; htmlGzipKB: number }[])
        .map((p) => `\`${p.path}\` ${f(p.htmlGzipKB)} KB`)
        .join(', ')}.`,
      '',
      `Largest data files (raw / gzip): ${(
        r.largestDataFiles as { path: string; rawKB: number; gzipKB: number }[]
      )
        .map((d) => `\`${d.path}\` ${f(d.rawKB)} / ${f(d.gzipKB)} KB`)
        .join(', ')}.`,
      '',
      `Changed by the one edit: ${(r.filesChangedByOneEditSample as string[]).map((p) => `\`${p}\``).join(', ')}${(r.filesChangedByOneEdit as number) > 20 ? ', …' : ''}. New precache entries: ${(r.oneEditEntries as { path: string; gzipKB: number }[]).map((e) => `\`${e.path}\` ${f(e.gzipKB)} KB`).join(', ') || 'none'}.`,
      '',
    );
  }
  return lines.join('\n');
}
