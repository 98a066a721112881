import { describe, expect, it } from 'vitest';
import { repairPath } from '../../src/lib/url';

describe('repairPath', () => {
  it('leaves a path that decodes alone', () => {
    expect(repairPath('/characters/charlie-spring')).toBeNull();
    expect(repairPath('/cast/st%C3%A9phane')).toBeNull();
  });

  it('escapes only the segments with broken %-encoding, so they decode to what was typed', () => {
    const repaired = repairPath('/characters/%E0%A4%A');
    expect(repaired).toBe('/characters/%25E0%25A4%25A');
    expect(decodeURIComponent(repaired!)).toBe('/characters/%E0%A4%A');
    expect(repairPath('/cast/%/st%C3%A9phane')).toBe('/cast/%25/st%C3%A9phane');
  });
});
