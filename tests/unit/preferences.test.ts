// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  SCREENS,
  STORY_LIMITS,
  VOLUME_NUMBERS,
  volumeTitle,
  watchLabel,
} from '../../src/data/story';

const EARLY_SCRIPT = earlyScript(STORY_LIMITS);
import { earlyScript } from '../../src/lib/early-script';
import {
  applyToDocument,
  DEFAULT_PREFERENCES,
  describeProgress,
  parseProgress,
  parseTheme,
  readPreferences,
  STORAGE_KEYS,
} from '../../src/lib/preferences';
import { isRevealed, revealAttributes, type Progress, type Reveal } from '../../src/lib/reveal';
import { serialiseProgress, writePreference } from '../../src/data/set-preferences';

const storageWith = (values: Record<string, string>) => ({
  getItem: (key: string) => values[key] ?? null,
});

/** Every place on screen a reader can stop: nothing, each episode, each whole season, the film. */
const WATCH: Pick<Progress, 'screen' | 'episode'>[] = [
  { screen: 0 },
  ...SCREENS.flatMap((s) => [
    ...Array.from({ length: s.episodes ?? 0 }, (_, i) => ({ screen: s.number, episode: i + 1 })),
    { screen: s.number },
  ]),
];

/** Every progress a reader can set: each volume (or none) with each place on screen. */
const ALL_PROGRESS: Progress[] = [0, ...VOLUME_NUMBERS].flatMap((volume) =>
  WATCH.map((w) => ({ volume, ...w })),
);

/** Every spoiler tag the content can carry. */
const ALL_TAGS: Reveal[] = [undefined, ...VOLUME_NUMBERS].flatMap((volume) =>
  [undefined, ...WATCH.filter((w) => w.screen > 0)].flatMap((w) =>
    volume === undefined && w === undefined ? [] : [{ ...(volume ? { volume } : {}), ...w }],
  ),
);

describe('spoiler gating on two axes, down to the episode', () => {
  it('shows a fact once either the books or the show have reached it', () => {
    const volume4Season3: Reveal = { volume: 4, screen: 3 };
    expect(isRevealed(volume4Season3, { volume: 3, screen: 2 })).toBe(false);
    expect(isRevealed(volume4Season3, { volume: 4, screen: 0 })).toBe(true);
    expect(isRevealed(volume4Season3, { volume: 0, screen: 3 })).toBe(true);
    expect(isRevealed(volume4Season3, { volume: 0, screen: 4 })).toBe(true);
  });

  it('an episode is reached in order; a whole-season tag only once the season is done', () => {
    const s2e4: Reveal = { screen: 2, episode: 4 };
    expect(isRevealed(s2e4, { volume: 0, screen: 2, episode: 3 })).toBe(false);
    expect(isRevealed(s2e4, { volume: 0, screen: 2, episode: 4 })).toBe(true);
    expect(isRevealed(s2e4, { volume: 0, screen: 2 })).toBe(true);
    expect(isRevealed(s2e4, { volume: 0, screen: 3, episode: 1 })).toBe(true);
    expect(isRevealed({ screen: 2 }, { volume: 0, screen: 2, episode: 8 })).toBe(false);
    expect(isRevealed({ screen: 2 }, { volume: 0, screen: 3, episode: 1 })).toBe(true);
  });

  it('nothing hides an untagged fact', () => {
    expect(isRevealed(undefined, { volume: 0, screen: 0 })).toBe(true);
  });
});

describe('stored settings', () => {
  it('reads what the site wrote, to the episode', () => {
    expect(parseProgress('3.1', STORY_LIMITS)).toEqual({ volume: 3, screen: 1 });
    expect(parseProgress('3.2.4', STORY_LIMITS)).toEqual({ volume: 3, screen: 2, episode: 4 });
    expect(parseProgress('0.0', STORY_LIMITS)).toEqual({ volume: 0, screen: 0 });
    expect(parseProgress('all', STORY_LIMITS)).toBeNull();
    expect(parseTheme('dark')).toBe('dark');
  });

  it('rejects anything else: corrupt, foreign, oversized, or an episode of no season', () => {
    for (const bad of [
      '10.1',
      '-1.0',
      '3',
      '3.1 ',
      '3.0.4',
      '3.2.0',
      '3.2.100',
      '{"volume":3}',
      // Shaped right, but no place in the story: past the last volume, past the film, past a
      // season's last episode, an episode of the film.
      '9.9',
      '7.0',
      '1.5',
      '3.1.99',
      '3.1.9',
      '1.4.2',
      '',
      'ALL',
      '3.1'.repeat(5000),
      null,
      42,
      {},
    ]) {
      expect(parseProgress(bad, STORY_LIMITS), String(bad).slice(0, 20)).toBeUndefined();
    }
    for (const bad of ['Dark', 'blue', '', 'x'.repeat(100_000), null, 1]) {
      expect(parseTheme(bad)).toBeUndefined();
    }
  });

  it('round-trips every progress', () => {
    for (const progress of ALL_PROGRESS)
      expect(parseProgress(serialiseProgress(progress), STORY_LIMITS)).toEqual(progress);
    expect(parseProgress(serialiseProgress(null), STORY_LIMITS)).toBeNull();
  });

  it('falls back to the defaults for a new visitor, bad values or a storage that throws', () => {
    expect(readPreferences(undefined, STORY_LIMITS)).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(storageWith({}), STORY_LIMITS)).toEqual(DEFAULT_PREFERENCES);
    expect(
      readPreferences(
        storageWith({ [STORAGE_KEYS.progress]: 'garbage', [STORAGE_KEYS.theme]: 'neon' }),
        STORY_LIMITS,
      ),
    ).toEqual(DEFAULT_PREFERENCES);
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readPreferences(throwing, STORY_LIMITS)).toEqual(DEFAULT_PREFERENCES);
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

  it('describes the level in words', () => {
    expect(describeProgress(null, { volume: volumeTitle, watch: watchLabel })).toBe('everything');
    expect(
      describeProgress({ volume: 3, screen: 1 }, { volume: volumeTitle, watch: watchLabel }),
    ).toBe('Volume 3 and Season 1');
    expect(
      describeProgress(
        { volume: 0, screen: 2, episode: 4 },
        { volume: volumeTitle, watch: watchLabel },
      ),
    ).toBe('Season 2, episode 4');
    expect(
      describeProgress({ volume: 0, screen: 4 }, { volume: volumeTitle, watch: watchLabel }),
    ).toBe('the film');
    expect(
      describeProgress({ volume: 0, screen: 0 }, { volume: volumeTitle, watch: watchLabel }),
    ).toBe('nothing yet');
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
        documentElement: {
          setAttribute: (k: string, v: string) => (attributes[k] = v),
          removeAttribute: (k: string) => delete attributes[k],
        },
        addEventListener: () => {},
      },
    });
    return attributes;
  }

  it('puts on <html> exactly what the app would, for every stored level and theme', () => {
    for (const progress of ALL_PROGRESS) {
      const early = runEarly({
        [STORAGE_KEYS.progress]: serialiseProgress(progress),
        [STORAGE_KEYS.theme]: 'dark',
      });
      const root = document.createElement('html');
      applyToDocument({ progress, theme: 'dark', chosen: true }, root);
      const app = Object.fromEntries(
        root.getAttributeNames().map((n) => [n, root.getAttribute(n)]),
      );
      expect(early, serialiseProgress(progress)).toEqual({ 'data-js': '', ...app });
    }
    expect(runEarly({ [STORAGE_KEYS.progress]: 'all' })).toEqual({ 'data-js': '', 'data-all': '' });
  });

  it('asks, hiding everything tagged, when nothing usable is stored or storage throws', () => {
    const asking = { 'data-js': '', 'data-ask': '' };
    expect(runEarly({})).toEqual(asking);
    expect(runEarly({ [STORAGE_KEYS.progress]: '3.0.4', [STORAGE_KEYS.theme]: 'neon' })).toEqual(
      asking,
    );
    for (const outOfRange of ['9.9', '7.0', '1.5', '3.1.99', '3.1.9', '1.4.2'])
      expect(runEarly({ [STORAGE_KEYS.progress]: outOfRange }), outOfRange).toEqual(asking);
    expect(runEarly('throws')).toEqual(asking);
  });

  // Every tag at every progress: a few thousand selector matches, slow on a busy machine.
  it(
    'the stylesheet shows a tagged block exactly when the reader has reached it, and hides the rest',
    { timeout: 60_000 },
    () => {
      const css = readFileSync(
        join(import.meta.dirname, '..', '..', 'src', 'styles', 'spoilers.generated.css'),
        'utf8',
      );
      // The first rule: a reached block's summary goes (its content shows).
      const reachedBlock = /^(details\[data-reveal\]:is\([^{]+\)) > summary \{/m.exec(css)![1]!;
      // The third: anything else tagged and not reached is hidden.
      const hiddenOther = /^(\[data-reveal\]:not\(details\)[^{]+)\{/m.exec(css)![1]!.trim();
      const root = document.documentElement;
      // One block and one other element for every tag, made once: only the reader's level on
      // <html> changes, and each level asks the selector engine once for all of them.
      const tagged = ALL_TAGS.map((reveal) => {
        const [block, other] = [document.createElement('details'), document.createElement('span')];
        for (const element of [block, other])
          for (const [name, value] of Object.entries(revealAttributes(reveal)))
            element.setAttribute(name, value);
        document.body.append(block, other);
        return { reveal, block, other };
      });
      const { block, other } = tagged[0]!;
      try {
        for (const progress of ALL_PROGRESS) {
          applyToDocument({ progress, theme: 'system', chosen: true }, root);
          const shown = new Set(document.querySelectorAll(reachedBlock));
          const hidden = new Set(document.querySelectorAll(hiddenOther));
          for (const { reveal, block, other } of tagged) {
            const label = `${JSON.stringify(reveal)} at ${serialiseProgress(progress)}`;
            expect(shown.has(block), label).toBe(isRevealed(reveal, progress));
            expect(hidden.has(other), label).toBe(!isRevealed(reveal, progress));
          }
        }
        // Everything chosen: everything reached. No choice: nothing reached.
        applyToDocument({ progress: null, theme: 'system', chosen: true }, root);
        expect(block.matches(reachedBlock)).toBe(true);
        applyToDocument(DEFAULT_PREFERENCES, root);
        expect(block.matches(reachedBlock)).toBe(false);
        expect(other.matches(hiddenOther)).toBe(true);
      } finally {
        for (const { block, other } of tagged) {
          block.remove();
          other.remove();
        }
        applyToDocument({ progress: null, theme: 'system', chosen: true }, root);
      }
    },
  );
});
