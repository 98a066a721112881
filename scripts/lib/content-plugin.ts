/**
 * The development server's page data: serves `data/<key>.json` compiled from src/content on
 * request, and reloads the page when a content file changes. (A build writes the same files
 * into dist/data; see scripts/prerender.ts.) The compiler loads through the dev server itself,
 * so the Vite config stays small.
 */
import type { Plugin } from 'vite';
import { CONTENT_ROOT } from './content-root.ts';

type Compile = () => Map<string, unknown>;

export function wikiContent(): Plugin {
  let files: Map<string, unknown> | null = null;
  return {
    name: 'wiki-content',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(CONTENT_ROOT);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(CONTENT_ROOT)) return;
        files = null;
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const prefix = `${server.config.base}data/`;
        const pathname = new URL(req.url ?? '/', 'http://dev.local').pathname;
        if (!pathname.startsWith(prefix) || !pathname.endsWith('.json')) return next();
        void (async () => {
          try {
            if (!files) {
              const module = (await server.ssrLoadModule('/scripts/lib/compile-content.ts')) as {
                compileContent: Compile;
              };
              files = module.compileContent();
            }
          } catch (error) {
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end((error as Error).message);
            server.config.logger.error((error as Error).message);
            return;
          }
          const value = files.get(pathname.slice(prefix.length, -'.json'.length));
          if (value === undefined) {
            res.statusCode = 404;
            res.end();
            return;
          }
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(value));
        })();
      });
    },
  };
}
