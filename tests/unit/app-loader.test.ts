import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { appLoader, deferEntryScript, staticImports } from '../../scripts/lib/app-loader';

const BUILT = `<!doctype html><html><head><meta charset="utf-8" />
<link rel="manifest" href="/manifest.webmanifest" />
<script type="module" crossorigin src="/assets/index-Ab12.js"></script>
</head><body><div id="root"></div></body></html>`;
const ENTRY = { type: 'module', src: '/assets/index-Ab12.js' };
const FILES = {
  entry: ENTRY.src,
  imports: ['/assets/framework-Cd34.js', '/assets/kit-Ef56.js'],
  manifest: '/manifest.webmanifest',
};
/** What the loader adds, once it runs: the entry, its imports preloaded, the manifest. */
const STARTED = [
  ENTRY,
  { rel: 'modulepreload', href: '/assets/framework-Cd34.js' },
  { rel: 'modulepreload', href: '/assets/kit-Ef56.js' },
  { rel: 'manifest', href: '/manifest.webmanifest' },
];
/** Built modules by name, as the assets folder holds them. */
const MODULES: Record<string, string> = {
  'index-Ab12.js':
    'import{r as e}from"./runtime-Aa11.js";import{C as t}from"./framework-Cd34.js";import"./kit-Ef56.js";const r=()=>import("./route-Zz99.js");',
  'runtime-Aa11.js': 'export const r=1;',
  'framework-Cd34.js': 'import{r}from"./runtime-Aa11.js";export const C=2;',
  'kit-Ef56.js': 'import{C}from"./framework-Cd34.js";export default 3;',
};
const read = (name: string) => MODULES[name] ?? '';

interface Page {
  hidden?: boolean;
  prerendered?: boolean;
  paintTiming?: boolean;
}

/** Runs the loader against a stand-in document, paint observer and clock; returns its effects. */
function run({ hidden = false, prerendered = true, paintTiming = true }: Page = {}) {
  const added: Record<string, string>[] = [];
  const frames: (() => void)[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  let observer: { report: (names: string[]) => unknown; disconnected: boolean } | undefined;
  const document = {
    hidden,
    getElementById: (id: string) => (prerendered && id === 'page-state' ? {} : null),
    createElement: (tag: string) =>
      tag === 'script' ? { type: '', src: '' } : { rel: '', href: '' },
    head: { appendChild: (node: Record<string, string>) => added.push(node) },
  };
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'largest-contentful-paint'] : ['mark'];
    constructor(callback: (list: unknown, o: unknown) => void) {
      const self = {
        disconnected: false,
        report: (names: string[]) =>
          callback(
            { getEntriesByName: (name: string) => names.filter((n) => n === name) },
            { disconnect: () => (self.disconnected = true) },
          ),
      };
      observer = self;
    }
    observe() {}
  }
  runInNewContext(appLoader(FILES), {
    document,
    window: { PerformanceObserver: FakeObserver },
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void, ms = 0) => timers.push({ run: f, ms }),
  });
  return { added, frames, timers, observer: () => observer! };
}

describe('the app loader', () => {
  it('adds the entry module, preloads its imports and links the manifest once the first contentful paint is reported, and only once', () => {
    const { added, observer, timers } = run();
    expect(added).toEqual([]);
    observer().report(['first-paint']);
    expect(added).toEqual([]);
    observer().report(['first-paint', 'first-contentful-paint']);
    expect(added).toEqual(STARTED);
    expect(observer().disconnected).toBe(true);
    timers.forEach((t) => t.run()); // the safety timer finds it done
    expect(added).toEqual(STARTED);
  });

  it('starts the app after a while even if no paint is ever reported', () => {
    const { added, timers } = run();
    expect(timers.map((t) => t.ms)).toEqual([2000]);
    timers[0]!.run();
    expect(added).toEqual(STARTED);
  });

  it('does not wait in a tab that is not shown, or on a page with nothing prerendered', () => {
    expect(run({ hidden: true }).added).toEqual(STARTED);
    expect(run({ prerendered: false }).added).toEqual(STARTED);
  });

  it('without paint timing, waits for the first frame only', () => {
    const { added, frames, timers } = run({ paintTiming: false });
    expect(added).toEqual([]);
    frames.shift()!();
    expect(added).toEqual([]);
    timers.shift()!.run();
    expect(added).toEqual(STARTED);
  });

  it('takes the entry script and the manifest out of the page (it asks for nothing else before it paints) and puts the loader at the end of the body', () => {
    const { html, loader } = deferEntryScript(BUILT, read);
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('<link');
    expect(loader).toBe(
      appLoader({
        entry: ENTRY.src,
        imports: ['/assets/runtime-Aa11.js', '/assets/framework-Cd34.js', '/assets/kit-Ef56.js'],
        manifest: '/manifest.webmanifest',
      }),
    );
    expect(html.indexOf(`<script>${loader}</script>`)).toBeGreaterThan(html.indexOf('id="root"'));
    expect(html.trimEnd()).toMatch(/<\/script>\s*<\/body><\/html>$/);
  });

  it('fails the build, saying what is missing, when the page has no entry script', () => {
    expect(() => deferEntryScript('<html><body></body></html>', read)).toThrow(
      /no module entry script/,
    );
  });

  it('finds every module the entry imports statically, through other modules too, but not what it imports on demand', () => {
    expect(staticImports('index-Ab12.js', read)).toEqual([
      'runtime-Aa11.js',
      'framework-Cd34.js',
      'kit-Ef56.js',
    ]);
  });
});
