import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The page paints before the app's code runs, and nothing but the page itself is downloaded
 * until it has painted (decision records 032 and 048).
 *
 * Vite's build puts the entry as `<script type="module" src>` in <head>; on a fast connection (or
 * from the service worker's cache) Chrome can run that code, React, the router and the route,
 * before it first paints the prerendered HTML, so the reader waits on code for text that was
 * already there. A `<link rel="modulepreload">` in <head> avoids that but still starts a download
 * that shares the connection with the HTML while the HTML is still arriving, and the web app
 * manifest (and the icon it names) is fetched early in the same way.
 *
 * So the HTML asks for nothing else: a small inline script at the end of <body> waits for the
 * browser to report the first contentful paint, then, in one go, preloads the entry and every
 * module it imports statically (so they download side by side rather than one after another),
 * adds the entry's module script and links the manifest. Where the paint cannot happen or cannot
 * be observed, it does not wait: a tab opened in the background (it does not paint), a page with
 * no prerendered content (the offline shell), a browser without paint timing (there, after the
 * first frame). A timer makes sure the app starts even if the report never comes. The CSP allows
 * the script by its hash, like the early settings script.
 */
export interface LoaderFiles {
  /** The entry module's address. */
  entry: string;
  /** What the entry imports statically, directly or not: preloaded with it. */
  imports?: readonly string[];
  /** The web app manifest's address, linked once the page has painted. */
  manifest?: string;
}

export function appLoader(
  { entry, imports = [], manifest }: LoaderFiles,
  { fallbackMs = 2000 } = {},
): string {
  return (
    '(function(){var d=document,P=window.PerformanceObserver,n=0;' +
    'function k(r,h){var e=d.createElement("link");e.rel=r;e.href=h;d.head.appendChild(e)}' +
    'function l(){if(n++)return;var s=d.createElement("script");' +
    `s.type="module";s.src=${JSON.stringify(entry)};d.head.appendChild(s);` +
    `${JSON.stringify(imports)}.forEach(function(h){k("modulepreload",h)})` +
    (manifest ? `;k("manifest",${JSON.stringify(manifest)})` : '') +
    '}' +
    'if(d.hidden||!d.getElementById("page-state"))return l();' +
    'if(!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf("paint")<0)' +
    'return requestAnimationFrame(function(){setTimeout(l)});' +
    'new P(function(r,o){if(r.getEntriesByName("first-contentful-paint").length){o.disconnect();l()}})' +
    `.observe({type:"paint",buffered:true});setTimeout(l,${fallbackMs})})()`
  );
}

/**
 * The modules `file` imports statically, directly or through another (`import{a}from"./x.js"`
 * or `import"./x.js"`, never `import("./x.js")`), as addresses beside it. `read` gives a built
 * module's text by its file name in the assets folder.
 */
export function staticImports(file: string, read: (name: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    for (const m of read(name).matchAll(
      /import\s*(?:[^();"'`]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      const next = m[1]!;
      if (seen.has(next) || next === file) continue;
      seen.add(next);
      visit(next);
    }
  };
  visit(file);
  return [...seen];
}

const ENTRY = /<script type="module" crossorigin src="([^"]+\.js)"><\/script>/;
const MANIFEST = /\s*<link rel="manifest" href="([^"]+)"\s*\/?>/;

/**
 * Rewrites the built page so it asks for nothing but itself before it paints: the entry script
 * and the manifest link go, and the loader, which adds them after the first paint, goes before
 * </body>. `read` gives a built module's text by its name in the entry's folder. Returns the
 * page and the loader's text (for the CSP hash).
 */
export function deferEntryScript(
  html: string,
  read: (name: string) => string,
): { html: string; loader: string } {
  const tag = ENTRY.exec(html);
  if (!tag) throw new Error('dist/index.html has no module entry script to defer.');
  if (!html.includes('</body>')) throw new Error('dist/index.html has no </body>.');
  const entry = tag[1]!;
  const folder = entry.slice(0, entry.lastIndexOf('/') + 1);
  const imports = staticImports(entry.slice(folder.length), read).map((name) => folder + name);
  const manifest = MANIFEST.exec(html);
  const loader = appLoader({ entry, imports, manifest: manifest?.[1] });
  return {
    html: (manifest ? html.replace(manifest[0], '') : html)
      .replace(tag[0], '')
      .replace('</body>', () => `  <script>${loader}</script>\n  </body>`),
    loader,
  };
}

/** Reads a built module by its name in `dir` (the dist's assets folder). */
export const readAsset = (dir: string) => (name: string) => readFileSync(join(dir, name), 'utf8');
