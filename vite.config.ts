import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * BASE_PATH serves the wiki under a sub-path (e.g. "/heartstopper-wiki/"); BUILD_DATE pins the
 * "today" of prerendered pages (defaults to the day of the build); DIST_DIR changes the output
 * folder (the sub-path test builds into its own).
 */
const base = process.env.BASE_PATH ?? '/';
const buildDate = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react()],
  define: {
    'import.meta.env.VITE_BUILD_DATE': JSON.stringify(buildDate),
  },
  build: {
    outDir: process.env.DIST_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
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
            {
              name: 'kit',
              test: /[\\/]src[\\/](components[\\/](breadcrumbs|citations|deferred|fact|gated|page-head|screen-link|share-button)|data[\\/](queries|load|derive|constants)|lib[\\/](dates|text|reveal|use-hydrated|use-today))\./,
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
