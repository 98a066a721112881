import { describe, expect, it } from 'vitest';
import type {
  Books,
  Character,
  Person,
  Prediction,
  Screen,
  Source,
  WikiEvent,
} from '../../src/data/types';
import { buildReleaseView } from '../../src/features/release/release-view';
import { buildScorecard } from '../../src/features/release/scorecard-view';
import { layoutTimeline, TIMELINE_WIDTH } from '../../src/features/release/timeline';
import { nextUp } from '../../src/features/release/whats-next';
import { assignLanes, datePosition, timeScale } from '../../src/lib/time-scale';
import { loadDataset } from '../fixtures/dataset';

function data() {
  const d = loadDataset();
  return {
    events: d['events.json'] as WikiEvent[],
    predictions: d['predictions.json'] as Prediction[],
    books: d['books.json'] as Books,
    screens: d['screens.json'] as Screen[],
    people: d['people.json'] as Person[],
    characters: d['characters.json'] as Character[],
    sources: d['sources.json'] as Source[],
  };
}

const event = (id: string, date: string, extra: Partial<WikiEvent> = {}): WikiEvent =>
  ({ id, date, kind: 'release', title: id, text: id, sources: ['x'], ...extra }) as WikiEvent;

describe('time scale', () => {
  it('places a day, a month and a year by the span they cover', () => {
    expect(datePosition('2023-08-01')).toBe(2023 * 12 + 7);
    expect(datePosition('2023-08')).toBe(2023 * 12 + 7);
    expect(datePosition('2023-08', 'end')).toBe(2023 * 12 + 8);
    expect(datePosition('2023-08', 'mid')).toBe(2023 * 12 + 7.5);
    expect(datePosition('2026', 'start')).toBe(2026 * 12);
    expect(datePosition('2026', 'end')).toBe(2027 * 12);
    // 16 February: 15 of February's 28 days have passed.
    expect(datePosition('2023-02-16')).toBeCloseTo(2023 * 12 + 1 + 15 / 28);
    expect(datePosition('2024-02-29', 'end')).toBeCloseTo(2024 * 12 + 2);
  });

  it('widens to whole years and maps the ends to the pixel range', () => {
    const scale = timeScale(['2021-04', '2023-08-03', '2026'], 20, 620);
    expect(scale.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(scale.x(datePosition('2021-01'))).toBe(20);
    expect(scale.x(datePosition('2027-01'))).toBe(620);
    expect(scale.x(datePosition('2024-01'))).toBe(320);
    expect(() => timeScale([], 0, 1)).toThrow();
  });

  it('stacks marks that would touch onto separate lanes, and reuses a lane once clear', () => {
    expect(
      assignLanes(
        [
          { x1: 0, x2: 0 },
          { x1: 5, x2: 5 },
          { x1: 8, x2: 30 },
          { x1: 20, x2: 20 },
          { x1: 50, x2: 50 },
        ],
        10,
      ),
    ).toEqual([0, 1, 2, 0, 0]);
  });
});

describe('release timeline layout', () => {
  const view = buildReleaseView(data(), '2026-11-25');
  const layout = layoutTimeline(view);

  it('draws every event and every date guess, inside the chart', () => {
    expect(layout.events.map((e) => e.id)).toEqual(view.events.map((e) => e.id));
    const windows = view.predictions.filter((p) => p.prediction.claim.type === 'window');
    expect(layout.predictions).toHaveLength(windows.length);
    for (const m of [...layout.events, ...layout.predictions]) {
      expect(m.x1).toBeGreaterThanOrEqual(0);
      expect(m.x2).toBeLessThanOrEqual(TIMELINE_WIDTH);
      expect(m.x1).toBeLessThanOrEqual(m.x2);
    }
    for (const e of layout.events) expect(e.y).toBeGreaterThan(layout.axisY);
    for (const p of layout.predictions) expect(p.y).toBeLessThan(layout.axisY);
    expect(layout.height).toBeGreaterThan(Math.max(...layout.events.map((e) => e.y)));
  });

  it('shows a guess that came early with the real date left of its window', () => {
    const autumn = layout.predictions.find((p) => p.id === 's2-in-autumn-2023')!;
    expect(autumn.outcome).toBe('close');
    expect(autumn.verdict).toBe('Close: about a month early');
    expect(autumn.actualX).toBeLessThan(autumn.x1);
    const june = layout.predictions.find((p) => p.id === 'inews-s2-june-2023')!;
    expect(june.actualX).toBeGreaterThan(june.x2);
    const renewal = layout.predictions.find((p) => p.id === 'renewal-by-summer-2022')!;
    expect(renewal.actualX).toBeGreaterThanOrEqual(renewal.x1);
    expect(renewal.actualX).toBeLessThanOrEqual(renewal.x2);
  });

  it('draws filming and a year-only release as spans, and keeps points apart', () => {
    expect(layout.events.find((e) => e.id === 's1-filming')).toMatchObject({ span: true });
    expect(layout.events.find((e) => e.id === 'film-release')).toMatchObject({
      span: true,
      expected: true,
    });
    expect(layout.events.find((e) => e.id === 'renewal')).toMatchObject({ span: false });
    // The article (19 May 2022) and the renewal (20 May) must not sit on top of each other.
    const article = layout.events.find((e) => e.id === 'digitalfix-article')!;
    const renewal = layout.events.find((e) => e.id === 'renewal')!;
    expect(article.y).not.toBe(renewal.y);
  });
});

describe('scorecard', () => {
  it('counts each source by outcome, with the share right of those checked and the close misses', () => {
    const card = buildScorecard(buildReleaseView(data(), '2026-11-25'));
    expect(card.rows.map((r) => r.source.publisher)).toEqual(['The Digital Fix', 'i news']);
    const [digitalFix, inews] = card.rows;
    expect(digitalFix!.total).toBe(Object.values(digitalFix!.counts).reduce((a, b) => a + b, 0));
    const checked = digitalFix!.counts.right + digitalFix!.counts.close + digitalFix!.counts.wrong;
    expect(digitalFix!.hitRate).toBe(Math.round((digitalFix!.counts.right / checked) * 100));
    expect(inews!.counts).toEqual({ right: 0, close: 1, wrong: 0, unverifiable: 0 });
    expect(inews!.hitRate).toBe(0);
    expect(card.total.total).toBe(digitalFix!.total + inews!.total);
    expect(card.close).toEqual([
      expect.objectContaining({
        id: 's2-in-autumn-2023',
        miss: 'about a month early',
        offByMonths: -1,
      }),
      expect.objectContaining({
        id: 'inews-s2-june-2023',
        miss: 'about two months late',
        offByMonths: 2,
      }),
    ]);
  });

  it('follows the data: a season 2 date in October 2023 makes autumn right and June wrong', () => {
    const d = data();
    d.events = d.events.map((e) => (e.id === 's2-release' ? { ...e, date: '2023-10-05' } : e));
    const card = buildScorecard(buildReleaseView(d, '2026-11-25'));
    expect(card.close).toEqual([]);
    expect(card.rows[0]!.counts.close).toBe(0);
    expect(card.rows[1]!.counts).toEqual({ right: 0, close: 0, wrong: 1, unverifiable: 0 });
  });

  it('says "none checked yet" (no rate) when nothing can be checked', () => {
    const d = data();
    d.predictions = d.predictions.filter((p) => p.id === 's2-filming-three-months');
    const card = buildScorecard(buildReleaseView(d, '2026-11-25'));
    expect(card.rows[0]!.counts.unverifiable).toBe(1);
    expect(card.rows[0]!.hitRate).toBeUndefined();
  });
});

describe("what's next", () => {
  const events = [
    event('past', '2026-03-10'),
    event('book', '2026-07-02', { kind: 'publication' }),
    event('film', '2026', { expected: true }),
  ];

  it('counts down in days to a known date', () => {
    expect(nextUp(events, '2026-06-30')).toMatchObject({
      daysToGo: 2,
      when: 'in 2 days, on 2 July 2026',
    });
    expect(nextUp(events, '2026-07-01')?.when).toBe('in a day, on 2 July 2026');
  });

  it('moves on once the day has come, and is honest when there is no date', () => {
    expect(nextUp(events, '2026-07-02')?.event.id).toBe('film');
    const film = nextUp(events, '2026-07-03')!;
    expect(film.daysToGo).toBeUndefined();
    expect(film.when).toBe('2026, date not announced');
  });

  it('the real record, late in 2026: the film, with no date announced', () => {
    const next = nextUp(data().events, '2026-11-25')!;
    expect(next.event.id).toBe('film-release');
    expect(next.when).toBe('2026, date not announced');
  });

  it('nothing left: no next event', () => {
    expect(nextUp([event('past', '2020-01-01')], '2026-01-01')).toBeUndefined();
  });
});
