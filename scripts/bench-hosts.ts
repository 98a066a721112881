/**
 * `npm run bench:hosts`: how many page requests a second nginx serves with the self-host recipe
 * (docs/nginx/wiki.conf), on this machine, before and after the build's precompressed copies:
 *
 * - before: the build without its .gz/.br files, so nginx gzips every response on the fly (what
 *   the recipe did until the build wrote them);
 * - after: the build as it is, served by `gzip_static` (and `brotli_static` where the module is
 *   installed);
 * - for reference, the same page uncompressed.
 *
 * autocannon against 127.0.0.1, 10 connections for 10 seconds each (bounded in time), on one
 * page (Charlie's). Writes docs/benchmarks-hosts.md, which `npm run bench` folds into
 * docs/benchmarks.md. A measurement, not a test: it never fails on a number.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import * as prettier from 'prettier';
import { PRECOMPRESSED } from './lib/precompress.ts';
import { brotliModule, startNginx } from './nginx-serve.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
const PORT = Number(process.env.BENCH_PORT ?? 4195);
const PAGE = '/characters/charlie-spring/';
const SECONDS = 10;

interface Row {
  setup: string;
  encoding: string;
  requests: number;
  latency: number;
  kbPerRequest: number;
}

async function measure(setup: string, dir: string, encoding: string): Promise<Row> {
  const nginx = await startNginx({ dir, port: PORT });
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${PORT}${PAGE}`,
      connections: 10,
      duration: SECONDS,
      headers: encoding === 'identity' ? {} : { 'accept-encoding': encoding },
    });
    return {
      setup,
      encoding,
      requests: Math.round(result.requests.average),
      latency: result.latency.p99,
      kbPerRequest: result.throughput.average / Math.max(1, result.requests.average) / 1024,
    };
  } finally {
    await nginx.stop();
  }
}

async function main() {
  // "Before": the same build with its precompressed copies removed.
  const plain = mkdtempSync(join(tmpdir(), 'wiki-bench-hosts-'));
  cpSync(DIST, plain, {
    recursive: true,
    filter: (source) => !PRECOMPRESSED.test(source),
  });
  const rows: Row[] = [];
  try {
    rows.push(await measure('uncompressed', DIST, 'identity'));
    rows.push(await measure('before: gzip on the fly', plain, 'gzip'));
    rows.push(await measure('after: gzip_static', DIST, 'gzip'));
    if (brotliModule()) rows.push(await measure('after: brotli_static', DIST, 'br, gzip'));
  } finally {
    rmSync(plain, { recursive: true, force: true });
  }

  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    '# Host benchmark',
    '',
    `Measured ${date} with \`npm run bench:hosts\`: nginx with the self-host recipe`,
    `(docs/nginx/wiki.conf, one worker process) serving \`${PAGE}\` on 127.0.0.1, autocannon with`,
    `10 connections for ${SECONDS} s per row, on the development machine (2 cores, shared with`,
    'autocannon itself).',
    '',
    '| setup | Accept-Encoding | requests/s | p99 latency | KB per response |',
    '| --- | --- | --: | --: | --: |',
    ...rows.map(
      (r) =>
        `| ${r.setup} | \`${r.encoding}\` | ${r.requests.toLocaleString('en-GB')} | ${r.latency} ms | ${r.kbPerRequest.toFixed(1)} |`,
    ),
    '',
    'Before, nginx compressed every response itself (gzip level 6); after, it sends the `.gz` or',
    '`.br` the build wrote beside each file (gzip level 9, brotli quality 11): smaller responses,',
    'and no compression work per request.',
  ];
  const file = join(ROOT, 'docs', 'benchmarks-hosts.md');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(lines.join('\n'), { ...options, filepath: file }));
  console.log(readFileSync(file, 'utf8'));
}

await main();
