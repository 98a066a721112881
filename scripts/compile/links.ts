/**
 * Where "Suggest an edit", "Report a mistake" and "How to contribute" lead (docs/decisions/028).
 *
 * With a repository address (`repository` in package.json, or EDIT_LINK / REPORT_LINK at build
 * time, patterns in the way of VitePress's editLink), they open the host's web editor on the
 * entity's content file and a new issue with the page's address and the entity's id filled in.
 * Without one, they lead to the wiki's own page for that file: /contribute/<kind>/<id>/.
 * Plain links, computed at build time: no script, no tracking.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LinkConfig {
  /** The editor for a file: a URL with `:path` (the file's path in the repository). */
  edit?: string;
  /** A new issue: a URL with `:title` and `:body`. */
  report?: string;
  /** The contributor guide, CONTRIBUTING.md, on the host. */
  guide?: string;
  /** The repository's address, for links from the guide to its files. */
  repository?: string;
}

/** A web address from package.json's `repository` ("github:o/r", a git URL, or an object). */
export function repositoryUrl(repository: unknown): string | undefined {
  const raw =
    typeof repository === 'string'
      ? repository
      : repository && typeof repository === 'object' && 'url' in repository
        ? String((repository as { url: unknown }).url)
        : undefined;
  if (!raw) return undefined;
  const short = /^(github|gitlab):([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (short) return `https://${short[1]}.com/${short[2]}`;
  const url = raw
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/^git@([^:]+):/, 'https://$1/');
  return /^https:\/\/[^/]+\/[^/]+\/[^/]+$/.test(url) ? url : undefined;
}

export function linkConfig(
  env: Record<string, string | undefined> = process.env,
  pkg: { repository?: unknown } = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
  ),
): LinkConfig {
  const repo = repositoryUrl(pkg.repository);
  const gitlab = repo?.includes('gitlab');
  const edit = env.EDIT_LINK || (repo && `${repo}/${gitlab ? '-/edit' : 'edit'}/main/:path`);
  const report =
    env.REPORT_LINK ||
    (repo &&
      `${repo}/${gitlab ? '-/issues/new?issue[title]=:title&issue[description]=:body' : 'issues/new?title=:title&body=:body'}`);
  const guide = env.GUIDE_LINK || (repo && `${repo}/blob/main/CONTRIBUTING.md`);
  return {
    ...(edit ? { edit } : {}),
    ...(report ? { report } : {}),
    ...(guide ? { guide } : {}),
    ...(repo ? { repository: repo } : {}),
  };
}

export const fill = (pattern: string, values: Record<string, string>) =>
  pattern.replace(/:(path|title|body)\b/g, (_, key: string) =>
    key === 'path' ? values[key]! : encodeURIComponent(values[key]!),
  );
