/**
 * Verdicts are computed from the record: the logic on the fixture wiki, where each case is set
 * up by changing the data, and a few golden checks on the real record.
 */
import { describe, expect, it } from 'vitest';
import type { Content, Prediction } from '../../src/data/types';
import { indexContent } from '../../src/data/wiki-index';
import { verdictData } from '../../src/features/release/verdict-data.build';
import { scorecard } from '../../src/features/release/score';
import { judge, monthSpan, phaseMonths } from '../../src/features/release/verdicts';
import { loadCheckedContent } from '../../scripts/lib/load-content';
import { fixtureContent } from '../fixtures/wiki';

const TODAY = '2026-11-29';

function verdictFor(id: string, change?: (content: Content) => void, today = TODAY) {
  const content = fixtureContent();
  change?.(content);
  const prediction = content.predictions.find((p) => p.id === id)!;
  return judge(prediction, verdictData(content.predictions, indexContent(content)), today);
}

const event = (content: Content, id: string) => content.events.find((e) => e.id === id)!;

describe('date windows', () => {
  it('a release inside the window is right', () => {
    expect(
      verdictFor('s2-in-autumn', (c) => {
        event(c, 's2-release').date = '2023-10-12';
      }),
    ).toMatchObject({ outcome: 'right', offByMonths: 0 });
  });

  it('a miss of up to three months is close, and says by how much', () => {
    expect(verdictFor('s2-in-autumn')).toMatchObject({
      outcome: 'close',
      label: 'About a month early',
      offByMonths: -1,
      detail: 'Season 2 released on 3 August 2023.',
    });
  });

  it('a miss of more is wrong', () => {
    expect(
      verdictFor('s2-in-autumn', (c) => {
        event(c, 's2-release').date = '2024-06-01';
      }),
    ).toMatchObject({ outcome: 'wrong', offByMonths: 7 });
  });

  it('a release still to come cannot be checked before the window ends, and is wrong after it', () => {
    const expected = (c: Content) => {
      Object.assign(event(c, 's2-release'), { date: '2023', expected: true });
    };
    expect(verdictFor('s2-in-autumn', expected, '2023-06-01')).toMatchObject({
      outcome: 'unverifiable',
    });
    expect(verdictFor('s2-in-autumn', expected, '2024-01-15')).toMatchObject({
      outcome: 'wrong',
      detail: 'autumn 2023 has passed and it has not happened yet.',
    });
  });
});

describe('facts of the story', () => {
  it('an episode count that differs is wrong', () => {
    expect(verdictFor('s2-eight')).toMatchObject({ outcome: 'right' });
    expect(
      verdictFor('s2-eight', (c) => {
        c.seasons[1]!.episodes!.count = 7;
      }),
    ).toMatchObject({ outcome: 'wrong', detail: 'Season 2 has 7 episodes.' });
  });

  it('a volume adapted elsewhere is wrong, and says where', () => {
    expect(
      verdictFor('s2-adapts-3', (c) => {
        c.volumes[2]!.adaptedIn = [{ screen: 3, sources: ['paper-2023'] }];
      }),
    ).toMatchObject({ outcome: 'wrong', detail: 'Volume 3 is adapted in Season 3.' });
  });

  it('a plot point tagged with another season makes the guess wrong', () => {
    expect(verdictFor('s2-paris')).toMatchObject({ outcome: 'right' });
    expect(
      verdictFor('s2-paris', (c) => {
        c.volumes[2]!.plot[0]!.reveal = { volume: 3, screen: 3 };
      }),
    ).toMatchObject({ outcome: 'wrong', detail: 'It is part of Season 3.' });
  });

  it('a debut is judged by the first screen appearance on record', () => {
    expect(verdictFor('s2-dot')).toMatchObject({ outcome: 'wrong', detail: 'Dot from Season 1.' });
  });

  it('the returning cast names who is not on record', () => {
    const verdict = verdictFor('s2-cast');
    expect(verdict).toMatchObject({ outcome: 'right', label: 'Right for 1 of 2' });
    expect(verdict.detail).toContain("Bea Player's return is not on record");
    expect(
      verdictFor('s2-cast', (c) => {
        c.people[1]!.credits.push({
          kind: 'cast',
          character: 'bo-friend',
          screen: 2,
          tier: 'recurring',
          sources: ['paper-2023'],
        });
      }),
    ).toMatchObject({ label: 'Right', detail: 'All 2 are on record in Season 2.' });
  });
});

describe('durations', () => {
  it('counts a span given in months as a range: it may start late in one month and end early in another', () => {
    expect(monthSpan('2022-09', '2022-12')).toEqual({ min: 2, max: 4 });
    expect(monthSpan('2021-04', '2021-06')).toEqual({ min: 1, max: 3 });
    expect(monthSpan('2023-10-02', '2023-12-15')).toEqual({ min: 2, max: 2 });
  });

  it('says it cannot tell when the dates on record fall on both sides of the limit', () => {
    expect(verdictFor('s2-filming-time')).toMatchObject({
      outcome: 'unverifiable',
      label: "Can't tell from the dates",
      detail:
        "Filming on Season 2 took between 2 and 4 months. Season 1's filming took between 1 and 3 months.",
    });
  });

  it('is right when every reading of the dates is within the limit, wrong when none is', () => {
    const filmed = (start: string, end: string) => (c: Content) => {
      Object.assign(event(c, 's2-filming'), { date: start, endDate: end });
    };
    expect(verdictFor('s2-filming-time', filmed('2022-09-12', '2022-11-25'))).toMatchObject({
      outcome: 'right',
    });
    expect(verdictFor('s2-filming-time', filmed('2022-09', '2023-03'))).toMatchObject({
      outcome: 'wrong',
    });
  });

  it('finds no duration without an end of filming', () => {
    const content = fixtureContent();
    delete event(content, 's2-filming').endDate;
    expect(phaseMonths(2, 'filming', content.events)).toBeUndefined();
    expect(
      verdictFor('s2-filming-time', (c) => delete event(c, 's2-filming').endDate),
    ).toMatchObject({ outcome: 'unverifiable', label: "Can't be checked yet" });
  });
});

describe('the scorecard', () => {
  it('counts every outcome, in total and by source', () => {
    const content = fixtureContent();
    const data = verdictData(content.predictions, indexContent(content));
    const card = scorecard(
      content.predictions.map((prediction: Prediction) => ({
        prediction,
        verdict: judge(prediction, data, TODAY),
      })),
    );
    expect(card.total).toBe(7);
    expect(card.counts).toEqual({ right: 4, close: 1, wrong: 1, unverifiable: 1 });
    expect(card.bySource).toEqual([{ source: 'guess-2022', total: 7, counts: card.counts }]);
  });
});

describe('golden checks on the real record', () => {
  const content = loadCheckedContent();
  const data = verdictData(content.predictions, indexContent(content));
  const real = (id: string) =>
    judge(
      content.predictions.find((p) => p.id === id)!,
      data,
      TODAY,
    );

  it('season 2 in autumn 2023 was about a month early: it came on 3 August', () => {
    expect(real('s2-in-autumn-2023')).toMatchObject({
      outcome: 'close',
      label: 'About a month early',
    });
  });

  it('the whole main cast returned for season 2, Fisayo Akinade included', () => {
    expect(real('s2-main-cast-returns')).toMatchObject({ outcome: 'right', label: 'Right' });
  });
});
