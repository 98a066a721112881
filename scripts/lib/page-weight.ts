/**
 * What a first visit to a page downloads, by type, in gzip bytes: loads the page in Chromium,
 * records every request, and compresses each file from dist/ (gzip level 9, as hosts do), so
 * the figures are deterministic. Shared by the byte-budget test and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export type ByteType = 'html' | 'js' | 'css' | 'json' | 'image' | 'other';

export interface PageWeight {
  path: string;
  files: { url: string; type: ByteType; gzip: number }[];
  bytes: Record<ByteType, number>;
  total: number;
}

const TYPE_BY_EXT: Record<string, ByteType> = {
  '.html': 'html',
  '.js': 'js',
  '.css': 'css',
  '.json': 'json',
  '.webmanifest': 'json',
  '.svg': 'image',
  '.png': 'image',
  '.jpg': 'image',
};

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The dist file a request path maps to (a static host's rules: /x → x/index.html). */
export function distFile(dist: string, base: string, pathname: string): string {
  const rel = pathname.slice(base.length - 1);
  if (rel.endsWith('/')) return join(dist, rel, 'index.html');
  return extname(rel) ? join(dist, rel) : join(dist, rel, 'index.html');
}

export async function measurePage(
  browser: Browser,
  {
    origin,
    base = '/',
    dist,
    path,
    day,
  }: {
    origin: string;
    base?: string;
    dist: string;
    path: string;
    /** The reader's day (YYYY-MM-DD, noon there); the real clock if not given. */
    day?: string;
  },
): Promise<PageWeight> {
  const page = await browser.newPage();
  if (day) await page.clock.setFixedTime(new Date(`${day}T12:00:00`));
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) requested.push(url.pathname);
  });
  await page.goto(`${origin}${base}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await page.close();
  return weighRequests(path, requested, dist, base);
}

/** The weight of the files a visit requested (same-origin paths), read from dist/. */
export function weighRequests(
  path: string,
  requested: readonly string[],
  dist: string,
  base = '/',
): PageWeight {
  const files = [...new Set(requested)].map((url) => {
    const file = distFile(dist, base, url);
    const ext = extname(file);
    return { url, type: TYPE_BY_EXT[ext] ?? 'other', gzip: gzipSize(file) };
  });
  const bytes: Record<ByteType, number> = { html: 0, js: 0, css: 0, json: 0, image: 0, other: 0 };
  for (const f of files) bytes[f.type] += f.gzip;
  return { path, files, bytes, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}
