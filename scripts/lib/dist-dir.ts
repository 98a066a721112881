/**
 * The build the tests read and serve: dist/, or DIST_DIR (the same variable the build writes to),
 * so the browser tests can run against another build, such as the fixture wiki's
 * (scripts/test-fixture.ts). Imports nothing heavy, for Playwright's loader.
 */
import { join, resolve } from 'node:path';

export const DIST = resolve(join(import.meta.dirname, '..', '..'), process.env.DIST_DIR ?? 'dist');
