import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * Two projects: pure logic in Node (no DOM to set up per file, so it starts at once) and
 * components in jsdom. A unit file that needs a browser's globals says so in its first line
 * (`// @vitest-environment jsdom`).
 */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      setupFiles: ['tests/setup.ts'],
      restoreMocks: true,
      // Far from UTC, so anything that takes a day in UTC instead of the reader's shows up.
      env: { TZ: 'Pacific/Auckland' },
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
        },
        {
          extends: true,
          test: {
            name: 'components',
            include: ['tests/components/**/*.test.{ts,tsx}'],
            environment: 'jsdom',
          },
        },
      ],
    },
  }),
);
