/**
 * Small helpers for the benchmarks: rounding to tenths of a KB or second, gzip sizes as hosts
 * serve them (level 9), the median, every file below a folder, and a free port.
 */
import { createServer } from 'node:net';
import { relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { walk } from '../lib/files.ts';

export const KB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
export const seconds = (ms: number) => Math.round(ms / 100) / 10;
export const gzip = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every file below `dir`, as `/`-separated paths relative to it, sorted. */
export const filesOf = (dir: string) =>
  walk(dir)
    .map((p) => relative(dir, p).split(sep).join('/'))
    .sort();

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
