/**
 * The `_headers` file the build writes (Netlify/Cloudflare style): a path pattern, then indented
 * `Name: value` lines. Read by the preview server, which applies it, and by the nginx recipe's
 * generator, which turns it into `add_header` lines. Patterns are full paths, the base included
 * ("/wiki/*", "/wiki/assets/*").
 */
export interface HeaderRule {
  /** The path pattern as written; "*" stands for anything. */
  path: string;
  headers: [string, string][];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules[rules.length - 1];
    if (at > 0 && rule) rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/** A rule's pattern as a test on a request's path. */
export function rulePattern(rule: HeaderRule): RegExp {
  const escaped = rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** A base path in the one form the build uses: "/" or "/wiki/". */
export const normaliseBase = (value: string) =>
  `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
