import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EARLY_SCRIPT } from '../../src/lib/early-script';
import {
  allRevealTags,
  applyToDocument,
  DEFAULT_PREFERENCES,
  describeProgress,
  hiddenTags,
  parseProgress,
  parseTheme,
  readPreferences,
  STORAGE_KEYS,
} from '../../src/lib/preferences';
import { serialiseProgress, writePreference } from '../../src/lib/set-preferences';
import {
  isRevealed,
  MAX_SCREEN,
  MAX_VOLUME,
  type Progress,
  type Reveal,
} from '../../src/lib/reveal';

const storageWith = (values: Record<string, string>) => ({
  getItem: (key: string) => values[key] ?? null,
});

/** Every progress a reader can set: volumes 0–6 × screens 0–4. */
const ALL_PROGRESS: Progress[] = Array.from({ length: MAX_VOLUME + 1 }, (_, volume) =>
  Array.from({ length: MAX_SCREEN + 1 }, (_, screen) => ({ volume, screen })),
).flat();

describe('spoiler gating on two axes', () => {
  it('shows a fact once either the books or the show have reached it', () => {
    const volume4Season3: Reveal = { volume: 4, screen: 3 };
    expect(isRevealed(volume4Season3, { volume: 3, screen: 2 })).toBe(false);
    expect(isRevealed(volume4Season3, { volume: 4, screen: 0 })).toBe(true);
    expect(isRevealed(volume4Season3, { volume: 0, screen: 3 })).toBe(true);
    expect(isRevealed(volume4Season3, { volume: 6, screen: 4 })).toBe(true);
  });

  it('a book-only fact ignores how much the reader watched, and a show-only fact how much they read', () => {
    expect(isRevealed({ volume: 4 }, { volume: 3, screen: MAX_SCREEN })).toBe(false);
    expect(isRevealed({ volume: 4 }, { volume: 4, screen: 0 })).toBe(true);
    expect(isRevealed({ screen: 3 }, { volume: MAX_VOLUME, screen: 2 })).toBe(false);
    expect(isRevealed({ screen: 3 }, { volume: 0, screen: 3 })).toBe(true);
  });

  it('at every progress, each tag is shown exactly when one of its axes is reached (edges included)', () => {
    for (const progress of ALL_PROGRESS) {
      for (let v = 0; v <= MAX_VOLUME; v++) {
        for (let s = 0; s <= MAX_SCREEN; s++) {
          if (v === 0 && s === 0) continue;
          const reveal: Reveal = { ...(v ? { volume: v } : {}), ...(s ? { screen: s } : {}) };
          const expected = (v > 0 && v <= progress.volume) || (s > 0 && s <= progress.screen);
          expect(
            isRevealed(reveal, progress),
            `${JSON.stringify(reveal)} at ${JSON.stringify(progress)}`,
          ).toBe(expected);
        }
      }
    }
  });

  it('nothing read or watched hides every tag; everything hides none; untagged facts always show', () => {
    expect(hiddenTags({ volume: 0, screen: 0 })).toEqual(allRevealTags());
    expect(hiddenTags({ volume: MAX_VOLUME, screen: MAX_SCREEN })).toEqual([]);
    expect(hiddenTags(null)).toEqual([]);
    expect(isRevealed(undefined, { volume: 0, screen: 0 })).toBe(true);
  });

  it('watched Season 1 only: Volume 4 / Season 3 is hidden, Volume 1 / Season 1 is not', () => {
    const hidden = hiddenTags({ volume: 0, screen: 1 });
    expect(hidden).toContain('4.3');
    expect(hidden).toContain('3.2');
    expect(hidden).toContain('4.n');
    expect(hidden).not.toContain('1.1');
    expect(hidden).not.toContain('n.1');
  });
});

describe('stored settings', () => {
  it('reads what the site wrote', () => {
    expect(parseProgress('3.1')).toEqual({ volume: 3, screen: 1 });
    expect(parseProgress('0.0')).toEqual({ volume: 0, screen: 0 });
    expect(parseProgress('6.4')).toEqual({ volume: 6, screen: 4 });
    expect(parseProgress('all')).toBeNull();
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('system')).toBe('system');
  });

  it('rejects anything else: corrupt, out of range, foreign or oversized', () => {
    for (const bad of [
      '7.1',
      '3.5',
      '-1.0',
      '3',
      '3.1 ',
      ' 3.1',
      '{"volume":3}',
      '',
      'ALL',
      '3.1'.repeat(5000),
      null,
      42,
      {},
    ]) {
      expect(parseProgress(bad), String(bad).slice(0, 20)).toBeUndefined();
    }
    for (const bad of ['Dark', 'blue', '', 'x'.repeat(100_000), null, 1]) {
      expect(parseTheme(bad)).toBeUndefined();
    }
  });

  it('round-trips every progress', () => {
    for (const progress of ALL_PROGRESS)
      expect(parseProgress(serialiseProgress(progress))).toEqual(progress);
    expect(parseProgress(serialiseProgress(null))).toBeNull();
  });

  it('falls back to the defaults for a new visitor, bad values or a storage that throws', () => {
    expect(readPreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(storageWith({}))).toEqual(DEFAULT_PREFERENCES);
    expect(
      readPreferences(
        storageWith({ [STORAGE_KEYS.progress]: 'garbage', [STORAGE_KEYS.theme]: 'neon' }),
      ),
    ).toEqual(DEFAULT_PREFERENCES);
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readPreferences(throwing)).toEqual(DEFAULT_PREFERENCES);
    expect(
      writePreference(
        {
          setItem: () => {
            throw new Error('QuotaExceededError');
          },
        },
        'theme',
        'dark',
      ),
    ).toBe(false);
  });

  it('a stored level and theme apply, and mark the shield as chosen', () => {
    expect(
      readPreferences(
        storageWith({ [STORAGE_KEYS.progress]: '0.1', [STORAGE_KEYS.theme]: 'light' }),
      ),
    ).toEqual({
      progress: { volume: 0, screen: 1 },
      theme: 'light',
      chosen: true,
    });
    expect(readPreferences(storageWith({ [STORAGE_KEYS.progress]: 'all' }))).toEqual({
      progress: null,
      theme: 'system',
      chosen: true,
    });
  });

  it('describes the level in words', () => {
    expect(describeProgress(null)).toBe('everything');
    expect(describeProgress({ volume: 3, screen: 1 })).toBe('Volume 3 and Season 1');
    expect(describeProgress({ volume: 0, screen: 4 })).toBe('the film');
    expect(describeProgress({ volume: 2, screen: 0 })).toBe('Volume 2');
    expect(describeProgress({ volume: 0, screen: 0 })).toBe('nothing yet');
  });
});

describe('the early script and the stylesheet', () => {
  function runEarly(values: Record<string, string> | 'throws') {
    const attributes: Record<string, string> = {};
    const localStorage =
      values === 'throws'
        ? {
            getItem: () => {
              throw new Error('denied');
            },
          }
        : storageWith(values);
    runInNewContext(EARLY_SCRIPT, {
      localStorage,
      document: {
        documentElement: { setAttribute: (k: string, v: string) => (attributes[k] = v) },
      },
    });
    return attributes;
  }

  it('puts on <html> exactly what the app would, for every stored level and theme', () => {
    for (const progress of ALL_PROGRESS) {
      const html = document.createElement('html');
      applyToDocument({ progress, theme: 'dark', chosen: true }, html);
      const early = runEarly({
        [STORAGE_KEYS.progress]: serialiseProgress(progress),
        [STORAGE_KEYS.theme]: 'dark',
      });
      expect(early['data-hide'], serialiseProgress(progress)).toBe(html.dataset.hide);
      expect(early['data-theme']).toBe('dark');
    }
  });

  it('does nothing with bad values, "show everything" or a storage that throws', () => {
    expect(runEarly({ [STORAGE_KEYS.progress]: '9.9', [STORAGE_KEYS.theme]: 'neon' })).toEqual({});
    expect(runEarly({ [STORAGE_KEYS.progress]: 'all', [STORAGE_KEYS.theme]: 'system' })).toEqual(
      {},
    );
    expect(runEarly('throws')).toEqual({});
  });

  it('the stylesheet has a hiding rule for every tag the script can list', () => {
    const css = readFileSync(
      join(import.meta.dirname, '..', '..', 'src', 'styles', 'index.css'),
      'utf8',
    ).replaceAll("'", '"');
    for (const tag of allRevealTags()) {
      expect(css).toContain(`html[data-hide~="${tag}"] [data-reveal="${tag}"]:not([data-open])`);
    }
  });
});
