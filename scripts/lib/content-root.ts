/**
 * The content folder: src/content, or CONTENT_DIR (the tests' fixture wiki, the scale benchmark's
 * generated wikis). Imports nothing, so the Vite config can read it without loading the checks.
 */
import { join, resolve } from 'node:path';

export const CONTENT_ROOT = process.env.CONTENT_DIR
  ? resolve(process.env.CONTENT_DIR)
  : join(import.meta.dirname, '..', '..', 'src', 'content');
