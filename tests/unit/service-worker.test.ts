import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { urlFor, writeServiceWorker } from '../../scripts/lib/service-worker';

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
const precached = (dist: string) =>
  JSON.parse(
    /const URLS = (\[.*\]);/.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))![1]!,
  ) as string[];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('service worker precache list', () => {
  it('maps prerendered pages to the addresses a static host serves them at', () => {
    expect(urlFor('index.html')).toBe('');
    expect(urlFor('characters/charlie-spring/index.html')).toBe('characters/charlie-spring');
    expect(urlFor('assets/app-1a2b.js')).toBe('assets/app-1a2b.js');
  });

  it('precaches pages and assets under the base, but not host files or the preview card', () => {
    const dist = fakeDist({
      'index.html': 'home',
      '404.html': 'missing',
      'cast/index.html': 'cast',
      'assets/app.js': 'code',
      _headers: 'x',
      'robots.txt': 'x',
      'sitemap.xml': 'x',
      'og-card.jpg': 'x',
    });
    writeServiceWorker(dist, '/wiki/');
    expect(precached(dist)).toEqual([
      '/wiki/404.html',
      '/wiki/assets/app.js',
      '/wiki/cast',
      '/wiki/',
    ]);
  });

  it('gets a new version when any file changes, so readers are offered the update', () => {
    const dist = fakeDist({ 'index.html': 'home', 'assets/app.js': 'code' });
    const first = writeServiceWorker(dist, '/').version;
    expect(writeServiceWorker(dist, '/').version).toBe(first);
    writeFileSync(join(dist, 'assets/app.js'), 'new code');
    expect(writeServiceWorker(dist, '/').version).not.toBe(first);
  });
});
