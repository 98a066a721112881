/**
 * The development server's page data: src/content (or CONTENT_DIR) read, checked and compiled
 * into page data files, by key, as the build compiles them (load-content.ts): the same edit
 * links, site address and contributor guide. Only the order of a page's sources differs: the
 * build reorders them from the prerendered page (compile/citation-order.ts), which the
 * development server does not render, so its citation numbers follow a walk of the view.
 */
import { compileSite } from '../compile/compile.ts';
import { CONTENT_ROOT } from './content-root.ts';
import { compileOptionsFromEnv, loadCheckedContent } from './load-content.ts';

export function compileContent(
  root = CONTENT_ROOT,
  env: Record<string, string | undefined> = process.env,
): Map<string, unknown> {
  return compileSite(loadCheckedContent(root), compileOptionsFromEnv(env)).files;
}
