/**
 * A small W3C WebDriver client for WebKit: Debian's WebKitWebDriver (package webkit2gtk-driver)
 * drives WebKitGTK's MiniBrowser in a virtual display (xvfb-run). Only what the journeys use:
 * navigation, scripts, elements found by CSS or by role and accessible name (WebKit computes
 * both), clicks and keys. WEBKIT_DRIVER overrides the driver's path.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * Why WebKit cannot run here, or null. Outside CI a missing driver skips the suite with this
 * message; in CI (.ci/run installs it) it fails it.
 */
export function webkitMissing(): string | null {
  if (process.env.CI) return null;
  if (!existsSync(WEBKIT_DRIVER))
    return `no WebKitWebDriver at ${WEBKIT_DRIVER}: apt-get install webkit2gtk-driver xvfb xauth`;
  if (spawnSync('sh', ['-c', 'command -v xvfb-run']).status !== 0)
    return 'no xvfb-run: apt-get install xvfb xauth';
  return null;
}

export type Element = { [ELEMENT]: string };
export const KEYS = { ArrowDown: '\uE015', Enter: '\uE007' } as const;

export class Session {
  private constructor(
    private readonly base: string,
    private readonly stopDriver: () => void,
  ) {}

  /** Starts the driver on `port` in a virtual display, and a browser session in it. */
  static async start(port: number): Promise<Session> {
    // Its own process group, so that stopping it ends xvfb-run, Xvfb and the driver together.
    const driver = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], {
      detached: true,
      stdio: 'ignore',
    });
    const stop = () => {
      try {
        process.kill(-driver.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
    };
    const root = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      const ready = await fetch(`${root}/status`)
        .then((r) => r.json() as Promise<{ value: { ready: boolean } }>)
        .then((s) => s.value.ready)
        .catch(() => false);
      if (ready) break;
      if (i > 100) {
        stop();
        throw new Error(`WebKitWebDriver did not start on port ${port}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const created = (await (
      await fetch(`${root}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          capabilities: {
            alwaysMatch: {
              'webkitgtk:browserOptions': {
                ...(existsSync(MINIBROWSER) ? { binary: MINIBROWSER } : {}),
                args: ['--automation'],
              },
            },
          },
        }),
      })
    ).json()) as { value: { sessionId?: string; message?: string } };
    if (!created.value.sessionId) {
      stop();
      throw new Error(`No WebKit session: ${created.value.message}`);
    }
    return new Session(`${root}/session/${created.value.sessionId}`, stop);
  }

  async close() {
    await fetch(this.base, { method: 'DELETE' }).catch(() => undefined);
    this.stopDriver();
  }

  private async command<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
    });
    const { value } = (await response.json()) as {
      value: T & { error?: string; message?: string };
    };
    if (!response.ok) throw new Error(`WebDriver ${path}: ${value.error}: ${value.message}`);
    return value;
  }

  go = (url: string) => this.command('POST', '/url', { url });
  back = () => this.command('POST', '/back');
  refresh = () => this.command('POST', '/refresh');
  url = () => this.command<string>('GET', '/url');
  title = () => this.command<string>('GET', '/title');

  /** Runs `fn` in the page with `args` (elements pass both ways) and returns its result. */
  run<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<Awaited<T>> {
    return this.command('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve((${fn.toString()}).apply(null, Array.from(arguments).slice(0, -1))).then(done, (e) => done({ __error: String(e) }));`,
      args,
    });
  }

  /** Waits until `fn` returns something truthy in the page, and returns it. */
  async waitFor<T>(
    what: string,
    fn: (...args: never[]) => T | Promise<T>,
    ...args: unknown[]
  ): Promise<NonNullable<Awaited<T>>> {
    const until = Date.now() + 20_000;
    for (;;) {
      const value = await this.run(fn, ...args);
      if (value) return value as NonNullable<Awaited<T>>;
      if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async open(url: string) {
    await this.go(url);
    await this.waitFor('the app', () => document.documentElement.dataset.hydrated === 'true');
  }

  find = async (css: string, within?: Element): Promise<Element[]> =>
    within
      ? this.command('POST', `/element/${within[ELEMENT]}/elements`, {
          using: 'css selector',
          value: css,
        })
      : this.command('POST', '/elements', { using: 'css selector', value: css });

  role = (el: Element) => this.command<string>('GET', `/element/${el[ELEMENT]}/computedrole`);
  label = (el: Element) => this.command<string>('GET', `/element/${el[ELEMENT]}/computedlabel`);

  /** The first element with this role and exact accessible name, once there is one. */
  async byRole(role: string, name: string, within?: Element): Promise<Element> {
    const until = Date.now() + 20_000;
    for (;;) {
      for (const el of await this.find(CANDIDATES[role] ?? `[role="${role}"]`, within)) {
        // An element React replaced meanwhile is stale: the next round finds its successor.
        const matches = await Promise.all([this.role(el), this.label(el)]).then(
          ([r, l]) => r === role && l === name,
          () => false,
        );
        if (matches) return el;
      }
      if (Date.now() > until) throw new Error(`No ${role} named "${name}"`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The first element matching `css` with this exact accessible name, once there is one. */
  async byName(css: string, name: string): Promise<Element> {
    const until = Date.now() + 20_000;
    for (;;) {
      for (const el of await this.find(css)) {
        if ((await this.label(el).catch(() => '')) === name) return el;
      }
      if (Date.now() > until) throw new Error(`No ${css} named "${name}"`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  click = (el: Element) => this.command('POST', `/element/${el[ELEMENT]}/click`);
  type = (el: Element, text: string) =>
    this.command('POST', `/element/${el[ELEMENT]}/value`, { text });
}

/** Where to look for each role before asking WebKit for the element's computed role. */
const CANDIDATES: Record<string, string> = {
  button: 'button, [role="button"]',
  searchbox: 'input[type="search"], [role="searchbox"]',
  combobox: 'select, input, [role="combobox"]',
  radio: 'input[type="radio"], [role="radio"]',
  link: 'a[href]',
  navigation: 'nav, [role="navigation"]',
  region: 'section, [role="region"]',
};
