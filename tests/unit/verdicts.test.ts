import { describe, expect, it } from 'vitest';
import type { Books, Character, Person, Prediction, Screen, WikiEvent } from '../../src/data/types';
import {
  judge,
  phaseMonths,
  scorecard,
  type VerdictData,
} from '../../src/features/release/verdicts';
import { loadDataset } from '../fixtures/dataset';

const TODAY = '2026-11-25';

function realData() {
  const d = loadDataset();
  const data: VerdictData = {
    events: d['events.json'] as WikiEvent[],
    books: d['books.json'] as Books,
    screens: d['screens.json'] as Screen[],
    people: d['people.json'] as Person[],
    characters: d['characters.json'] as Character[],
  };
  return { data, predictions: d['predictions.json'] as Prediction[] };
}

function verdictFor(id: string, change?: (data: VerdictData) => void, today = TODAY) {
  const { data, predictions } = realData();
  change?.(data);
  return judge(
    predictions.find((p) => p.id === id)!,
    data,
    today,
  );
}

describe('verdicts on the real record', () => {
  it('autumn 2023 for season 2 is close: about a month early (it came on 3 August)', () => {
    expect(verdictFor('s2-in-autumn-2023')).toMatchObject({
      outcome: 'close',
      label: 'About a month early',
      offByMonths: -1,
      detail: 'Season 2 released on 3 August 2023.',
    });
  });

  it('i news’s "around June 2023" is close: about two months late', () => {
    expect(verdictFor('inews-s2-june-2023')).toMatchObject({
      outcome: 'close',
      label: 'About two months late',
      offByMonths: 2,
    });
  });

  it('a renewal by summer 2022 is right (it came the next day)', () => {
    expect(verdictFor('renewal-by-summer-2022')).toMatchObject({
      outcome: 'right',
      label: 'Right',
    });
  });

  it('eight episodes is right', () => {
    expect(verdictFor('s2-eight-episodes')).toMatchObject({
      outcome: 'right',
      detail: 'Season 2 has 8 episodes.',
    });
  });

  it('filming and post-production times cannot be checked: no end date is on record', () => {
    const filming = verdictFor('s2-filming-three-months');
    expect(filming).toMatchObject({ outcome: 'unverifiable', label: "Can't be checked yet" });
    expect(filming.detail).toContain("Season 1's filming took 3 months");
    expect(verdictFor('s2-faster-post-production').detail).toContain(
      "Season 1's post-production took 10 months",
    );
  });

  it('story guesses are right when the plot point is tagged with season 2', () => {
    for (const id of [
      's2-adapts-volume-3',
      's2-paris-trip',
      's2-tao-and-elle',
      's2-charlie-anorexia',
    ]) {
      expect(verdictFor(id).outcome, id).toBe('right');
    }
  });

  it('a debut is right when the character is first credited in that season', () => {
    expect(verdictFor('s2-older-brother')).toMatchObject({
      outcome: 'right',
      detail: 'Jack Barton plays David Nelson from Season 2.',
    });
    expect(verdictFor('s2-mr-farouk').detail).toBe('Nima Taleghani plays Mr Farouk from Season 2.');
  });

  it('the returning cast is right for the ten on record and names the one who is not', () => {
    const verdict = verdictFor('s2-main-cast-returns');
    expect(verdict.label).toBe('Right for 10 of 11');
    expect(verdict.detail).toContain("Fisayo Akinade's return is not on record");
  });

  it('scores the whole sheet', () => {
    const { data, predictions } = realData();
    const card = scorecard(
      predictions.map((prediction) => ({ prediction, verdict: judge(prediction, data, TODAY) })),
    );
    expect(card.total).toBe(13);
    expect(card.counts).toEqual({ right: 9, close: 2, wrong: 0, unverifiable: 2 });
    expect(card.bySource).toEqual([
      {
        source: 'digitalfix-2022',
        total: 12,
        counts: { right: 9, close: 1, wrong: 0, unverifiable: 2 },
      },
      { source: 'inews-2022', total: 1, counts: { right: 0, close: 1, wrong: 0, unverifiable: 0 } },
    ]);
  });
});

describe('verdicts follow the data, not typed-in answers', () => {
  const moveRelease = (date: string) => (data: VerdictData) => {
    data.events = data.events.map((e) => (e.id === 's2-release' ? { ...e, date } : e));
  };

  it('a release inside the window is right', () => {
    expect(verdictFor('s2-in-autumn-2023', moveRelease('2023-10-12'))).toMatchObject({
      outcome: 'right',
      offByMonths: 0,
    });
  });

  it('three months off is still close; four is wrong', () => {
    expect(verdictFor('s2-in-autumn-2023', moveRelease('2024-02-01'))).toMatchObject({
      outcome: 'close',
      label: 'About three months late',
    });
    expect(verdictFor('s2-in-autumn-2023', moveRelease('2024-03-01'))).toMatchObject({
      outcome: 'wrong',
      label: 'About four months late',
    });
  });

  it('a release still to come cannot be checked before the window ends, and is wrong after it', () => {
    const notYet = (data: VerdictData) => {
      data.events = data.events.map((e) =>
        e.id === 's2-release' ? { ...e, date: '2023', expected: true } : e,
      );
    };
    expect(verdictFor('s2-in-autumn-2023', notYet, '2023-06-01').outcome).toBe('unverifiable');
    expect(verdictFor('s2-in-autumn-2023', notYet, '2023-12-01')).toMatchObject({
      outcome: 'wrong',
    });
  });

  it('an episode count that differs is wrong', () => {
    const nine = (data: VerdictData) => {
      data.screens = data.screens.map((s) =>
        s.number === 2 ? { ...s, episodes: { count: 9, sources: ['nme-2023'] } } : s,
      );
    };
    expect(verdictFor('s2-eight-episodes', nine)).toMatchObject({
      outcome: 'wrong',
      detail: 'Season 2 has 9 episodes.',
    });
  });

  it('filming becomes checkable once an end date is on record', () => {
    const ended = (months: string) => (data: VerdictData) => {
      data.events = data.events.map((e) => (e.id === 's2-filming' ? { ...e, endDate: months } : e));
    };
    expect(verdictFor('s2-filming-three-months', ended('2022-11'))).toMatchObject({
      outcome: 'right',
    });
    expect(verdictFor('s2-filming-three-months', ended('2023-01'))).toMatchObject({
      outcome: 'wrong',
    });
  });

  it('a plot point tagged with another season makes the guess wrong', () => {
    const later = (data: VerdictData) => {
      data.books = {
        ...data.books,
        volumes: data.books.volumes.map((v) => ({
          ...v,
          plot: v.plot.map((p) =>
            p.id === 'v3-paris-trip' ? { ...p, reveal: { volume: 3, screen: 3 } } : p,
          ),
        })),
      };
    };
    expect(verdictFor('s2-paris-trip', later)).toMatchObject({
      outcome: 'wrong',
      detail: 'It is part of Season 3.',
    });
  });
});

describe('phaseMonths', () => {
  it('counts season 1 filming as April to June inclusive, and ten months to release', () => {
    const { data } = realData();
    expect(phaseMonths(1, 'filming', data.events)?.months).toBe(3);
    expect(phaseMonths(1, 'post-production', data.events)?.months).toBe(10);
    expect(phaseMonths(2, 'filming', data.events)).toBeUndefined();
  });
});
