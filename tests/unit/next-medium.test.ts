// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { nextMediumCss } from '../../scripts/compile/spoiler-css';
import { nextSteps, showsFor, type NextStep } from '../../src/data/next-medium';
import { adaptationSentence } from '../../src/data/adaptation-sentence';

// The story's shape as the wiki has it: two volumes a season at first, the film ending it.
const ADAPTATIONS = [
  { volume: 1, screens: [1] },
  { volume: 2, screens: [1] },
  { volume: 3, screens: [2] },
  { volume: 4, screens: [3] },
  { volume: 5, screens: [3] },
  { volume: 6, screens: [4] },
];
const SCREENS = [1, 2, 3, 4];
const STEPS = nextSteps(ADAPTATIONS, SCREENS);

const shown = (reader: { volume: number; screen: number }, steps: readonly NextStep[] = STEPS) =>
  steps.filter((s) => showsFor(s, reader)).map((s) => s.id);

describe('where to go next in the other medium', () => {
  it('after a season, reads on from the volume after the ones it adapts', () => {
    const s2 = STEPS.find((s) => s.id === 's2');
    expect(s2).toMatchObject({ kind: 'read', screen: 2, adapts: [3], volume: 4 });
    const s3 = STEPS.find((s) => s.id === 's3');
    expect(s3).toMatchObject({ adapts: [4, 5], volume: 6 });
    expect(shown({ volume: 0, screen: 2 })).toEqual(['s2']);
  });

  it('after a volume, names the season that covers it', () => {
    expect(STEPS.find((s) => s.id === 'v4')).toMatchObject({ kind: 'watch', screens: [3] });
    expect(shown({ volume: 4, screen: 0 })).toEqual(['v4']);
    // Watched season 2 but already read Volume 4: only the way back to the screen is left.
    expect(shown({ volume: 4, screen: 2 })).toEqual(['v4']);
  });

  it('says nothing the reader has already done: read on that far, or watched it', () => {
    expect(shown({ volume: 4, screen: 3 })).toEqual(['s3']);
    expect(shown({ volume: 6, screen: 4 })).toEqual([]);
    expect(shown({ volume: 0, screen: 0 })).toEqual([]);
  });

  it('has nothing to read on to after the film, which adapts the last volume', () => {
    expect(STEPS.some((s) => s.id === 's4')).toBe(false);
    expect(shown({ volume: 0, screen: 4 })).toEqual([]);
  });

  it('follows the content: a volume nothing adapts has no "watch" step', () => {
    const steps = nextSteps([...ADAPTATIONS.slice(0, 5), { volume: 6, screens: [] }], SCREENS);
    expect(steps.some((s) => s.id === 'v6')).toBe(false);
    expect(steps.find((s) => s.id === 's3')).toMatchObject({ volume: 6 });
  });
});

describe('the stylesheet shows the same step as the rules, for every level', () => {
  const css = nextMediumCss(STEPS);
  const selector = /\n(html[^{]+)\{\n {2}display: block;/.exec(css)![1]!.trim();

  it.each(
    [0, 1, 2, 3, 4, 5, 6].flatMap((volume) =>
      [0, 1, 2, 3, 4].map((screen) => ({ volume, screen })),
    ),
  )('read up to volume $volume, watched up to screen $screen', (reader) => {
    const html = document.documentElement;
    // What the early script puts on <html> for this level.
    html.setAttribute(
      'data-read',
      Array.from({ length: reader.volume }, (_, i) => i + 1).join(' '),
    );
    html.setAttribute(
      'data-seen',
      Array.from({ length: reader.screen }, (_, i) => i + 1).join(' '),
    );
    document.body.replaceChildren(
      ...STEPS.map((step) => {
        const p = document.createElement('p');
        p.dataset.next = step.id;
        return p;
      }),
    );
    const byCss = [...document.querySelectorAll('[data-next]')]
      .filter((p) => p.matches(selector))
      .map((p) => p.getAttribute('data-next'));
    expect(byCss).toEqual(shown(reader));
    html.removeAttribute('data-read');
    html.removeAttribute('data-seen');
  });
});

describe('what adapts the books, in a sentence', () => {
  const screens = [1, 2, 3].map((n) => ({
    number: n,
    slug: `season-${n}`,
    kind: 'season' as const,
    title: `Season ${n}`,
    short: `Season ${n}`,
    param: String(n),
  }));
  const film = {
    number: 4,
    slug: 'film',
    kind: 'film' as const,
    title: 'The Film',
    short: 'The film',
    param: 'film',
  };

  it('spans the seasons and volumes, and names the film', () => {
    expect(
      adaptationSentence(
        ADAPTATIONS.map((a) => ({ number: a.volume, screens: a.screens })),
        [...screens, film],
      ),
    ).toBe('Seasons 1 to 3 adapt Volumes 1 to 5, and the film, The Film, adapts Volume 6.');
  });

  it('follows the content: one season so far, no film yet', () => {
    expect(
      adaptationSentence(
        [
          { number: 1, screens: [1] },
          { number: 2, screens: [1] },
          { number: 3, screens: [] },
        ],
        screens,
      ),
    ).toBe('Season 1 adapts Volumes 1 and 2.');
  });
});
