/**
 * A plain static file server for dist/, behaving like the static hosts the wiki deploys to:
 * `/x` serves `x/index.html`, unknown paths get `404.html` with status 404 (or, as a
 * single-page host does, `index.html` with status 200), headers from `_headers` apply, and text
 * goes out compressed: the build's precompressed `.br` or `.gz` beside the file when the browser
 * takes it, gzip on the fly otherwise. Only GET and HEAD are answered (405 otherwise); dot-files
 * and `_headers` are never served; an empty path segment (`//cast//`) names no page.
 *
 * Used by `npm run preview`, the benchmarks and the browser tests, which can also make it
 * misbehave (`fault`): drop a connection, answer 500, or send other bytes, as a failing network,
 * host or CDN edge does.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { normaliseBase, parseHeaders, rulePattern } from './lib/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
]);

/** What a misbehaving host does with one request; undefined serves it normally. */
export type Fault =
  | { kind: 'abort' }
  | { kind: 'status'; status: number }
  | { kind: 'body'; body: string | Buffer; type?: string };

export interface StaticServerOptions {
  dir: string;
  port: number;
  base?: string;
  /** What an unknown path gets: the 404 page with status 404, or index.html with 200. */
  fallback?: '404' | 'index';
  /** Test hook: make one request fail the way a network, host or CDN can. */
  fault?: (request: { method: string; path: string; search: string }) => Fault | undefined;
}

/** True for a path no static host would serve: a dot-file or folder, or the headers file. */
const hidden = (rel: string) =>
  rel.split('/').some((part) => part.startsWith('.')) || rel === '/_headers';

export function startStaticServer({
  dir,
  port,
  base = '/',
  fallback = '404',
  fault,
}: StaticServerOptions): Promise<Server> {
  const prefix = normaliseBase(base);
  const headersFile = join(dir, '_headers');
  // The rules' patterns hold the base, as the request's path does.
  const rules = existsSync(headersFile)
    ? parseHeaders(readFileSync(headersFile, 'utf8')).map((rule) => ({
        pattern: rulePattern(rule),
        headers: rule.headers,
      }))
    : [];

  const resolve = (pathname: string): string | null => {
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return null;
    const rel = pathname.slice(prefix.length - 1) || '/';
    if (rel.includes('//') || hidden(rel)) return null;
    const target = normalize(join(dir, rel));
    if (target !== dir && !target.startsWith(dir + sep)) return null;
    const candidates = rel.endsWith('/')
      ? [join(target, 'index.html')]
      : [target, join(target, 'index.html')];
    return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
  };

  /** The build's .br or .gz of a file, if the browser takes it and it is not older than the file. */
  const precompressed = (path: string, accepts: string) => {
    for (const [encoding, ext] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const) {
      if (!new RegExp(`\\b${encoding}\\b`).test(accepts)) continue;
      const file = path + ext;
      if (existsSync(file) && statSync(file).mtimeMs >= statSync(path).mtimeMs)
        return { encoding, file };
    }
    return undefined;
  };

  const applyHeaders = (res: ServerResponse, requestPath: string) => {
    for (const rule of rules) {
      if (rule.pattern.test(requestPath)) for (const [k, v] of rule.headers) res.setHeader(k, v);
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const requestPath = url.pathname;
    const method = req.method ?? 'GET';
    const injected = fault?.({ method, path: requestPath, search: url.search });
    if (injected?.kind === 'abort') return void req.socket.destroy();
    applyHeaders(res, requestPath);
    if (injected?.kind === 'status') {
      res.writeHead(injected.status, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end(`Error ${injected.status}`);
    }
    if (injected?.kind === 'body') {
      res.writeHead(200, {
        'Content-Type': injected.type ?? 'application/json; charset=utf-8',
        'Cache-Control': 'no-cache',
      });
      return void res.end(injected.body);
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('Method Not Allowed');
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(requestPath);
    } catch {
      pathname = '\u0000';
    }
    const file = pathname.includes('\u0000') ? null : resolve(pathname);
    const spa = !file && fallback === 'index';
    const path = file ?? join(dir, spa ? 'index.html' : '404.html');
    const status = file || spa ? 200 : 404;
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const routePath = requestPath.slice(prefix.length - 1) || '/';
    res.setHeader('Content-Type', type);
    if (!res.hasHeader('Cache-Control')) {
      res.setHeader(
        'Cache-Control',
        routePath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const compressible = COMPRESSIBLE.has(extname(path));
    const ready = compressible ? precompressed(path, accepts) : undefined;
    const gzip = compressible && !ready && /\bgzip\b/.test(accepts);
    if (ready || gzip) {
      res.setHeader('Content-Encoding', ready?.encoding ?? 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.writeHead(status);
    if (method === 'HEAD') return void res.end();
    const stream = createReadStream(ready?.file ?? path);
    // A file gone between the check and the read (a half-written build): end the response.
    stream.on('error', () => res.destroy());
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  };

  const server = createServer(handle);
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}
