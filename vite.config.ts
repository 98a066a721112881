import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { wikiContent } from './scripts/lib/content-plugin.ts';

/**
 * BASE_PATH serves the wiki under a sub-path (e.g. "/heartstopper-wiki/"); DIST_DIR changes the
 * output folder (the sub-path test builds into its own). Nothing about the day of the build goes
 * into the code: a rebuild without a content change gives the same files.
 */
const base = process.env.BASE_PATH ?? '/';

/**
 * Vite wraps every dynamic import in a helper that preloads the chunk's dependencies and CSS,
 * even with modulePreload off (vitejs/vite#13952). Here no chunk has either: the CSS is one
 * file (cssCodeSplit off) and chunks are fetched when imported. So the helper only calls the
 * import, saving ~0.6 KB gzip on every page.
 */
function plainDynamicImports(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'wiki:plain-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    resolveId: (source) => (source === id ? id : undefined),
    load: (source) =>
      source === id ? 'export const __vitePreload = (load) => load();' : undefined,
  };
}

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react(), wikiContent(), plainDynamicImports()],
  build: {
    outDir: process.env.DIST_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    // No preload lists for lazy chunks: a route's imports are fetched when it loads (and the
    // service worker has them all after a first visit). Saves ~1 KB on every page.
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack)[\\/]/,
              priority: 20,
            },
            // What every page uses, in one chunk.
            {
              name: 'kit',
              test: /[\\/]src[\\/](app[\\/](page-loader|page-keys|not-found)|components[\\/](edit-links|gated|page-head|page-facts|screen-link|share-button)|data[\\/](queries|load-data|story|story-shape|shape|data-keys|use-preferences)|lib[\\/](dates|text|reveal|preferences|use-hydrated|use-today))\./,
              priority: 10,
            },
            // What pages with cited facts and pictures use (entities, home, release, volumes):
            // list pages of cards need none of it.
            {
              name: 'cite-kit',
              test: /[\\/]src[\\/]components[\\/](breadcrumbs|citations|deferred|fact)\./,
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
