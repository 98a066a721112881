import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextUp } from '../../src/data/events';
import type { Content, WikiEvent } from '../../src/data/types';
import { indexContent } from '../../src/data/wiki-index';
import { buildReleasePage } from '../../src/features/release/release.build';
import { buildReleaseView } from '../../src/features/release/release-view';
import { judge } from '../../src/features/release/verdicts';
import { buildScorecard } from '../../src/features/release/scorecard-view';
import { layoutTimeline, TIMELINE_WIDTH } from '../../src/features/release/timeline';
import { assignLanes, datePosition, timeScale } from '../../src/lib/time-scale';
import { layoutRelationships } from '../../src/features/characters/relationship-layout';
import { layoutAdaptationMap } from '../../src/features/volumes/adaptation-map';
import { fixtureContent } from '../fixtures/wiki';

/** The fixture wiki, with a second source's guess ("around June 2023") beside the first's. */
function content(): Content {
  const c = fixtureContent();
  c.predictions.push({
    id: 's2-june',
    source: 'paper-2022',
    topic: 'When season 2 arrives',
    statement: 'Around June 2023.',
    claim: {
      type: 'window',
      event: 's2-release',
      from: '2023-06',
      to: '2023-06',
      label: 'around June 2023',
    },
  });
  c.predictions.push({
    id: 'renewal-summer',
    source: 'guess-2022',
    topic: 'Renewal',
    statement: 'By summer 2022.',
    claim: {
      type: 'window',
      event: 'renewal',
      from: '2022-05',
      to: '2022-08',
      label: 'by summer 2022',
    },
  });
  return c;
}

function view(c: Content = content(), today = '2026-11-29') {
  const page = buildReleasePage(indexContent(c));
  const verdicts = page.view.predictions.map((p) => judge(p, page.view.verdicts, today));
  return buildReleaseView(page.view, verdicts, page.sources, today);
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
  const release = view();
  const layout = layoutTimeline(release);

  it('draws every event and every date guess, inside the chart', () => {
    expect(layout.events.map((e) => e.id)).toEqual(release.events.map((e) => e.id));
    const windows = release.predictions.filter((p) => p.prediction.claim.type === 'window');
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
    const autumn = layout.predictions.find((p) => p.id === 's2-in-autumn')!;
    expect(autumn.outcome).toBe('close');
    expect(autumn.verdict).toBe('Close: about a month early');
    expect(autumn.actualX).toBeLessThan(autumn.x1);
    const june = layout.predictions.find((p) => p.id === 's2-june')!;
    expect(june.actualX).toBeGreaterThan(june.x2);
    const renewal = layout.predictions.find((p) => p.id === 'renewal-summer')!;
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
    // The guess (19 May 2022) and the renewal (20 May) must not sit on top of each other.
    const article = layout.events.find((e) => e.id === 'guess')!;
    const renewal = layout.events.find((e) => e.id === 'renewal')!;
    expect(article.y).not.toBe(renewal.y);
  });
});

describe('scorecard', () => {
  it('counts each source by outcome, with the share right of those checked and the close misses', () => {
    const card = buildScorecard(view());
    expect(card.rows.map((r) => r.source.publisher)).toEqual(['The Guesser', 'The Paper']);
    const [digitalFix, inews] = card.rows;
    expect(digitalFix!.total).toBe(Object.values(digitalFix!.counts).reduce((a, b) => a + b, 0));
    const checked = digitalFix!.counts.right + digitalFix!.counts.close + digitalFix!.counts.wrong;
    expect(digitalFix!.hitRate).toBe(Math.round((digitalFix!.counts.right / checked) * 100));
    expect(inews!.counts).toEqual({ right: 0, close: 1, wrong: 0, unverifiable: 0 });
    expect(inews!.hitRate).toBe(0);
    expect(card.total.total).toBe(digitalFix!.total + inews!.total);
    expect(card.close).toEqual([
      expect.objectContaining({
        id: 's2-in-autumn',
        miss: 'about a month early',
        offByMonths: -1,
      }),
      expect.objectContaining({
        id: 's2-june',
        miss: 'about two months late',
        offByMonths: 2,
      }),
    ]);
  });

  it('follows the data: a season 2 date in October 2023 makes autumn right and June wrong', () => {
    const c = content();
    c.events = c.events.map((e) => (e.id === 's2-release' ? { ...e, date: '2023-10-05' } : e));
    const card = buildScorecard(view(c));
    expect(card.close).toEqual([]);
    expect(card.rows[0]!.counts.close).toBe(0);
    expect(card.rows[1]!.counts).toEqual({ right: 0, close: 0, wrong: 1, unverifiable: 0 });
  });

  it('says "none checked yet" (no rate) when nothing can be checked', () => {
    const c = content();
    c.predictions = c.predictions.filter((p) => p.id === 's2-filming-time');
    const card = buildScorecard(view(c));
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

  it('late in 2026: the film, with no date announced', () => {
    const next = nextUp(content().events, '2026-11-29')!;
    expect(next.event.id).toBe('film-release');
    expect(next.when).toBe('2026, date not announced');
  });

  it('nothing left: no next event', () => {
    expect(nextUp([event('past', '2020-01-01')], '2026-01-01')).toBeUndefined();
  });
});

describe('the chart geometry takes any number of rows, none included', () => {
  const finite = (...xs: number[]) => xs.every((x) => Number.isFinite(x));
  const dateArb = fc
    .tuple(
      fc.integer({ min: 2014, max: 2030 }),
      fc.integer({ min: 0, max: 12 }),
      fc.integer({ min: 0, max: 28 }),
    )
    .map(([y, m, d]) =>
      m === 0
        ? String(y)
        : d === 0
          ? `${y}-${String(m).padStart(2, '0')}`
          : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );

  it('an empty time scale has no years and puts everything at its left edge', () => {
    const scale = timeScale([], 24, 936);
    expect(scale.years).toEqual([]);
    expect(scale.x(2023 * 12)).toBe(24);
  });

  it('a filter that matches nothing gives an empty layout, not an error', () => {
    const whole = view();
    const layout = layoutTimeline({ ...whole, events: [], predictions: [] });
    expect(layout.events).toEqual([]);
    expect(layout.predictions).toEqual([]);
    expect(layout.years).toEqual([]);
    expect(finite(layout.width, layout.height, layout.axisY)).toBe(true);
  });

  it('zero or one event of any date lays out inside the chart', () => {
    fc.assert(
      fc.property(fc.array(dateArb, { maxLength: 1 }), (dates) => {
        const whole = view();
        const events = dates.map((d, i) => event(`e${i}`, d));
        const layout = layoutTimeline({ ...whole, events, predictions: [] });
        expect(layout.events).toHaveLength(dates.length);
        for (const m of layout.events) {
          expect(finite(m.x1, m.x2, m.cx, m.y)).toBe(true);
          expect(m.x1).toBeGreaterThanOrEqual(0);
          expect(m.x2).toBeLessThanOrEqual(TIMELINE_WIDTH);
          expect(m.y).toBeLessThan(layout.height);
        }
      }),
    );
  });

  it('an empty relationship picture and an empty books map have finite sizes', () => {
    expect(layoutRelationships([]).ties).toEqual([]);
    const map = layoutAdaptationMap(
      { volumes: [], related: [] },
      { volume: String, screen: String },
    );
    expect(map.books).toEqual([]);
    expect(finite(map.height)).toBe(true);
    const one = layoutRelationships(['only']);
    expect(finite(one.ties[0]!.x, one.ties[0]!.y)).toBe(true);
  });
});
