import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanedSearch,
  EMPTY_VIEW,
  FILTER_KEYS,
  FILTER_VALUES,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  parseViewParams,
  serialiseViewParams,
  SORT_VALUES,
  toggleFilter,
  type ViewState,
} from '../../src/components/filters/view-params';
import { applyFacets, facetCounts, type Facet } from '../../src/lib/facets';

const RUNS = { numRuns: 1000 };

/** Any canonical view: filter values in their listed order, a query the URL can carry. */
const viewArb: fc.Arbitrary<ViewState> = fc.record({
  q: fc
    .string({ unit: 'grapheme', maxLength: MAX_QUERY_LENGTH })
    // eslint-disable-next-line no-control-regex
    .filter((s) => !/[\u0000-\u001F\u007F-\u009F]/.test(s)),
  season: fc.subarray([...FILTER_VALUES.season]),
  volume: fc.subarray([...FILTER_VALUES.volume]),
  role: fc.subarray([...FILTER_VALUES.role]),
  type: fc.subarray([...FILTER_VALUES.type]),
  verdict: fc.subarray([...FILTER_VALUES.verdict]),
  sort: fc.constantFrom(...SORT_VALUES),
  page: fc.integer({ min: 1, max: MAX_PAGE }),
}) as fc.Arbitrary<ViewState>;

/** Query strings built from real keys, junk keys and junk values, %-escapes broken or not. */
const junkKey = fc.constantFrom(
  'q',
  'season',
  'volume',
  'role',
  'sort',
  'type',
  'verdict',
  '__proto__',
  'constructor',
  'x',
  '',
);
const junkValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '1',
    'film',
    '9',
    '__proto__',
    'toString',
    '%',
    '%E0%A4%A',
    '%zz',
    'main',
    'first',
  ),
);
const queryStringArb = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.tuple(junkKey, junkValue), { maxLength: 12 })
    .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);

describe('view parameters', () => {
  it('reads repeated keys, in the canonical order', () => {
    const view = parseViewParams('?season=film&season=1&role=guest&sort=first&q=nick');
    expect(view).toEqual({
      ...EMPTY_VIEW,
      q: 'nick',
      season: ['1', 'film'],
      role: ['guest'],
      sort: 'first',
    });
  });

  it('drops unknown keys and invalid values', () => {
    expect(
      parseViewParams('season=9&season=__proto__&volume=0&role=star&sort=up&colour=red'),
    ).toEqual(EMPTY_VIEW);
  });

  it('survives broken %-encoding', () => {
    expect(() => parseViewParams('q=%E0%A4%A&season=%')).not.toThrow();
    expect(parseViewParams('q=%E0%A4%A').q).toContain('%');
  });

  it('cuts a 5,000-character query to the limit', () => {
    expect(parseViewParams(`q=${'a'.repeat(5000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('ignores keys the page does not use', () => {
    expect(parseViewParams('q=tao&verdict=right', ['q'])).toEqual({ ...EMPTY_VIEW, q: 'tao' });
  });

  it('writes nothing for the default view and repeats keys for several choices', () => {
    expect(serialiseViewParams(EMPTY_VIEW)).toBe('');
    expect(serialiseViewParams({ ...EMPTY_VIEW, q: 'elle argent', season: ['1', '2'] })).toBe(
      'q=elle+argent&season=1&season=2',
    );
  });

  it('says how to clean a bad URL, and leaves a clean one alone', () => {
    expect(cleanedSearch('?season=9&q=nick&junk=1')).toBe('q=nick');
    expect(cleanedSearch('?q=nick&season=2')).toBeNull();
    expect(cleanedSearch('')).toBeNull();
  });

  it('toggles a filter on and off, keeping the canonical order', () => {
    const on = toggleFilter(toggleFilter(EMPTY_VIEW, 'season', 'film'), 'season', '1');
    expect(on.season).toEqual(['1', 'film']);
    expect(toggleFilter(on, 'season', 'film').season).toEqual(['1']);
  });

  it('reads a page number only in its plain form, and leaves page 1 out of the URL', () => {
    expect(parseViewParams('page=3').page).toBe(3);
    for (const bad of ['page=0', 'page=03', 'page=-2', 'page=2.5', 'page=abc', 'page=999999'])
      expect(parseViewParams(bad).page, bad).toBe(1);
    expect(serialiseViewParams({ ...EMPTY_VIEW, page: 1 })).toBe('');
    expect(serialiseViewParams({ ...EMPTY_VIEW, q: 'nick', page: 2 })).toBe('q=nick&page=2');
    expect(cleanedSearch('?page=01&q=a')).toBe('q=a');
  });

  it('property: parse(serialise(view)) is the view', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(parseViewParams(serialiseViewParams(view))).toEqual(view);
      }),
      RUNS,
    );
  });

  it('property: parsing any string never throws and yields only allowed values', () => {
    fc.assert(
      fc.property(queryStringArb, (input) => {
        const view = parseViewParams(input);
        expect(Object.keys(view).sort()).toEqual(Object.keys(EMPTY_VIEW).sort());
        for (const key of FILTER_KEYS) {
          const allowed: readonly string[] = FILTER_VALUES[key];
          expect(view[key].every((v) => allowed.includes(v))).toBe(true);
          expect(new Set(view[key]).size).toBe(view[key].length);
        }
        expect(SORT_VALUES).toContain(view.sort);
        expect(Number.isInteger(view.page) && view.page >= 1 && view.page <= MAX_PAGE).toBe(true);
        expect(Array.from(view.q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        // Cleaning is stable: a cleaned URL needs no further cleaning.
        expect(cleanedSearch(serialiseViewParams(view))).toBeNull();
      }),
      RUNS,
    );
  });
});

describe('facets', () => {
  interface Item {
    name: string;
    seasons: string[];
    role: string;
  }
  const items: Item[] = [
    { name: 'a', seasons: ['1', '2'], role: 'main' },
    { name: 'b', seasons: ['2'], role: 'guest' },
    { name: 'c', seasons: ['3'], role: 'main' },
  ];
  const facets: Facet<Item>[] = [
    { key: 'season', values: (i) => i.seasons },
    { key: 'role', values: (i) => [i.role] },
  ];
  const options = { season: ['1', '2', '3'], role: ['main', 'guest'] };

  it('ORs choices within a group and ANDs groups', () => {
    const names = (sel: Record<string, string[]>) =>
      applyFacets(items, facets, sel).map((i) => i.name);
    expect(names({ season: ['1', '3'] })).toEqual(['a', 'c']);
    expect(names({ season: ['2'], role: ['main'] })).toEqual(['a']);
    expect(names({})).toEqual(['a', 'b', 'c']);
  });

  it('counts what each choice would give if ticked, everything else as it is', () => {
    const counts = facetCounts(items, facets, { role: ['main'] }, options);
    // Within main roles: a is in seasons 1 and 2, c in season 3.
    expect(counts.season).toEqual({ '1': 1, '2': 1, '3': 1 });
    // Ticking guest as well would show main or guest: all three.
    expect(counts.role).toEqual({ main: 2, guest: 3 });
  });

  it('property: a count is exactly the length of the list ticking that choice gives', () => {
    const item = fc.record({
      seasons: fc.subarray(options.season),
      role: fc.constantFrom(...options.role),
    });
    const selection = fc.record({
      season: fc.subarray(options.season),
      role: fc.subarray(options.role),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), selection, (list, sel) => {
        const all = list.map((i, n) => ({ ...i, name: String(n) }));
        const counts = facetCounts(all, facets, sel, options);
        for (const key of ['season', 'role'] as const) {
          for (const option of options[key]) {
            if (sel[key].includes(option)) continue;
            const ticked = { ...sel, [key]: [...sel[key], option] };
            expect(counts[key]![option]).toBe(applyFacets(all, facets, ticked).length);
          }
        }
      }),
      RUNS,
    );
  });
});
