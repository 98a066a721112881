/**
 * A plain static file server for dist/, behaving like the static hosts the wiki deploys to:
 * `/x` serves `x/index.html`, unknown paths get `404.html` with status 404, headers from
 * `_headers` apply, text is gzip-compressed. Used by `npm run preview` and the browser tests.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
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
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
]);

export function startStaticServer({
  dir,
  port,
  base = '/',
}: {
  dir: string;
  port: number;
  base?: string;
}): Promise<Server> {
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
    const target = normalize(join(dir, rel));
    if (target !== dir && !target.startsWith(dir + sep)) return null;
    const candidates = rel.endsWith('/')
      ? [join(target, 'index.html')]
      : [target, join(target, 'index.html')];
    return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
  };

  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      pathname = '\u0000';
    }
    const file = pathname.includes('\u0000') ? null : resolve(pathname);
    const path = file ?? join(dir, '404.html');
    const status = file ? 200 : 404;
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const requestPath = new URL(req.url ?? '/', 'http://x').pathname;
    const routePath = requestPath.slice(prefix.length - 1) || '/';
    for (const rule of rules) {
      if (rule.pattern.test(requestPath)) for (const [k, v] of rule.headers) res.setHeader(k, v);
    }
    res.setHeader('Content-Type', type);
    if (!res.hasHeader('Cache-Control')) {
      res.setHeader(
        'Cache-Control',
        routePath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
    const gzip =
      COMPRESSIBLE.has(extname(path)) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.writeHead(status);
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(path);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}
