/**
 * The files a static host and search engines read beside the pages: sitemap.xml, robots.txt and
 * _headers (security and caching headers for hosts that honour the file: Netlify, Cloudflare Pages).
 */

export interface SiteAddress {
  /** Public origin, no trailing slash: "https://fans.example". */
  siteUrl: string;
  /** Base path with leading and trailing slash: "/" or "/heartstopper-wiki/". */
  base: string;
}

/** Where a build says it will live when nothing says otherwise. */
export const LOCAL_SITE_URL = 'http://localhost:4173';

/**
 * The public origin a build is made for: SITE_URL, else package.json's `homepage` (its origin),
 * else the local preview address, with a warning that says so and how to set it.
 */
export function resolveSiteUrl(
  env: { SITE_URL?: string | undefined },
  homepage: string | undefined,
): { siteUrl: string; from: 'SITE_URL' | 'homepage' | 'default'; warning?: string } {
  if (env.SITE_URL) return { siteUrl: env.SITE_URL.replace(/\/+$/, ''), from: 'SITE_URL' };
  if (homepage) {
    try {
      return { siteUrl: new URL(homepage).origin, from: 'homepage' };
    } catch {
      // Not an address: treated as unset.
    }
  }
  return {
    siteUrl: LOCAL_SITE_URL,
    from: 'default',
    warning: [
      'No public address for this build: SITE_URL is not set and package.json has no "homepage".',
      `Canonical links, sitemap.xml, robots.txt, feed.xml and link previews all point at ${LOCAL_SITE_URL},`,
      'which is right for trying the build here and wrong anywhere else. For a site to publish:',
      '  SITE_URL=https://your.address npm run build',
      '(or set "homepage" in package.json).',
    ].join('\n'),
  };
}

export function absoluteUrl({ siteUrl, base }: SiteAddress, pathname: string): string {
  return `${siteUrl}${base}${pathname.replace(/^\//, '')}`;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Every page, with the day its facts were last checked as its last modification. */
export function sitemapXml(
  address: SiteAddress,
  pages: readonly { path: string; checked: string }[],
): string {
  const urls = pages
    .map(
      (p) =>
        `  <url><loc>${escapeXml(absoluteUrl(address, p.path))}</loc><lastmod>${p.checked}</lastmod></url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function robotsTxt(address: SiteAddress): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(address, '/sitemap.xml')}\n`;
}

export function headersFile({ base }: SiteAddress, contentSecurityPolicy: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
    '  Strict-Transport-Security: max-age=63072000; includeSubDomains',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    `${base}assets/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
