/**
 * Reads src/content/ from disk into the raw form the checker takes: one entry per file, keyed by
 * collection and id (the file name). Files are read strictly (strict-json.ts): invalid JSON, a
 * byte-order mark and a key given twice are reported with their line and column. Dot-files (a
 * desktop's .DS_Store) and files git ignores are not content and are skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileOf, WIKI_FILE, type DataProblem, type RawContent } from '../../src/data/check.ts';
import { collections, type CollectionName } from '../../src/data/schema.ts';
import { CONTENT_ROOT } from './content-root.ts';
import { parseStrictJson } from './strict-json.ts';

export { CONTENT_ROOT };

export interface ReadResult {
  raw: RawContent;
  /** Unreadable files, unknown folders and stray files. */
  problems: DataProblem[];
}

function parse(path: string, file: string, problems: DataProblem[]): unknown {
  const text = readFileSync(path, 'utf8');
  const result = parseStrictJson(text);
  for (const p of result.problems) {
    const where = `line ${p.line}, column ${p.column}`;
    const lineText = text.split('\n')[p.line - 1] ?? '';
    problems.push({
      file,
      path: p.path ? `${p.path} (${where})` : where,
      value: lineText.trim().slice(0, 80),
      expected: p.message,
    });
  }
  return result.problems.length > 0 ? undefined : result.value;
}

/** The paths below `root` that git ignores (none where git or a repository is missing). */
function gitIgnored(root: string, paths: readonly string[]): Set<string> {
  if (paths.length === 0) return new Set();
  try {
    const out = execFileSync('git', ['check-ignore', '--stdin'], {
      cwd: root,
      input: paths.join('\n'),
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    return new Set(out.toString().split('\n').filter(Boolean));
  } catch {
    // Exit status 1 means "nothing ignored"; anything else (no git, no repository) the same.
    return new Set();
  }
}

/** Not content: dot-files and folders, and what git ignores. */
function contentEntries(root: string, dir: string): string[] {
  const names = readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  const ignored = gitIgnored(
    root,
    names.map((name) => join(dir, name)),
  );
  return names.filter((name) => !ignored.has(join(dir, name)));
}

export function readContent(root = CONTENT_ROOT): ReadResult {
  const problems: DataProblem[] = [];
  const raw: RawContent = { collections: {} };
  const known = new Set(Object.keys(collections));
  for (const entry of contentEntries(root, root)) {
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
    for (const name of contentEntries(root, path)) {
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
