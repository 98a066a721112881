import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DATA_CAP_BYTES,
  precacheEntries,
  SEARCH_SHARE_BYTES,
  writeServiceWorker,
} from '../../scripts/lib/service-worker';

const dirs: string[] = [];
function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sw-test-'));
  dirs.push(dir);
  for (const [file, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), body);
  }
  return dir;
}
const manifest = (dist: string) =>
  JSON.parse(/const MANIFEST = (\[.*\]);/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))![1]!) as [
    string,
    string?,
  ][];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SITE = {
  'index.html': 'home page',
  'cast/index.html': 'cast page',
  '404.html': 'missing',
  'shell/index.html': 'shell',
  'assets/index-Ab12Cd34.js': 'code',
  'assets/framework-Zz99Yy88.js': 'react',
  'data/pages/home.json': '{"home":1}',
  'data/character/ana.json': '{"ana":1}',
  'data/lists/characters.json': '{"all":1}',
  'data/lists/characters-start.json': '{"start":1}',
  'data/search/manifest.json': '{}',
  'data/search/names-1.json': '{}',
  'data/search/text-1.json': '{}',
  'favicon.svg': '<svg/>',
  _headers: 'x',
  'robots.txt': 'x',
  'sitemap.xml': 'x',
  'og-card.jpg': 'x',
};

describe('the precache', () => {
  it('holds the code, the shell, the search names and the page data, not the pages or host files', () => {
    const paths = precacheEntries(fakeDist(SITE)).map((e) => e.path);
    expect(paths).toEqual([
      '404.html',
      'assets/framework-Zz99Yy88.js',
      'assets/index-Ab12Cd34.js',
      'favicon.svg',
      'shell/index.html',
      'data/search/manifest.json',
      'data/search/names-1.json',
      'data/lists/characters-start.json',
      'data/pages/home.json',
      'data/character/ana.json',
    ]);
  });

  it('gives each unhashed file its content as revision, and a hashed asset none', () => {
    const entries = precacheEntries(fakeDist(SITE));
    expect(entries.find((e) => e.path === 'assets/index-Ab12Cd34.js')?.revision).toBeNull();
    const data = entries.find((e) => e.path === 'data/character/ana.json')!;
    expect(data.revision).toMatch(/^[0-9a-f]{16}$/);
  });

  it('after one file changes, only that entry has a new revision, so only it is fetched again', () => {
    const before = precacheEntries(fakeDist(SITE));
    const after = precacheEntries(fakeDist({ ...SITE, 'data/character/ana.json': '{"ana":2}' }));
    const key = (e: { path: string; revision: string | null }) => `${e.path}@${e.revision}`;
    const old = new Set(before.map(key));
    expect(after.filter((e) => !old.has(key(e))).map((e) => e.path)).toEqual([
      'data/character/ana.json',
    ]);
  });

  it('stops adding page data at the cap, hub pages first', () => {
    const big = 'x'.repeat(200_000);
    // Random text, so gzip cannot shrink it below the cap.
    const noise = () => randomBytes(120_000).toString('base64');
    const files: Record<string, string> = { ...SITE, 'data/pages/big.json': big };
    for (let i = 0; i < 30; i++) files[`data/person/p${i}.json`] = noise();
    const entries = precacheEntries(fakeDist(files));
    const data = entries.filter((e) => e.path.startsWith('data/'));
    expect(data.reduce((n, e) => n + e.gzipBytes, 0)).toBeLessThanOrEqual(DATA_CAP_BYTES);
    expect(data.map((e) => e.path)).toContain('data/pages/big.json');
    expect(data.filter((e) => e.path.startsWith('data/person/')).length).toBeLessThan(30);
  });

  it('takes the search names whole or not at all, and fills the rest of the cap with page data', () => {
    const noise = (bytes: number) => randomBytes(bytes).toString('base64');
    const files: Record<string, string> = { ...SITE };
    // Names that outgrow their share: none is precached, so search never half works offline.
    for (let i = 2; i <= 8; i++) files[`data/search/names-${i}.json`] = noise(90_000);
    // One page too big for what is left, and many small ones after it that still fit.
    files['data/person/a-big.json'] = noise(1_600_000);
    for (let i = 0; i < 40; i++) files[`data/person/p${i}.json`] = noise(3_000);
    const data = precacheEntries(fakeDist(files)).filter((e) => e.path.startsWith('data/'));
    expect(data.filter((e) => e.path.startsWith('data/search/'))).toEqual([]);
    expect(data.map((e) => e.path)).not.toContain('data/person/a-big.json');
    expect(data.filter((e) => e.path.startsWith('data/person/p')).length).toBe(40);

    // Names that fit their share come whole, before the pages.
    const small = precacheEntries(fakeDist(SITE)).filter((e) => e.path.startsWith('data/'));
    expect(small.slice(0, 2).map((e) => e.path)).toEqual([
      'data/search/manifest.json',
      'data/search/names-1.json',
    ]);
    expect(SEARCH_SHARE_BYTES).toBeLessThan(DATA_CAP_BYTES);
  });

  it('writes the same worker for the same files, and a new one when a file changes', () => {
    const dist = fakeDist(SITE);
    writeServiceWorker(dist, '/wiki/');
    const first = readFileSync(join(dist, 'sw.js'), 'utf8');
    writeServiceWorker(dist, '/wiki/');
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toBe(first);
    expect(first).toContain('const BASE = "/wiki/";');
    expect(manifest(dist)).toContainEqual(['assets/index-Ab12Cd34.js']);
    writeFileSync(join(dist, 'data/pages/home.json'), '{"home":2}');
    writeServiceWorker(dist, '/wiki/');
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).not.toBe(first);
  });
});
