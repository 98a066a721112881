/**
 * Valid HTML: the Nu HTML Checker (the W3C's validator, from the vnu-jar package) finds no error
 * and no warning on one built page of every template, the not-found page and the offline shell.
 * It runs once over all of them, in one Java start (starting it takes seconds). Where Java is
 * missing the test is skipped, saying so, except in CI, where .ci/run installs it.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, TEMPLATES } from './site';

const JAVA = process.env.JAVA_PATH ?? 'java';
const hasJava = spawnSync(JAVA, ['-version']).status === 0;

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'io' | 'schema' | 'internal';
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * The checker reads a `<script>` holding data (the page state, the JSON-LD) as one the page's
 * CSP would block, but a browser never runs a data block, so no policy applies to it: the
 * browser tests, which fail on any CSP report in the console, confirm it.
 */
const dataBlockUnderCsp = (m: Message) =>
  m.message.startsWith('Inline script violates Content Security Policy') &&
  /<script type="application\/(ld\+)?json"/.test(m.extract ?? '');

test('no HTML errors or warnings on one page of every template, the 404 page and the offline shell', () => {
  test.skip(
    !hasJava && !process.env.CI,
    'Java is not installed: apt-get install default-jre-headless',
  );
  test.setTimeout(120_000);
  const jar = join(
    createRequire(import.meta.url).resolve('vnu-jar/package.json'),
    '..',
    'build',
    'dist',
    'vnu.jar',
  );
  const files = [
    ...TEMPLATES.map((t) => join(DIST, t.path, 'index.html')),
    join(DIST, '404.html'),
    join(DIST, 'shell', 'index.html'),
  ];
  const run = spawnSync(JAVA, ['-jar', jar, '--format', 'json', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error, String(run.error)).toBeUndefined();
  const { messages } = JSON.parse(run.stdout) as { messages: Message[] };
  const problems = messages
    .filter((m) => m.type !== 'info' || m.subType === 'warning')
    .filter((m) => !dataBlockUnderCsp(m))
    .map((m) => `${m.url.split('/dist/')[1]}:${m.lastLine} ${m.type} ${m.message}`);
  expect(problems, problems.join('\n')).toEqual([]);
  // It read every file: each has at least a note (the checker's remark on `<meta ... />`).
  const read = new Set(messages.map((m) => m.url.replace(/^file:/, '')));
  expect(files.filter((f) => !read.has(f))).toEqual([]);
});
