/**
 * Preview cards at build time: each page's card (card-text.ts, laid out by card-layout.ts) is
 * drawn to SVG by satori with the bundled font (scripts/images/fonts/) and to PNG by resvg, both
 * from npm packages that ship their code and binaries; nothing is downloaded or launched.
 *
 * A card's file name carries a hash of what it shows and of the design (the layout module, the
 * font files, the two renderers' versions), so a scraper that cached an old card sees a new
 * address when the card changes, and the drawn PNGs are kept by that hash in a cache folder
 * (node_modules/.cache/heartstopper-cards, or CARD_CACHE_DIR): a rebuild draws only the cards
 * whose hash it has not seen. Past CARD_CAP pages, the rest share the generic card
 * (public/og-card.jpg), so a wiki of any size builds in bounded time.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH, cardLayout } from './card-layout.ts';
import type { CardText } from './card-text.ts';

/**
 * At most this many pages get a card of their own. `npm run bench:scale` (docs/benchmarks-
 * scale.md) drew 12 to 43 cards a second into an empty cache on the two-core benchmark machine,
 * depending on its load, at 55-80 KB a card: 2,000 cards take one to three minutes on a first
 * build and about 130 MB of the deploy. Past the cap a wiki still builds in bounded time.
 */
export const CARD_CAP = 2000;

const here = import.meta.dirname;
const FONT_DIR = join(here, '..', 'images', 'fonts');
const FONTS = [
  { file: 'nunito-latin-400-normal.woff', weight: 400 as const },
  { file: 'nunito-latin-800-normal.woff', weight: 800 as const },
];

export const DEFAULT_CACHE_DIR = join(
  here,
  '..',
  '..',
  'node_modules',
  '.cache',
  'heartstopper-cards',
);

/** What a page's head needs to point at its card. */
export interface CardRef {
  /** Below the base path: "/cards/characters/charlie-spring.0f3a9c2b1d.png". */
  path: string;
  width: number;
  height: number;
  alt: string;
}

export interface CardJob {
  text: CardText;
  hash: string;
  ref: CardRef;
}

export interface DrawStats {
  /** Cards the site uses (distinct files). */
  cards: number;
  /** Of those, how many were drawn now rather than taken from the cache. */
  drawn: number;
  /** Seconds spent drawing (satori and resvg), the cache aside. */
  drawSeconds: number;
  /** The cards' bytes in all, and the largest. */
  bytes: number;
  largest: number;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

let designKey: string | undefined;
/** Changes when anything that shapes a card's pixels does: the layout, the fonts, the renderers. */
function design(): string {
  if (designKey) return designKey;
  const require = createRequire(import.meta.url);
  const version = (name: string) =>
    (
      JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
        version: string;
      }
    ).version;
  designKey = sha256(
    [
      readFileSync(join(here, 'card-layout.ts'), 'utf8'),
      ...FONTS.map((f) => sha256(readFileSync(join(FONT_DIR, f.file)))),
      version('satori'),
      version('@resvg/resvg-js'),
    ].join('\n'),
  );
  return designKey;
}

/** The card's address below the base path, from the page's: "/" is "/cards/home.<hash>.png". */
export function cardPath(pagePath: string, hash: string): string {
  const name = pagePath.replace(/^\/+|\/+$/g, '') || 'home';
  return `/cards/${name}.${hash.slice(0, 10)}.png`;
}

export function cardAlt(text: CardText): string {
  return `${text.name} (${text.kind}) on the Heartstopper Fan Wiki: ${text.summary}`;
}

/** The card a page gets: its own, with its hash. */
export function cardJob(pagePath: string, text: CardText): CardJob {
  const hash = sha256(`${design()}\n${JSON.stringify(text)}`);
  return {
    text,
    hash,
    ref: {
      path: cardPath(pagePath, hash),
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      alt: cardAlt(text),
    },
  };
}

/**
 * Which pages get a card of their own when there are more than `cap`: the pages readers share
 * (every entity and list) before the pages about content files, each group in site order.
 */
export function pagesWithCards<P extends { template: string }>(
  pages: readonly P[],
  cap = CARD_CAP,
): Set<P> {
  const ordered = [
    ...pages.filter((p) => p.template !== 'contribute-file'),
    ...pages.filter((p) => p.template === 'contribute-file'),
  ];
  return new Set(ordered.slice(0, cap));
}

let fonts: { name: string; data: Buffer; weight: 400 | 800; style: 'normal' }[] | undefined;

/** One card as PNG bytes. */
export async function drawCard(text: CardText): Promise<Buffer> {
  fonts ??= FONTS.map((f) => ({
    name: CARD_FONT,
    data: readFileSync(join(FONT_DIR, f.file)),
    weight: f.weight,
    style: 'normal' as const,
  }));
  const svg = await satori(cardLayout(text) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  // Satori turns text into paths, so resvg needs no fonts of its own.
  return new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } })
    .render()
    .asPng();
}

/** Writes every job's card into `dist`, drawing only those the cache does not hold. */
export async function writeCards(
  jobs: Iterable<CardJob>,
  dist: string,
  cacheDir = process.env.CARD_CACHE_DIR ?? DEFAULT_CACHE_DIR,
): Promise<DrawStats> {
  mkdirSync(cacheDir, { recursive: true });
  const stats: DrawStats = { cards: 0, drawn: 0, drawSeconds: 0, bytes: 0, largest: 0 };
  const done = new Set<string>();
  for (const job of jobs) {
    if (done.has(job.ref.path)) continue;
    done.add(job.ref.path);
    const cached = join(cacheDir, `${job.hash}.png`);
    if (!existsSync(cached)) {
      const start = performance.now();
      const png = await drawCard(job.text);
      stats.drawSeconds += (performance.now() - start) / 1000;
      stats.drawn++;
      // Written whole under a temporary name first, so a build stopped half-way never leaves a
      // truncated card in the cache.
      writeFileSync(`${cached}.tmp`, png);
      renameSync(`${cached}.tmp`, cached);
    }
    const out = join(dist, job.ref.path);
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(cached, out);
    const size = statSync(out).size;
    stats.cards++;
    stats.bytes += size;
    stats.largest = Math.max(stats.largest, size);
  }
  return stats;
}
