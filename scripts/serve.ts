/** `npm run preview`: serves the built site from dist/ the way a static host would. */
import { resolve } from 'node:path';
import { startStaticServer } from './static-server.ts';

const port = Number(process.env.PORT ?? 4173);
const base = process.env.BASE_PATH ?? '/';
await startStaticServer({
  dir: resolve(import.meta.dirname, '..', process.env.DIST_DIR ?? 'dist'),
  port,
  base,
});
console.log(`Serving dist/ at http://127.0.0.1:${port}${base.endsWith('/') ? base : `${base}/`}`);
