/**
 * Walks the build output (no browser): every route has its own prerendered file with its own
 * title, description, canonical link, preview tags and main content, and the site files exist.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EARLY_SCRIPT } from '../../src/lib/early-script';
import { characters, people, ROUTES } from './site';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const SITE = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
const fileFor = (path: string) => join(DIST, path === '/' ? 'index.html' : `${path}/index.html`);

function attr(html: string, selector: RegExp): string | undefined {
  return selector.exec(html)?.[1];
}
const metaName = (html: string, name: string) =>
  attr(html, new RegExp(`<meta name="${name}" content="([^"]*)"`));
const metaProperty = (html: string, property: string) =>
  attr(html, new RegExp(`<meta property="${property}" content="([^"]*)"`));
const decode = (s: string | undefined) =>
  s
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test.describe('prerendered pages', () => {
  const seenTitles = new Set<string>();
  const seenDescriptions = new Set<string>();

  for (const route of ROUTES) {
    test(`${route.path} has its own head and its content in the HTML`, () => {
      const html = readFileSync(fileFor(route.path), 'utf8');
      const title = decode(attr(html, /<title>([^<]*)<\/title>/));
      const description = decode(metaName(html, 'description'));
      expect(title).toBeTruthy();
      expect(description?.length).toBeGreaterThan(40);
      expect(description!.length).toBeLessThanOrEqual(160);
      expect(seenTitles.has(title!), `title "${title}" is used by another page`).toBe(false);
      seenTitles.add(title!);
      seenDescriptions.add(description!);

      const url = `${SITE}${route.path}`;
      expect(attr(html, /<link rel="canonical" href="([^"]*)"/)).toBe(url);
      expect(metaProperty(html, 'og:url')).toBe(url);
      expect(decode(metaProperty(html, 'og:title'))).toBe(
        title!.replace(/ · Heartstopper Fan Wiki$/, ''),
      );
      expect(decode(metaProperty(html, 'og:description'))).toBe(description);
      expect(metaProperty(html, 'og:type')).toMatch(/^(website|article|profile)$/);
      expect(metaProperty(html, 'og:image')).toBe(`${SITE}/og-card.jpg`);
      expect(metaName(html, 'twitter:card')).toBe('summary_large_image');

      const h1 = attr(html, /<h1[^>]*>([\s\S]*?)<\/h1>/)?.replace(/<[^>]+>/g, '');
      if (typeof route.h1 === 'string') expect(decode(h1)).toBe(route.h1);
      else expect(decode(h1)).toMatch(route.h1);
      expect(html).toContain('<main id="main"');
      expect(html).toContain('id="page-state"');
    });
  }

  test('a character page names its actor, and an actor page their character', () => {
    expect(readFileSync(fileFor('/characters/charlie-spring'), 'utf8')).toMatch(
      /<a href="\/cast\/joe-locke"[^>]*>Joe Locke<\/a>/,
    );
    expect(readFileSync(fileFor('/cast/olivia-colman'), 'utf8')).toMatch(
      /<a href="\/characters\/sarah-nelson"[^>]*>Sarah Nelson<\/a>/,
    );
    expect(readFileSync(fileFor('/volumes/3'), 'utf8')).toContain('Paris');
  });

  test('every person and character has a page', () => {
    for (const p of people) expect(existsSync(fileFor(`/cast/${p.slug}`)), p.slug).toBe(true);
    for (const c of characters)
      expect(existsSync(fileFor(`/characters/${c.slug}`)), c.slug).toBe(true);
  });
});

test.describe('site files', () => {
  test('404.html is the not-found page and is never indexed', () => {
    const html = readFileSync(join(DIST, '404.html'), 'utf8');
    expect(html).toContain('<h1>Page not found</h1>');
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).not.toContain('id="page-state"');
  });

  test('the sitemap lists every page, and robots.txt points at it', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual(ROUTES.map((r) => `${SITE}${r.path}`).sort());
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE}/sitemap.xml`,
    );
  });

  test('the web manifest and icons are there', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.name).toBe('Heartstopper Fan Wiki');
    for (const icon of manifest.icons)
      expect(existsSync(join(DIST, icon.src)), icon.src).toBe(true);
    for (const file of ['favicon.svg', 'apple-touch-icon.png', 'og-card.jpg'])
      expect(existsSync(join(DIST, file))).toBe(true);
  });

  test('_headers carries the security headers', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(
      /Content-Security-Policy: default-src 'self'; script-src 'self'.*object-src 'none'; base-uri 'none'.*frame-ancestors 'none'/,
    );
    expect(headers).toContain('Strict-Transport-Security: max-age=');
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy:');
    expect(headers).toContain('Permissions-Policy:');
  });

  test('the only inline script is the early settings script, allowed by its hash; no source maps', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      });
    const files = walk(DIST);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const hash = `'sha256-${createHash('sha256').update(EARLY_SCRIPT, 'utf8').digest('base64')}'`;
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toContain(`script-src 'self' ${hash};`);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const inline = [
        ...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g),
      ].filter((m) => !/type="application\/json"/.test(m[1]!));
      expect(
        inline.map((m) => m[2]),
        file,
      ).toEqual([EARLY_SCRIPT]);
      const policy = attr(html, /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
      expect(policy, file).toContain(`script-src 'self' ${hash};`);
      expect(policy, file).not.toContain('unsafe-inline');
    }
  });
});
