/**
 * The key journeys in WebKit (`npm run test:webkit`, part of `npm test`): WebKitGTK's WebDriver
 * and MiniBrowser from Debian, in a virtual display (xvfb-run), on ports from E2E_PORT.
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
  },
});
