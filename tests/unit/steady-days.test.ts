/**
 * A page that depends on the day (the release page's verdicts and "What's next", the home page's
 * "where things stand") is scored at build time together with the last day through which it
 * stays the same; the browser scores it again only past that day.
 */
import { describe, expect, it } from 'vitest';
import { turningDays, upcoming } from '../../src/data/events';
import type { Content } from '../../src/data/types';
import { indexContent } from '../../src/data/wiki-index';
import { buildHomePage } from '../../src/features/home/status-view.build';
import { buildReleasePage } from '../../src/features/release/release.build';
import { addDays, LAST_DAY, steadyThrough } from '../../src/lib/durations';
import { fixtureContent } from '../fixtures/wiki';

describe('days', () => {
  it('adds and takes away days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-11-29', 0)).toBe('2026-11-29');
  });

  it('finds the last day before the first turn that changes the value', () => {
    const key = (day: string) => (day >= '2027-01-01' ? 'after' : 'before');
    expect(steadyThrough('2026-11-29', ['2026-12-10', '2027-01-01', '2026-01-01'], key)).toBe(
      '2026-12-31',
    );
  });

  it('is steady for good when no turn changes anything, and for one day when the next does', () => {
    expect(steadyThrough('2026-11-29', ['2026-12-10'], () => 'same')).toBe(LAST_DAY);
    expect(steadyThrough('2026-11-29', [], () => 'same')).toBe(LAST_DAY);
    expect(steadyThrough('2026-11-29', ['2026-11-30'], (day) => day)).toBe('2026-11-29');
  });

  it('turns on the first day a date can mean and the day after its last', () => {
    expect(turningDays('2026-11-29', ['2026', '2023-08'])).toEqual([
      '2026-11-30',
      '2026-01-01',
      '2027-01-01',
      '2023-08-01',
      '2023-09-01',
    ]);
  });
});

describe('the film that is only expected', () => {
  const film = () => fixtureContent().events.filter((e) => e.screen === 4 && e.kind === 'release');

  it('is due in its year until the year ends, then has no date announced', () => {
    expect(upcoming(film(), '2026-12-31')[0]?.when).toBe('2026, date not announced');
    expect(upcoming(film(), '2027-01-01')[0]?.when).toBe('date not announced');
  });
});

describe('the range of days a built page stays the same', () => {
  const release = (change?: (c: Content) => void) => {
    const content = fixtureContent();
    change?.(content);
    return buildReleasePage(indexContent(content)).view;
  };

  it('lasts until the expected film’s year is over', () => {
    expect(release().steadyThrough).toBe('2026-12-31');
    const home = buildHomePage(indexContent(fixtureContent())).view;
    expect(home.steadyThrough).toBe('2026-12-31');
  });

  it('ends the day before a guessed window closes with the event still to come', () => {
    const view = release((c) => {
      c.events.find((e) => e.id === 'film-release')!.date = '2027-06';
      c.predictions.push({
        id: 'film-by-spring',
        source: 'guess-2022',
        topic: 'When the film arrives',
        statement: 'By spring 2027.',
        claim: {
          type: 'window',
          event: 'film-release',
          from: '2027-01',
          to: '2027-03',
          label: 'spring 2027',
        },
      });
    });
    expect(view.steadyThrough).toBe('2027-03-31');
  });

  it('is the build’s day alone while a countdown in days is running', () => {
    const view = release((c) => {
      const film = c.events.find((e) => e.id === 'film-release')!;
      film.date = '2027-02-14';
      delete film.expected;
    });
    expect(view.steadyThrough).toBe(view.asOf);
  });
});
