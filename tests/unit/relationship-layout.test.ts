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
      const layout = layoutRelationships(Array.from({ length: n }, (_, i) => i));
      expect(layout.height).toBeLessThanOrEqual(DIAGRAM_HEIGHT);
      // The centre's own name, under its dot.
      expect(layout.cy + 30 + 4).toBeLessThan(layout.height);
      for (const t of layout.ties) {
        expect(t.x).toBeGreaterThan(0);
        expect(t.x).toBeLessThan(DIAGRAM_WIDTH);
        expect(t.labelY).toBeGreaterThan(10);
        expect(t.labelY + 16).toBeLessThan(layout.height);
      }
    }
  });

  it('one or two ties sit to the sides, not on top of the centre label, in a shorter picture', () => {
    const one = layoutRelationships(['a']);
    expect(one.height).toBeLessThan(layoutRelationships(['a', 'b', 'c']).height);
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
