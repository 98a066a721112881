/**
 * `tsx scripts/run-together.ts typecheck lint`: runs npm scripts side by side (the type check and
 * the linters each leave a core idle) and prints each one's output whole when it ends, so two
 * reports never interleave. Fails, with the names of the scripts that failed, if any does.
 */
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const runs = names.map(
  (name) =>
    new Promise<{ name: string; code: number }>((resolve) => {
      const child = spawn(npm, ['run', name], { env: process.env });
      const output: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
      child.on('close', (code) => {
        process.stdout.write(Buffer.concat(output));
        resolve({ name, code: code ?? 1 });
      });
    }),
);

const failed = (await Promise.all(runs)).filter((r) => r.code !== 0).map((r) => r.name);
if (failed.length) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
