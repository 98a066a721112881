/**
 * The development server's page data: src/content (or CONTENT_DIR) read, checked and compiled
 * into page data files, by key, exactly as the build compiles them (load-content.ts): the same
 * edit links, site address and contributor guide.
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
