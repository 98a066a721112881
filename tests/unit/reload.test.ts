/**
 * A code chunk that failed to download is recognised in every engine's words, so the error page
 * offers a reload (which fetches the new build's files) rather than a dead end.
 */
import { describe, expect, it } from 'vitest';
import { isChunkLoadError } from '../../src/lib/reload';

describe('isChunkLoadError', () => {
  it.each([
    ['Chromium', 'Failed to fetch dynamically imported module: https://x.example/assets/a.js'],
    ['Firefox', 'error loading dynamically imported module: https://x.example/assets/a.js'],
    ['Safari', 'Importing a module script failed.'],
  ])('knows %s’s message', (_engine, message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isChunkLoadError(new Error('No page data at character/nobody'))).toBe(false);
    expect(isChunkLoadError('dynamically imported module')).toBe(false);
  });
});
