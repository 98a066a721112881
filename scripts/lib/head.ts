/** The <head> tags of one prerendered page: title, description, canonical link and previews. */
import { absoluteUrl, type SiteAddress } from './site-files.ts';

export interface HeadInput {
  title: string;
  /** The full document title ("Charlie Spring · Heartstopper Fan Wiki"). */
  documentTitle: string;
  description: string;
  type: string;
  siteName: string;
}

export const OG_IMAGE = {
  path: '/og-card.jpg',
  width: 1200,
  height: 630,
  alt: 'Heartstopper Fan Wiki: cast, characters, books to screen and release guesses, every fact cited.',
};

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Tags for a real page; `pathname` null means the 404 page, which is never indexed. */
export function headTags(page: HeadInput, address: SiteAddress, pathname: string | null): string {
  const tags = [
    `<title>${escapeHtml(page.documentTitle)}</title>`,
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(`${page.siteName}: recent changes`)}" href="${escapeHtml(absoluteUrl(address, '/feed.xml'))}" />`,
  ];
  if (pathname === null) {
    tags.push('<meta name="robots" content="noindex" />');
    return tags.join('\n    ');
  }
  const url = absoluteUrl(address, pathname);
  const image = absoluteUrl(address, OG_IMAGE.path);
  const meta = (property: string, content: string | number) =>
    `<meta property="${property}" content="${escapeHtml(String(content))}" />`;
  tags.push(
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('og:site_name', page.siteName),
    meta('og:title', page.title),
    meta('og:description', page.description),
    meta('og:url', url),
    meta('og:type', page.type),
    meta('og:image', image),
    meta('og:image:width', OG_IMAGE.width),
    meta('og:image:height', OG_IMAGE.height),
    meta('og:image:alt', OG_IMAGE.alt),
    meta('og:locale', 'en_GB'),
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escapeHtml(page.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(page.description)}" />`,
    `<meta name="twitter:image" content="${escapeHtml(image)}" />`,
    `<meta name="twitter:image:alt" content="${escapeHtml(OG_IMAGE.alt)}" />`,
  );
  return tags.join('\n    ');
}
