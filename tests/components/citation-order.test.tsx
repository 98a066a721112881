/**
 * A page numbers its citations by the position of each source in its data, which the compiler
 * lists in reading order: reading down any page, each new number is the next one (1, 2, 3…),
 * and every number links to its entry in the page's source list.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

const PAGES = [
  '/',
  '/characters/ana-lead/',
  '/cast/alex-actor/',
  '/volumes/',
  '/volumes/1/',
  '/seasons/season-1/',
  '/seasons/season-1/episodes/1/',
  '/places/the-school/',
  '/awards/',
  '/release/',
];

describe('citation numbers follow the reading order', { timeout: 15_000 }, () => {
  it.each(PAGES)('%s', async (path) => {
    renderRoute(path);
    const sources = await screen.findByRole('region', { name: 'Sources' }, { timeout: 5000 });
    const listed = within(sources).getAllByRole('listitem');
    const numbers = screen
      .getAllByRole('link', { name: /^Source \d+:/ })
      .map((a) => Number(a.getAttribute('href')!.replace('#source-', '')));
    const firsts = numbers.filter((n, i) => numbers.indexOf(n) === i);
    expect(firsts).toEqual(firsts.map((_, i) => i + 1));
    // Every source listed is cited above it, and every number has its entry.
    expect(firsts).toHaveLength(listed.length);
  });
});
