/** A build says where it will live: SITE_URL, else package.json's homepage, else a warning. */
import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, resolveSiteUrl } from '../../scripts/lib/site-files';

describe('the public address of a build', () => {
  it('is SITE_URL when set, without a trailing slash', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://fans.example/' }, 'https://other.example')).toEqual({
      siteUrl: 'https://fans.example',
      from: 'SITE_URL',
    });
  });

  it('is the origin of package.json’s homepage otherwise', () => {
    expect(resolveSiteUrl({}, 'https://fans.example/wiki/')).toEqual({
      siteUrl: 'https://fans.example',
      from: 'homepage',
    });
  });

  it('falls back to the local preview, with a warning naming the variable and the fix', () => {
    for (const homepage of [undefined, '', 'not an address']) {
      const { siteUrl, from, warning } = resolveSiteUrl({ SITE_URL: '' }, homepage);
      expect(siteUrl).toBe(LOCAL_SITE_URL);
      expect(from).toBe('default');
      expect(warning).toContain('SITE_URL is not set');
      expect(warning).toContain('SITE_URL=https://your.address npm run build');
      expect(warning).toContain('sitemap.xml');
    }
  });
});
