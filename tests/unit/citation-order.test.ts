/**
 * A page's sources in the order its reader meets them, read from the rendered page
 * (scripts/compile/citation-order.ts): numbers are matched to sources through the page's source
 * list, ordered by first citation, and anything the text does not cite keeps its place after.
 */
import { describe, expect, it } from 'vitest';
import {
  citationMarks,
  citedLists,
  citedNumbers,
  numberedIds,
  numberingProblems,
  readingOrder,
  unnumberedIds,
} from '../../scripts/compile/citation-order';

const source = (id: string, title = `Title of ${id}`) => ({
  id,
  url: `https://example.org/${id}?a=1&b=2`,
  title,
});
const A = source('a');
const B = source('b');
const C = source('c');
const D = source('d', 'Ben & Nick’s "day" <out>');

/** A citation as <Cite> renders it. */
const cite = (...ns: number[]) =>
  `<sup class="cite">${ns.map((n) => `<a href="#source-${n}" aria-label="Source ${n}: X">[${n}]</a>`).join('')}</sup>`;
const escape = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
/** The page's source list as <SourceList> renders it, one entry per source, numbered from 1. */
const list = (...sources: { url: string; title: string }[]) =>
  `<section class="sources" aria-labelledby="sources-heading"><h2 id="sources-heading">Sources</h2><ol>${sources
    .map(
      (s, i) =>
        `<li id="source-${i + 1}">Publisher<!-- -->,<!-- --> <a href="${escape(s.url)}" rel="noopener noreferrer" target="_blank">${escape(s.title)}<span class="visually-hidden"> (opens in a new tab)</span></a>, <!-- -->2024</li>`,
    )
    .join('')}</ol></section>`;

describe('readingOrder', () => {
  it('orders sources by their first citation in the text', () => {
    // The data lists a, b, c; the page cites c first, then a, then c again and b.
    const html = `<p>One${cite(3)}</p><p>Two${cite(1, 3)}</p><p>Three${cite(2)}</p>${list(A, B, C)}`;
    expect(citedNumbers(html)).toEqual([3, 1, 3, 2]);
    expect(readingOrder(html, [A, B, C])).toEqual(['c', 'a', 'b']);
  });

  it('keeps an order that already reads 1, 2, 3', () => {
    const html = `<p>${cite(1)}${cite(2)}</p><p>${cite(1, 3)}</p>${list(A, B, C)}`;
    expect(readingOrder(html, [A, B, C])).toEqual(['a', 'b', 'c']);
    expect(numberingProblems(html)).toEqual([]);
  });

  it('puts sources the text does not cite after the rest, in their own order', () => {
    const html = `<p>${cite(4)}${cite(2)}</p>${list(A, B, C, D)}`;
    expect(readingOrder(html, [A, B, C, D])).toEqual(['d', 'b', 'a', 'c']);
  });

  it('reads the numbers of a page that lists only some of its sources (the reader’s day)', () => {
    // The page shows b and d of a, b, c, d, numbered 1 and 2: d is cited first.
    const html = `<p>${cite(2)}</p><p>${cite(1)}</p>${list(B, D)}`;
    expect([...numberedIds(html, [A, B, C, D])]).toEqual([
      [1, 'b'],
      [2, 'd'],
    ]);
    expect(readingOrder(html, [A, B, C, D])).toEqual(['d', 'b', 'a', 'c']);
  });

  it('tells apart two sources at one address by their titles', () => {
    const same = { ...B, url: A.url };
    const html = `<p>${cite(1)}</p>${list(same)}`;
    expect(readingOrder(html, [A, same])).toEqual(['b', 'a']);
  });

  it('refuses a page whose list or citations it cannot match to the data', () => {
    expect(() => readingOrder(`<p>${cite(1)}</p>${list(C)}`, [A, B])).toThrow(/none of its data/);
    expect(() => readingOrder(`<p>${cite(2)}</p>${list(A)}`, [A, B])).toThrow(/\[2\] has no entry/);
    expect(() => readingOrder(list(A), [A, { ...A, id: 'twin' }])).toThrow(
      /same address and title/,
    );
  });

  it('numbers sources a mark is the first to cite in the order the view lists them', () => {
    // One mark cites a, b and c at once: the page shows [1][2][3] whichever is which.
    const html = `<p>${cite(1, 2, 3)}</p>${list(A, B, C)}`;
    expect(readingOrder(html, [A, B, C])).toEqual(['a', 'b', 'c']);
    expect(readingOrder(html, [A, B, C], [['a'], ['c', 'b', 'a']])).toEqual(['c', 'b', 'a']);
    // A mark that gathers several lists (a portrayal's credits) takes them in turn.
    expect(readingOrder(html, [A, B, C], [['d'], ['c'], ['b', 'c'], ['a']])).toEqual([
      'c',
      'b',
      'a',
    ]);
    // Only the sources it is the first to cite: a is cited before it.
    const later = `<p>${cite(1)}</p><p>${cite(1, 2, 3)}</p>${list(A, B, C)}`;
    expect(readingOrder(later, [A, B, C], [['c', 'a', 'b']])).toEqual(['a', 'c', 'b']);
  });

  it('ignores a page with no citations', () => {
    expect(readingOrder('<p>Nothing cited.</p>', [])).toEqual([]);
    expect(numberingProblems('<p>Nothing cited.</p>')).toEqual([]);
  });
});

describe('numberingProblems', () => {
  it('names a number that comes before its turn, and a number with no source listed', () => {
    const html = `<p>${cite(2)}${cite(1)}${cite(3)}</p>${list(A, B)}`;
    expect(numberingProblems(html)).toEqual(['numbers read 2, 1, 3', '[3] has no source listed']);
  });
});

describe('citationMarks and citedLists', () => {
  it('read the marks of a page and the id lists of a view, in order', () => {
    expect(citationMarks(`<p>${cite(2, 3)}</p><p>${cite(1)}</p>`)).toEqual([[2, 3], [1]]);
    const view = { a: { sources: ['x', 'y'] }, b: [{ noteSources: ['z'] }, { source: 'w' }] };
    expect(citedLists(view)).toEqual([['x', 'y'], ['z']]);
  });
});

describe('unnumberedIds', () => {
  it('names ids cited in a view that its sources leave out', () => {
    const data = {
      view: {
        facts: [{ sources: ['a', 'b'] }],
        note: { noteSources: ['c'] },
        pick: { source: 'd' },
      },
      sources: [A, B, D],
    };
    expect(unnumberedIds(data)).toEqual(['c']);
    expect(unnumberedIds({ view: {} })).toEqual([]);
  });
});
