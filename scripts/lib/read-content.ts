/**
 * Reads src/content/ from disk into the raw form the checker takes: one entry per file, keyed by
 * collection and id (the file name). A file that is not valid JSON is reported with its parser's
 * message instead.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileOf, WIKI_FILE, type DataProblem, type RawContent } from '../../src/data/check.ts';
import { collections, type CollectionName } from '../../src/data/schema.ts';

/** The content folder: src/content, or CONTENT_DIR (the scale benchmark builds generated wikis). */
export const CONTENT_ROOT = process.env.CONTENT_DIR
  ? resolve(process.env.CONTENT_DIR)
  : join(import.meta.dirname, '..', '..', 'src', 'content');

export interface ReadResult {
  raw: RawContent;
  /** Unreadable files, unknown folders and stray files. */
  problems: DataProblem[];
}

function parse(path: string, file: string, problems: DataProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({
      file,
      path: '$',
      value: (error as Error).message,
      expected: 'valid JSON',
    });
    return undefined;
  }
}

export function readContent(root = CONTENT_ROOT): ReadResult {
  const problems: DataProblem[] = [];
  const raw: RawContent = { collections: {} };
  const known = new Set(Object.keys(collections));
  for (const entry of readdirSync(root).sort()) {
    const path = join(root, entry);
    if (entry === WIKI_FILE) {
      raw.wiki = parse(path, entry, problems);
      continue;
    }
    if (!statSync(path).isDirectory() || !known.has(entry)) {
      problems.push({
        file: entry,
        path: '(location)',
        value: entry,
        expected: `one of the content folders (${[...known].join(', ')}) or ${WIKI_FILE}`,
      });
      continue;
    }
    const collection = entry as CollectionName;
    const files: Record<string, unknown> = {};
    for (const name of readdirSync(path).sort()) {
      if (!name.endsWith('.json')) {
        problems.push({
          file: `${collection}/${name}`,
          path: '(file name)',
          value: name,
          expected: 'a .json file',
        });
        continue;
      }
      const id = name.slice(0, -'.json'.length);
      const value = parse(join(path, name), fileOf(collection, id), problems);
      if (value !== undefined) files[id] = value;
    }
    raw.collections[collection] = files;
  }
  return { raw, problems };
}

export const contentExists = (root = CONTENT_ROOT) => existsSync(root);
