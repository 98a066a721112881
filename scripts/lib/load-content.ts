/**
 * The one way the build (scripts/prerender.ts) and the development server
 * (scripts/lib/compile-content.ts) load the content and say how to compile it, so both serve the
 * same pages: the same checks, edit links (EDIT_LINK, REPORT_LINK, GUIDE_LINK), site address
 * (SITE_URL, BASE_PATH) and contributor guide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkContent,
  formatProblem,
  type Content,
  type DataProblem,
  type RawContent,
} from '../../src/data/check.ts';
import type { CompileOptions } from '../compile/compile.ts';
import { linkConfig } from '../compile/links.ts';
import { parseMarkdown } from '../compile/markdown.ts';
import { CONTENT_ROOT } from './content-root.ts';
import { normaliseBase } from './headers-file.ts';
import { readContent } from './read-content.ts';
import { absoluteUrl, resolveSiteUrl, type SiteAddress } from './site-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Reads and checks the content: the files read, every problem, and the content when there are none. */
export function readCheckedContent(root = CONTENT_ROOT): {
  raw: RawContent;
  problems: DataProblem[];
  content?: Content;
} {
  const { raw, problems: unreadable } = readContent(root);
  // Files that cannot be read are reported alone: checking the rest would report their absence.
  return unreadable.length > 0 ? { raw, problems: unreadable } : { raw, ...checkContent(raw) };
}

/** The checked content, or an error naming its first problems (file, path, value). */
export function loadCheckedContent(root = CONTENT_ROOT): Content {
  const { problems, content } = readCheckedContent(root);
  if (content) return content;
  throw new Error(
    `The content has ${problems.length} problem(s); run npm run check:data.\n${problems
      .slice(0, 20)
      .map((p) => `  ${formatProblem(p)}`)
      .join('\n')}`,
  );
}

type Env = Record<string, string | undefined>;

/** The site's public address: SITE_URL or package.json's "homepage", and BASE_PATH. */
export function siteAddressFromEnv(env: Env = process.env): {
  address: SiteAddress;
  /** Where the address came from, and a warning when nothing named one. */
  from: ReturnType<typeof resolveSiteUrl>['from'];
  warning?: string;
} {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    homepage?: string;
  };
  const { siteUrl, from, warning } = resolveSiteUrl(env, pkg.homepage);
  return {
    address: { siteUrl, base: normaliseBase(env.BASE_PATH ?? '/') },
    from,
    ...(warning ? { warning } : {}),
  };
}

/** What the compiler needs besides the content: edit links, the site's root and the guide. */
export function compileOptionsFromEnv(
  env: Env = process.env,
  address: SiteAddress = siteAddressFromEnv(env).address,
): CompileOptions {
  return {
    links: linkConfig(env),
    siteRoot: absoluteUrl(address, '/'),
    guide: parseMarkdown(readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')),
  };
}
