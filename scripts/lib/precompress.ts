/**
 * Writes a `.gz` and a `.br` beside every text file of the built site, so a host serves them as
 * they are (nginx `gzip_static` / `brotli_static`, the preview server) instead of compressing
 * every response on the fly: on a small machine that is the difference between a few hundred
 * and a few thousand pages a second (docs/benchmarks.md). Same bytes in, same bytes out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { walk } from './files.ts';

/** Text files worth compressing. */
export const TEXT_EXTENSIONS = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
]);

/** The compressed copies the build writes beside a file. */
export const PRECOMPRESSED = /\.(gz|br)$/;

export function precompress(dist: string): {
  files: number;
  bytes: number;
  gzip: number;
  br: number;
} {
  const totals = { files: 0, bytes: 0, gzip: 0, br: 0 };
  for (const file of walk(dist)) {
    // `_headers` is for the host, not for readers.
    if (!TEXT_EXTENSIONS.has(extname(file)) || file.endsWith('_headers')) continue;
    const body = readFileSync(file);
    const gz = gzipSync(body, { level: 9 });
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    writeFileSync(`${file}.gz`, gz);
    writeFileSync(`${file}.br`, br);
    totals.files++;
    totals.bytes += body.length;
    totals.gzip += gz.length;
    totals.br += br.length;
  }
  return totals;
}
