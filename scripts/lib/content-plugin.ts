/**
 * The development server's page data: serves `data/<key>.json` compiled from src/content on
 * request, and reloads the page when a content file changes. (A build writes the same files
 * into dist/data; see scripts/prerender.ts.)
 */
import type { Plugin } from 'vite';
import { checkContent, formatProblem } from '../../src/data/check.ts';
import { compileSite } from '../compile/compile.ts';
import { CONTENT_ROOT, readContent } from './read-content.ts';

export function compileContent(): Map<string, unknown> {
  const { raw, problems: unreadable } = readContent();
  const { problems, content } =
    unreadable.length > 0 ? { problems: unreadable, content: undefined } : checkContent(raw);
  if (!content) {
    throw new Error(
      `The content has ${problems.length} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  }
  return compileSite(content).files;
}

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
        try {
          files ??= compileContent();
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
      });
    },
  };
}
