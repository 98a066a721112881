/**
 * The key journeys in Firefox (`npm run test:firefox`, part of `npm test`): search, a filter, the
 * spoiler shield, sharing and offline, against the production build, in Debian's Firefox ESR
 * driven over WebDriver BiDi (scripts/lib/firefox.ts). One file at a time: each starts its own
 * browser and server, on ports from E2E_PORT so that two checkouts can run at once.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: process.env.CI ? 1 : 0,
  },
});
