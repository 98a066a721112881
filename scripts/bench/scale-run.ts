/**
 * One scale of the benchmark: generate (or take) the content, check it, build it, rebuild it (at
 * 1×), build it again after one edit, then measure the dist, the build's steps and a search.
 */
import { cpSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../lib/read-content.ts';
import { editCharacterBio, generateScaledContent } from '../lib/scale-content.ts';
import { filesOf, gzip, KB } from './numbers.ts';
import {
  build,
  checkGenerated,
  timeSteps,
  type BuildTiming,
  type CardStats,
} from './scale-build.ts';
import {
  differingFiles,
  measurePages,
  oneEditDownload,
  precacheSize,
  ROUTE_KINDS,
  routeStats,
  searchIndexSize,
  type RouteKind,
  type RouteStats,
} from './scale-measure.ts';
import { measureSearch } from './scale-search.ts';
import { BUILD_ROOT, EDITED, KEEP, log } from './scale-settings.ts';

export type Run = Record<string, unknown> & {
  scale: number;
  pages: number;
  buildSeconds: number;
  characterPageHtmlGzipKB: number;
  characterPageInlineDataKB: number;
  characterPageDataGzipKB: number;
  listPageHtmlGzipKB: number;
  searchIndexGzipKB: number;
  precacheGzipKB: number;
  oneEditDownloadKB: number;
  editedDataPrecached: boolean;
  swJsChangedByOneEdit: boolean;
  firstSearchKB?: number;
  firstResultMs?: number;
  charlie: { htmlGzipKB: number; inlineDataKB: number; dataKB: number; dataGzipKB: number };
  phases: BuildTiming['phases'];
  cards: CardStats | undefined;
  cardsRedrawnByOneEdit: number | undefined;
  steps: ReturnType<typeof timeSteps>;
  routes: Partial<Record<RouteKind, RouteStats>>;
};

export async function runScale(scale: number, temp: string, snapshot: string): Promise<Run> {
  const load = Math.round(loadavg()[0]! * 10) / 10;
  const name = `dist-scale-${scale}`;
  const dist = join(BUILD_ROOT, name);
  const content = scale === 1 ? snapshot : join(temp, `scale-${scale}`, 'content');
  if (scale !== 1) {
    const made = generateScaledContent({ from: snapshot, to: content, factor: scale });
    log(`${scale}×: generated ${made.files} content files in ${content}`);
  }
  await checkGenerated(content);
  // Cards are drawn into an empty cache: the first build pays for every one.
  const cardCache = join(temp, `cards-${scale}`);
  rmSync(cardCache, { recursive: true, force: true });
  const timing = await build({
    content,
    dist: name,
    logFile: join(temp, `${name}.log`),
    cardCache,
  });
  log(`${scale}×: built in ${timing.seconds} s ${JSON.stringify(timing.phases)}`);

  // At 1×, the same content built again must give the same files.
  let rebuild: Record<string, unknown> = {};
  if (scale === 1) {
    const again = `${name}-rebuild`;
    await build({ content, dist: again, logFile: join(temp, `${again}.log`), cardCache });
    const { differing, identical } = differingFiles(dist, join(BUILD_ROOT, again));
    rebuild = {
      rebuildDifferingFiles: differing.length,
      rebuildIdenticalFiles: identical,
      rebuildDifferingSample: differing.slice(0, 20),
    };
    log(`1×: a rebuild changed ${differing.length} file(s) (${identical} identical)`);
    if (!KEEP) rmSync(join(BUILD_ROOT, again), { recursive: true, force: true });
  }

  // One character's bio changes: what does a returning reader download?
  const edited = join(temp, `scale-${scale}-edit`, 'content');
  rmSync(edited, { recursive: true, force: true });
  cpSync(content, edited, { recursive: true });
  const sentence = editCharacterBio(edited, EDITED);
  const editName = `${name}-edit`;
  const editTiming = await build({
    content: edited,
    dist: editName,
    logFile: join(temp, `${editName}.log`),
    cardCache,
  });
  const edit = oneEditDownload(dist, join(BUILD_ROOT, editName));
  log(`${scale}×: one edit → ${edit.oneEditDownloadKB} KB, ${edit.filesChangedByOneEdit} files`);
  if (!KEEP) rmSync(join(BUILD_ROOT, editName), { recursive: true, force: true });

  log(`${scale}×: measuring pages…`);
  const pages = measurePages(dist);
  const routes: Partial<Record<RouteKind, RouteStats>> = {};
  for (const [kind] of ROUTE_KINDS) {
    const of = pages.filter((p) => p.kind === kind);
    if (of.length > 0) routes[kind] = routeStats(of);
  }
  const charliePage = pages.find((p) => p.path === `/characters/${EDITED}/`);
  if (!charliePage) throw new Error(`${name} has no page for ${EDITED}.`);
  const castList = pages.find((p) => p.path === '/cast/')!;
  const charactersList = pages.find((p) => p.path === '/characters/')!;
  const largest = [...pages].sort((a, b) => b.htmlGzip - a.htmlGzip).slice(0, 5);
  const largestData = filesOf(join(dist, 'data'))
    .map((f) => ({ path: `data/${f}`, raw: statSync(join(dist, 'data', f)).size }))
    .sort((a, b) => b.raw - a.raw)
    .slice(0, 5)
    .map((d) => ({ ...d, gzip: gzip(readFileSync(join(dist, d.path))) }));

  log(`${scale}×: timing build steps in process…`);
  const steps = timeSteps(content, name);
  log(`${scale}×: searching in Chromium…`);
  const search = await measureSearch(dist);
  log(`${scale}×: first result after ${search.firstResultMs} ms, ${search.firstSearchKB} KB`);

  const { raw } = readContent(content);
  const records = Object.fromEntries(
    Object.entries(raw.collections).map(([k, v]) => [k, Object.keys(v ?? {}).length]),
  );
  const character = routes.character!;
  return {
    scale,
    pages: pages.length,
    buildSeconds: timing.seconds,
    characterPageHtmlGzipKB: character.htmlGzipKB.median,
    characterPageHtmlGzipMaxKB: character.htmlGzipKB.max,
    characterPageInlineDataKB: character.inlineDataKB.median,
    characterPageDataKB: character.dataKB.median,
    characterPageDataGzipKB: character.dataGzipKB.median,
    charlie: {
      htmlGzipKB: KB(charliePage.htmlGzip),
      inlineDataKB: KB(charliePage.inlineData),
      dataKB: KB(charliePage.dataRaw),
      dataGzipKB: KB(charliePage.dataGzip),
    },
    listPageHtmlGzipKB: KB(Math.max(castList.htmlGzip, charactersList.htmlGzip)),
    castListHtmlGzipKB: KB(castList.htmlGzip),
    charactersListHtmlGzipKB: KB(charactersList.htmlGzip),
    ...searchIndexSize(dist),
    ...search,
    ...precacheSize(dist),
    ...edit,
    editedSentence: sentence,
    editBuildSeconds: editTiming.seconds,
    loadAverageAtStart: load,
    ...rebuild,
    phases: timing.phases,
    cards: timing.cards,
    cardsRedrawnByOneEdit: editTiming.cards?.drawn,
    steps,
    records,
    routes,
    largestPages: largest.map((p) => ({ path: p.path, htmlGzipKB: KB(p.htmlGzip) })),
    largestDataFiles: largestData.map((d) => ({
      path: d.path,
      rawKB: KB(d.raw),
      gzipKB: KB(d.gzip),
    })),
  };
}
