import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './scripts/lib/chrome';
import { seesEverything } from './tests/e2e/reader';

/**
 * Browser tests run against the production build (npm run build) served by the plain static
 * server in scripts/, in the system's Chromium: /usr/bin/chromium, or CHROME_PATH.
 */
const port = Number(process.env.E2E_PORT ?? 4173);

/**
 * The behaviour specs that run on the fixture wiki (`npm run test:fixture`, which sets
 * CONTENT_DIR and DIST_DIR): they find their pages in whatever build they are given, and run
 * there instead of on the real content's build, whose run keeps the checks of real pages.
 */
const FIXTURE_SPECS = [
  '**/spoilers.spec.ts',
  '**/faults.spec.ts',
  '**/first-paint.spec.ts',
  '**/subpath.spec.ts',
  '**/keyboard.spec.ts',
  '**/share-and-no-js.spec.ts',
  '**/offline.spec.ts',
  '**/hostile.spec.ts',
  '**/search.spec.ts',
  '**/navigation.spec.ts',
  '**/filters.spec.ts',
  '**/visuals.spec.ts',
];
const onFixture = Boolean(process.env.CONTENT_DIR);

export default defineConfig({
  testDir: 'tests/e2e',
  ...(onFixture ? { testMatch: FIXTURE_SPECS } : { testIgnore: FIXTURE_SPECS }),
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // The fixture run keeps its own results, so it never clears the real run's traces.
  outputDir: onFixture ? 'test-results-fixture' : 'test-results',
  reporter: process.env.CI
    ? [
        ['list'],
        [
          'html',
          {
            open: 'never',
            outputFolder: onFixture ? 'playwright-report-fixture' : 'playwright-report',
          },
        ],
      ]
    : 'list',
  // Room for a machine half as fast as usual: several tests open eight pages or more.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Every test reads as a returning reader who chose to see everything (tests/e2e/reader.ts),
    // on the preview; specs with servers of their own list them; the spoiler shield's tests
    // start from a new visitor (`test.use({ storageState: NEW_VISITOR })`).
    storageState: seesEverything(0),
    trace: 'retain-on-failure',
    // The service worker precaches the whole site; only the offline tests let it run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROME_PATH,
      args: CHROME_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx tsx scripts/serve.ts`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
