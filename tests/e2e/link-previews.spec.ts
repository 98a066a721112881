/**
 * Sharing a link, as a chat app's or a social network's scraper sees it: it fetches the page,
 * reads the Open Graph and Twitter tags, and fetches the image they name. Three pages of three
 * kinds show three different cards, each a PNG at the size the tags give (1200×630), small
 * enough for a scraper's limits.
 */
import { expect, test } from '@playwright/test';
import { templatePage } from './site';

const SITE = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

const tag = (html: string, attribute: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attribute}="${key.replace(/[:+]/g, '\\$&')}" content="([^"]*)"`).exec(
    html,
  )?.[1];

test('three shared pages show three different cards, each 1200×630 and under 150 KB', async ({
  request,
}) => {
  const shared = ['character', 'episode', 'volume'].map((t) => templatePage(t).path);
  const images: string[] = [];
  for (const path of shared) {
    const page = await request.get(path);
    expect(page.status(), path).toBe(200);
    const html = await page.text();
    const image = tag(html, 'property', 'og:image');
    expect(image, path).toMatch(/^https?:\/\/.+\.png$/);
    expect(tag(html, 'name', 'twitter:image'), path).toBe(image);
    expect(tag(html, 'property', 'og:image:width'), path).toBe('1200');
    expect(tag(html, 'property', 'og:image:height'), path).toBe('630');
    expect(tag(html, 'property', 'og:image:alt'), path).toContain(
      tag(html, 'property', 'og:title')?.replace(/ \(.*\)$/, ''),
    );
    images.push(image!);

    // The card's address is absolute, on the public site; fetch it from this server.
    expect(image!.startsWith(`${SITE}/`), image).toBe(true);
    const response = await request.get(image!.slice(SITE.length));
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type'], image).toMatch(/^image\/png/);
    const png = await response.body();
    expect(png.subarray(1, 4).toString('latin1'), image).toBe('PNG');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, image).toEqual({
      width: 1200,
      height: 630,
    });
    expect(png.length, image).toBeLessThan(150 * 1024);
  }
  expect(new Set(images).size).toBe(3);
});
