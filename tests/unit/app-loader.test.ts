import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { appLoader, deferEntryScript } from '../../scripts/lib/app-loader';

const BUILT = `<!doctype html><html><head><meta charset="utf-8" />
<script type="module" crossorigin src="/assets/index-Ab12.js"></script>
</head><body><div id="root"></div></body></html>`;
const ENTRY = { type: 'module', src: '/assets/index-Ab12.js' };

interface Page {
  hidden?: boolean;
  prerendered?: boolean;
  paintTiming?: boolean;
}

/** Runs the loader against a stand-in document, paint observer and clock; returns its effects. */
function run({ hidden = false, prerendered = true, paintTiming = true }: Page = {}) {
  const added: { type: string; src: string }[] = [];
  const frames: (() => void)[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  let observer: { report: (names: string[]) => unknown; disconnected: boolean } | undefined;
  const document = {
    hidden,
    getElementById: (id: string) => (prerendered && id === 'page-state' ? {} : null),
    createElement: () => ({ type: '', src: '' }),
    head: { appendChild: (node: { type: string; src: string }) => added.push(node) },
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
  runInNewContext(appLoader(ENTRY.src), {
    document,
    window: { PerformanceObserver: FakeObserver },
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void, ms = 0) => timers.push({ run: f, ms }),
  });
  return { added, frames, timers, observer: () => observer! };
}

describe('the app loader', () => {
  it('adds the entry module once the first contentful paint is reported, and only once', () => {
    const { added, observer, timers } = run();
    expect(added).toEqual([]);
    observer().report(['first-paint']);
    expect(added).toEqual([]);
    observer().report(['first-paint', 'first-contentful-paint']);
    expect(added).toEqual([ENTRY]);
    expect(observer().disconnected).toBe(true);
    timers.forEach((t) => t.run()); // the safety timer finds it done
    expect(added).toEqual([ENTRY]);
  });

  it('starts the app after a while even if no paint is ever reported', () => {
    const { added, timers } = run();
    expect(timers.map((t) => t.ms)).toEqual([2000]);
    timers[0]!.run();
    expect(added).toEqual([ENTRY]);
  });

  it('does not wait in a tab that is not shown, or on a page with nothing prerendered', () => {
    expect(run({ hidden: true }).added).toEqual([ENTRY]);
    expect(run({ prerendered: false }).added).toEqual([ENTRY]);
  });

  it('without paint timing, waits for the first frame only', () => {
    const { added, frames, timers } = run({ paintTiming: false });
    expect(added).toEqual([]);
    frames.shift()!();
    expect(added).toEqual([]);
    timers.shift()!.run();
    expect(added).toEqual([ENTRY]);
  });

  it('turns the built entry script into a preload and puts the loader at the end of the body', () => {
    const { html, loader } = deferEntryScript(BUILT);
    expect(html).not.toContain('<script type="module"');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/index-Ab12.js" />');
    expect(html.indexOf(`<script>${loader}</script>`)).toBeGreaterThan(html.indexOf('id="root"'));
    expect(html.trimEnd()).toMatch(/<\/script>\s*<\/body><\/html>$/);
  });

  it('fails the build, saying what is missing, when the page has no entry script', () => {
    expect(() => deferEntryScript('<html><body></body></html>')).toThrow(/no module entry script/);
  });
});
