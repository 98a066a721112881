/**
 * `npm run test:fixture`: the behaviour tests on the fixture wiki (tests/fixtures/wiki.ts), a
 * small wiki with every kind of content and the story's real shape, so that they hold whatever
 * the real content says: writes it as a content folder, builds it (CONTENT_DIR) into
 * dist-fixture/, and runs the browser specs playwright.config.ts lists for it (FIXTURE_SPECS)
 * on ports of their own (E2E_PORT 4273). The real content's build has its own run
 * (`npm run test:e2e`). Extra arguments go to Playwright: `npm run test:fixture -- -g theme`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixture } from '../tests/fixtures/wiki';

const content = writeFixture(mkdtempSync(join(tmpdir(), 'wiki-fixture-')));
const env = {
  ...process.env,
  CONTENT_DIR: content,
  DIST_DIR: 'dist-fixture',
  SSR_DIR: '.ssr-fixture',
  E2E_PORT: process.env.FIXTURE_PORT ?? '4273',
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (command: string, args: string[]) =>
  spawnSync(command, args, { env, stdio: 'inherit' }).status ?? 1;

let status = run(npm, ['run', 'build', '--silent']);
if (status === 0) status = run(npx, ['playwright', 'test', ...process.argv.slice(2)]);
rmSync(content, { recursive: true, force: true });
process.exit(status);
