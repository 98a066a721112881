import { describe, expect, it } from 'vitest';
import {
  DIAGRAM_HEIGHT,
  DIAGRAM_WIDTH,
  layoutRelationships,
  shortTie,
} from '../../src/features/characters/relationship-layout';

describe('relationship diagram layout', () => {
  it('spreads ties evenly round the centre, first at the top, clockwise', () => {
    const { cx, cy, ties } = layoutRelationships(['a', 'b', 'c', 'd']);
    expect(ties.map((t) => t.tie)).toEqual(['a', 'b', 'c', 'd']);
    expect(ties[0]!.x).toBeCloseTo(cx);
    expect(ties[0]!.y).toBeLessThan(cy);
    expect(ties[1]!.x).toBeGreaterThan(cx);
    expect(ties[2]!.y).toBeGreaterThan(cy);
    expect(ties[3]!.x).toBeLessThan(cx);
    expect(ties.map((t) => t.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
  });

  it('keeps every point and label inside the picture, for any number of ties', () => {
    for (let n = 1; n <= 12; n++) {
      for (const t of layoutRelationships(Array.from({ length: n }, (_, i) => i)).ties) {
        expect(t.x).toBeGreaterThan(0);
        expect(t.x).toBeLessThan(DIAGRAM_WIDTH);
        expect(t.labelY).toBeGreaterThan(10);
        expect(t.labelY + 16).toBeLessThan(DIAGRAM_HEIGHT);
      }
    }
  });

  it('one or two ties sit to the sides, not on top of the centre label', () => {
    const one = layoutRelationships(['a']);
    expect(one.ties[0]!.anchor).toBe('start');
    const two = layoutRelationships(['a', 'b']);
    expect(two.ties.map((t) => t.anchor)).toEqual(['start', 'end']);
  });

  it('shortens a long tie at a word boundary', () => {
    expect(shortTie('older sister')).toBe('older sister');
    expect(shortTie('secret ex, who treated him badly')).toBe('secret ex, who…');
    expect(shortTie('secret ex, who treated him badly').length).toBeLessThanOrEqual(22);
  });
});
