/**
 * The page paints before the app's code runs. Vite's build puts the entry as
 * `<script type="module" src>` in <head>; on a fast connection (or from the service worker's
 * cache) Chrome can run that code, React, the router and the route, before it first paints the
 * prerendered HTML, so the reader waits on code for text that was already there.
 *
 * Instead the entry is fetched at once with `<link rel="modulepreload">` (no waiting on the
 * network later), and a small inline script at the end of <body> adds the module script once the
 * browser reports the first contentful paint. Where that cannot happen or cannot be observed, it
 * does not wait: a tab opened in the background (it does not paint), a page with no prerendered
 * content (the offline shell), a browser without paint timing (there, after the first frame). A
 * timer makes sure the app starts even if the report never comes. The CSP allows the script by
 * its hash, like the early settings script.
 */
export function appLoader(src: string, { fallbackMs = 2000 } = {}): string {
  return (
    '(function(){var d=document,P=window.PerformanceObserver,n=0;' +
    'function l(){if(n++)return;var s=d.createElement("script");' +
    `s.type="module";s.src=${JSON.stringify(src)};d.head.appendChild(s)}` +
    'if(d.hidden||!d.getElementById("page-state"))return l();' +
    'if(!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf("paint")<0)' +
    'return requestAnimationFrame(function(){setTimeout(l)});' +
    'new P(function(r,o){if(r.getEntriesByName("first-contentful-paint").length){o.disconnect();l()}})' +
    `.observe({type:"paint",buffered:true});setTimeout(l,${fallbackMs})})()`
  );
}

const ENTRY = /<script type="module" crossorigin src="([^"]+\.js)"><\/script>/;

/**
 * Rewrites the built page so its entry script loads after the first paint: a modulepreload link
 * where the script tag was, the loader before </body>. Returns the page and the loader's text
 * (for the CSP hash).
 */
export function deferEntryScript(html: string): { html: string; loader: string } {
  const tag = ENTRY.exec(html);
  if (!tag) throw new Error('dist/index.html has no module entry script to defer.');
  if (!html.includes('</body>')) throw new Error('dist/index.html has no </body>.');
  const src = tag[1]!;
  const loader = appLoader(src);
  return {
    html: html
      .replace(tag[0], () => `<link rel="modulepreload" crossorigin href="${src}" />`)
      .replace('</body>', () => `  <script>${loader}</script>\n  </body>`),
    loader,
  };
}
