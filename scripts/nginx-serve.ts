/**
 * Serves a build with a real nginx, configured by the recipe in docs/nginx/wiki.conf, so the
 * browser tests (tests/e2e/nginx.spec.ts) check the recipe itself and not a copy of it.
 *
 *   npx tsx scripts/nginx-serve.ts --dir dist --port 4180 [--base /wiki/]
 *   npx tsx scripts/nginx-serve.ts --dir dist --write-headers /etc/nginx/snippets/heartstopper-wiki-headers.conf
 *   npx tsx scripts/nginx-serve.ts --dir dist --print-config
 *
 * It writes, into a fresh temporary prefix: nginx.conf (the recipe's server block with the
 * folder, port and base filled in, inside a minimal `http {}` with pid, logs and temp paths in
 * the prefix, so it runs as any user without touching /etc/nginx), mime.types, and
 * snippets/heartstopper-wiki-headers.conf generated from <dir>/_headers (the CSP's hashes change
 * with every build). Then it runs `nginx -p <prefix> -c <prefix>/nginx.conf` in the foreground
 * until it is stopped. The binary is NGINX_PATH, or /usr/sbin/nginx.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { normaliseBase, parseHeaders, type HeaderRule } from './lib/headers-file.ts';

const RECIPE = join(import.meta.dirname, '..', 'docs', 'nginx', 'wiki.conf');
/** Where the recipe includes the generated headers from (relative to nginx's config folder). */
export const HEADERS_SNIPPET = 'snippets/heartstopper-wiki-headers.conf';
/** The placeholder folder the recipe uses for root and alias. */
const PLACEHOLDER_DIR = '/srv/heartstopper-wiki/dist';
/** The sub-path the recipe's commented variant is written for. */
const RECIPE_BASE = '/wiki/';

export const nginxBinary = () => process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Debian's brotli_static module, if installed (libnginx-mod-http-brotli-static). */
export const brotliModule = () =>
  [
    '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
    '/usr/share/nginx/modules/ngx_http_brotli_static_module.so',
  ].find((path) => existsSync(path));

/** The rule for the whole site: "<base>*", whose prefix starts every other rule's path. */
function siteWideRule(rules: HeaderRule[]): HeaderRule {
  const rule = rules.find(
    (r) =>
      r.path.endsWith('/*') && rules.every((other) => other.path.startsWith(r.path.slice(0, -1))),
  );
  if (!rule) throw new Error('_headers has no site-wide "<base>*" rule.');
  return rule;
}

/** The base path a build was made for, read from its _headers ("/" or "/wiki/"). */
export function builtBase(headersText: string): string {
  return siteWideRule(parseHeaders(headersText)).path.slice(0, -1);
}

/** The site-wide headers of `_headers`, as nginx `add_header ... always;` lines. */
export function headersSnippet(headersText: string): string {
  const rule = siteWideRule(parseHeaders(headersText));
  const lines = rule.headers
    // Caching differs by path; the recipe sets Cache-Control in each location itself.
    .filter(([name]) => name.toLowerCase() !== 'cache-control')
    .map(([name, value]) => {
      if (!/^[A-Za-z0-9-]+$/.test(name)) throw new Error(`_headers: odd header name "${name}".`);
      // nginx expands $variables in add_header values and has no escape for "$".
      if (/[$\n\r]/.test(value))
        throw new Error(`_headers: ${name} holds "$" or a line break, which nginx cannot take.`);
      return `add_header ${name} "${value.replace(/[\\"]/g, '\\$&')}" always;`;
    });
  return [
    `# Generated from _headers by scripts/nginx-serve.ts (rule "${rule.path}"). Regenerate after`,
    '# every build: the Content-Security-Policy holds hashes of the inline style and script.',
    ...lines,
    '',
  ].join('\n');
}

/** A folder as a quoted nginx string; nginx would read "$" as a variable and has no escape for it. */
function nginxPath(path: string): string {
  if (/["$\\\n]/.test(path))
    throw new Error(`Cannot put the path ${path} into an nginx config; move the build elsewhere.`);
  return `"${path}"`;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text))
    throw new Error(`docs/nginx/wiki.conf no longer has ${what}; update scripts/nginx-serve.ts.`);
  return text.replace(pattern, replacement);
}

/** Lines between "# >>> name" and "# <<< name" (marker lines included), as [start, end]. */
function region(lines: string[], name: string): [number, number] {
  const start = lines.findIndex((l) => l.trim().startsWith(`# >>> ${name}`));
  const end = lines.findIndex((l) => l.trim() === `# <<< ${name}`);
  if (start < 0 || end < start)
    throw new Error(`docs/nginx/wiki.conf has lost its "${name}" markers.`);
  return [start, end];
}

/**
 * The recipe's server block, filled in: served from `dir` on 127.0.0.1:`port`, at the root, or
 * (base other than "/") by the commented sub-path variant, uncommented, with `base` for /wiki/.
 */
export function serverBlock({
  dir,
  port,
  base = '/',
}: {
  dir: string;
  port: number;
  base?: string;
}): string {
  const recipe = readFileSync(RECIPE, 'utf8');
  const at = recipe.search(/^server \{/m);
  if (at < 0) throw new Error('docs/nginx/wiki.conf has no "server {" block.');
  const lines = recipe.slice(at).split('\n');
  const folder = resolve(dir).replace(/\/+$/, '');
  const prefix = normaliseBase(base);

  if (prefix === '/') {
    const [start, end] = region(lines, 'sub-path');
    lines.splice(start, end - start + 1);
  } else {
    const [start, end] = region(lines, 'sub-path');
    const variant = lines
      .slice(start + 1, end)
      .map((l) => l.replace(/^(\s*)# ?/, '$1'))
      .map((l) => l.replace(/\/wiki(?=[/\s])/g, prefix.slice(0, -1)));
    lines.splice(start, end - start + 1, ...variant);
    const [rootStart, rootEnd] = region(lines, 'root');
    lines.splice(rootStart, rootEnd - rootStart + 1);
  }

  let block = lines.join('\n');
  // Brotli where the module is there to load (nginxConfig loads it).
  if (brotliModule()) block = block.replace(/^(\s*)# brotli_static on;/m, '$1brotli_static on;');
  block = replaceOnce(block, /^\s*listen 80;.*$/m, `    listen 127.0.0.1:${port};`, '"listen 80;"');
  block = replaceOnce(block, /^\s*listen \[::\]:80;.*\n/m, '', '"listen [::]:80;"');
  if (prefix === '/') {
    block = replaceOnce(
      block,
      new RegExp(`root ${PLACEHOLDER_DIR};`),
      `root ${nginxPath(folder)};`,
      `"root ${PLACEHOLDER_DIR};"`,
    );
  } else {
    const alias = new RegExp(`alias ${PLACEHOLDER_DIR}/(\\S*);`, 'g');
    if (!alias.test(block))
      throw new Error(
        `docs/nginx/wiki.conf's sub-path variant has no "alias ${PLACEHOLDER_DIR}/;".`,
      );
    // A replacer function, so nothing in the folder's name is read as a replacement pattern.
    block = block.replace(
      alias,
      (_match, rest: string) => `alias ${nginxPath(`${folder}/${rest}`)};`,
    );
    if (!block.includes(`location ^~ ${prefix} {`))
      throw new Error(`The sub-path variant no longer has "location ^~ ${RECIPE_BASE} {".`);
  }
  return block;
}

/** Enough types for the wiki, for an nginx without /etc/nginx/mime.types. */
const FALLBACK_MIME_TYPES = `types {
    text/html html htm;
    text/css css;
    application/javascript js mjs;
    application/json json;
    image/svg+xml svg;
    image/png png;
    image/jpeg jpg jpeg;
    image/x-icon ico;
    image/webp webp;
    font/woff2 woff2;
    text/plain txt;
    text/xml xml;
}
`;

function nginxConfig({
  prefix,
  server,
  accessLog,
}: {
  prefix: string;
  server: string;
  accessLog: string;
}): string {
  const indented = server
    .split('\n')
    .map((l) => (l ? `    ${l}` : l))
    .join('\n');
  const brotli = brotliModule();
  return `# Generated by scripts/nginx-serve.ts for local runs and tests; the recipe is docs/nginx/wiki.conf.
${brotli ? `load_module ${brotli};\n` : ''}daemon off;
master_process on;
worker_processes 1;
${process.getuid?.() === 0 ? `user ${userInfo().username};\n` : ''}pid ${prefix}/nginx.pid;
error_log stderr warn;

events {
    worker_connections 256;
}

http {
    access_log ${accessLog};
    client_body_temp_path ${prefix}/temp/client_body;
    proxy_temp_path ${prefix}/temp/proxy;
    fastcgi_temp_path ${prefix}/temp/fastcgi;
    uwsgi_temp_path ${prefix}/temp/uwsgi;
    scgi_temp_path ${prefix}/temp/scgi;
    default_type application/octet-stream;
    sendfile on;

${indented}
}
`;
}

/** `-e stderr` (nginx 1.19.5+) keeps nginx from opening its built-in error log before the config's. */
function earlyErrorLogArgs(bin: string): string[] {
  const out = spawnSync(bin, ['-v'], { encoding: 'utf8' });
  const version = /nginx\/(\d+)\.(\d+)\.(\d+)/.exec(`${out.stderr}${out.stdout}`);
  if (!version) return [];
  const [major, minor, patch] = version.slice(1).map(Number) as [number, number, number];
  const newEnough = major > 1 || minor > 19 || (minor === 19 && patch >= 5);
  return newEnough ? ['-e', 'stderr'] : [];
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer()
      .once('error', () => done(false))
      .once('listening', () => probe.close(() => done(true)));
    probe.listen(port, '127.0.0.1');
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' })
      .once('connect', () => {
        socket.destroy();
        done(true);
      })
      .once('error', () => done(false));
  });
}

export interface PreparedNginx {
  /** The temporary prefix holding nginx.conf, mime.types, the snippet, pid and temp files. */
  prefix: string;
  config: string;
  args: string[];
}

/** Writes the temporary prefix for serving `dir` and returns how to run nginx over it. */
export function prepareNginx({
  dir,
  port,
  base = '/',
  accessLog = 'off',
}: {
  dir: string;
  port: number;
  base?: string;
  accessLog?: string;
}): PreparedNginx {
  const folder = resolve(dir);
  const wanted = normaliseBase(base);
  for (const file of ['index.html', '404.html', '_headers'])
    if (!existsSync(join(folder, file)))
      throw new Error(`${folder} has no ${file}: build it first (npm run build).`);
  const headersText = readFileSync(join(folder, '_headers'), 'utf8');
  const built = builtBase(headersText);
  if (built !== wanted)
    throw new Error(
      `${folder} was built for ${built}, not ${wanted}: serve it with --base ${built}, or rebuild with BASE_PATH=${wanted}.`,
    );

  const prefix = mkdtempSync(join(tmpdir(), 'wiki-nginx-'));
  mkdirSync(join(prefix, 'temp'));
  mkdirSync(join(prefix, dirname(HEADERS_SNIPPET)), { recursive: true });
  writeFileSync(join(prefix, HEADERS_SNIPPET), headersSnippet(headersText));
  if (existsSync('/etc/nginx/mime.types'))
    copyFileSync('/etc/nginx/mime.types', join(prefix, 'mime.types'));
  else writeFileSync(join(prefix, 'mime.types'), FALLBACK_MIME_TYPES);
  const config = join(prefix, 'nginx.conf');
  writeFileSync(
    config,
    nginxConfig({ prefix, server: serverBlock({ dir: folder, port, base: wanted }), accessLog }),
  );
  return {
    prefix,
    config,
    args: [...earlyErrorLogArgs(nginxBinary()), '-p', `${prefix}/`, '-c', config],
  };
}

export interface RunningNginx {
  /** "http://127.0.0.1:<port><base>" */
  url: string;
  prefix: string;
  stop(): Promise<void>;
}

/** Starts nginx over `dir` (built for `base`) on 127.0.0.1:`port`; resolves once it accepts connections. */
export async function startNginx({
  dir,
  port,
  base = '/',
  accessLog = 'off',
  inheritOutput = false,
}: {
  dir: string;
  port: number;
  base?: string;
  accessLog?: string;
  /** Pass nginx's stdout/stderr through (the command line) rather than keep them for errors. */
  inheritOutput?: boolean;
}): Promise<RunningNginx> {
  const bin = nginxBinary();
  if (!existsSync(bin))
    throw new Error(`No nginx at ${bin}: install it (apt-get install nginx) or set NGINX_PATH.`);
  if (!(await portIsFree(port)))
    throw new Error(`Port ${port} is already in use (a leftover nginx? see: ss -ltnp).`);
  const { prefix, args } = prepareNginx({ dir, port, base, accessLog });

  const child = spawn(bin, args, {
    stdio: ['ignore', inheritOutput ? 'inherit' : 'ignore', inheritOutput ? 'inherit' : 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  });
  let exited = false;
  const exit = new Promise<void>((done) =>
    child.once('exit', () => {
      exited = true;
      done();
    }),
  );
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const cleanUp = () => {
    process.removeListener('exit', killOnExit);
    rmSync(prefix, { recursive: true, force: true });
  };
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM'); // nginx: fast shutdown, workers included
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    }
    cleanUp();
  };

  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(
        `nginx did not start (${bin} ${args.join(' ')}):\n${output || '(no output)'}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url: `http://127.0.0.1:${port}${normaliseBase(base)}`, prefix, stop };
}

async function main() {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4180' },
      base: { type: 'string', default: '/' },
      'write-headers': { type: 'string' },
      'print-config': { type: 'boolean', default: false },
    },
  });
  const dir = resolve(values.dir);
  if (values['write-headers']) {
    const text = readFileSync(join(dir, '_headers'), 'utf8');
    writeFileSync(values['write-headers'], headersSnippet(text));
    console.log(`Wrote ${values['write-headers']} from ${join(dir, '_headers')}.`);
    return;
  }
  const port = Number(values.port);
  if (values['print-config']) {
    const { prefix, config } = prepareNginx({ dir, port, base: values.base });
    process.stdout.write(readFileSync(config, 'utf8'));
    rmSync(prefix, { recursive: true, force: true });
    return;
  }
  const nginx = await startNginx({
    dir,
    port,
    base: values.base,
    accessLog: '/dev/stdout',
    inheritOutput: true,
  });
  console.log(`Serving ${dir} with nginx at ${nginx.url} (config: ${nginx.prefix}/nginx.conf)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void nginx.stop().then(() => process.exit(0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
