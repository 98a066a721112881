/**
 * The <head> tags of one prerendered page: title, description, canonical link, previews (the
 * page's own card, or the generic one) and its structured data.
 */
import { absoluteUrl, type SiteAddress } from './site-files.ts';

export interface HeadInput {
  title: string;
  /** The full document title ("Charlie Spring · Heartstopper Fan Wiki"). */
  documentTitle: string;
  description: string;
  type: string;
  siteName: string;
  /** The page's own preview card (scripts/cards); without one, the generic card. */
  image?: PreviewImage;
  /** The page's JSON-LD, as a whole `<script type="application/ld+json">` element. */
  structuredData?: string;
}

export interface PreviewImage {
  /** Below the base path: "/cards/characters/charlie-spring.0f3a9c2b1d.png". */
  path: string;
  width: number;
  height: number;
  alt: string;
}

/** The generic card, for pages without their own and for the 404 page. */
export const OG_IMAGE: PreviewImage = {
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
  const card = page.image ?? OG_IMAGE;
  const image = absoluteUrl(address, card.path);
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
    meta('og:image:type', card.path.endsWith('.png') ? 'image/png' : 'image/jpeg'),
    meta('og:image:width', card.width),
    meta('og:image:height', card.height),
    meta('og:image:alt', card.alt),
    meta('og:locale', 'en_GB'),
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${escapeHtml(page.title)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(page.description)}" />`,
    `<meta name="twitter:image" content="${escapeHtml(image)}" />`,
    `<meta name="twitter:image:alt" content="${escapeHtml(card.alt)}" />`,
  );
  if (page.structuredData) tags.push(page.structuredData);
  return tags.join('\n    ');
}
