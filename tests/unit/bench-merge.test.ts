import { describe, expect, it } from 'vitest';
import { keptNotes, mergeRows, mergeSubsections, rowScale } from '../../scripts/lib/bench-merge';

/** A report as `npm run bench` wrote it at 1x, 10x and 100x (Prettier pads the cells). */
const PREVIOUS = [
  '# Benchmarks',
  '',
  '## First paints and the largest one',
  '',
  '| scale | page | FCP s |',
  '| ----- | ---- | ----: |',
  '| 1x    | `/`  |  0.70 |',
  '| 10x   | `/`  |  0.83 |',
  '| 100x  | `/`  |  0.71 |',
  '',
  'The 100x rows were taken on the generated wiki of 21,292 pages.',
  '',
  'Lighthouse mobile, each figure the median of its 5 runs.',
  '',
  '## Interactions on a slow phone',
  '',
  '### 1x',
  '',
  '| interaction | median ms |',
  '| ----------- | --------: |',
  '| Share       |        72 |',
  '',
  '### 10x',
  '',
  '| interaction | median ms |',
  '| ----------- | --------: |',
  '| Share       |       104 |',
  '',
  'Each interaction is a fresh visit.',
  '',
  '## Search',
  '',
  '| 1x | not a bench row of this section |',
].join('\n');

describe('merging a run of some scales into the report', () => {
  it('reads the scale of a row, padded or not', () => {
    expect(rowScale('| 100x  | `/`  |  0.71 |')).toBe(100);
    expect(rowScale('| 1x | `/` |')).toBe(1);
    expect(rowScale('| scale | page |')).toBeNull();
  });

  it('a 1x run keeps the 10x and 100x rows and replaces the 1x ones', () => {
    const rows = mergeRows(
      ['| 1x | `/` | 0.65 |'],
      PREVIOUS,
      'First paints and the largest one',
      [1],
    );
    expect(rows).toEqual([
      '| 1x | `/` | 0.65 |',
      '| 10x   | `/`  |  0.83 |',
      '| 100x  | `/`  |  0.71 |',
    ]);
  });

  it('a run of every scale keeps nothing old', () => {
    const measured = ['| 1x | a |', '| 10x | b |', '| 100x | c |'];
    expect(mergeRows(measured, PREVIOUS, 'First paints and the largest one', [1, 10, 100])).toEqual(
      measured,
    );
  });

  it('keeps rows in order of scale, a section at a time', () => {
    const rows = mergeRows(['| 10x | new |'], PREVIOUS, 'First paints and the largest one', [10]);
    expect(rows.map(rowScale)).toEqual([1, 10, 100]);
    expect(rows[1]).toBe('| 10x | new |');
    // Another section's rows are not this table's.
    expect(mergeRows([], PREVIOUS, 'Interactions on a slow phone', [1])).toEqual([]);
  });

  it('with no previous report, the measured rows alone', () => {
    expect(mergeRows(['| 1x | a |'], '', 'First paints and the largest one', [1])).toEqual([
      '| 1x | a |',
    ]);
  });

  it('keeps the note about a kept scale, and drops it once that scale is measured again', () => {
    expect(keptNotes(PREVIOUS, 'First paints and the largest one', [1])).toEqual([
      'The 100x rows were taken on the generated wiki of 21,292 pages.',
    ]);
    expect(keptNotes(PREVIOUS, 'First paints and the largest one', [1, 100])).toEqual([]);
  });

  it("keeps the interactions of the scales not measured, without the section's own text", () => {
    const lines = mergeSubsections(
      [{ scale: 1, lines: ['| interaction | median ms |', '| --- | --: |', '| Share | 40 |'] }],
      PREVIOUS,
      'Interactions on a slow phone',
    );
    expect(lines).toEqual([
      '### 1x',
      '',
      '| interaction | median ms |',
      '| --- | --: |',
      '| Share | 40 |',
      '',
      '### 10x',
      '',
      '| interaction | median ms |',
      '| ----------- | --------: |',
      '| Share       |       104 |',
      '',
    ]);
  });
});
