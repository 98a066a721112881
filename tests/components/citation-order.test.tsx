/**
 * A page numbers its citations by the position of each source in its data, which the build
 * lists in the order the rendered page cites them (scripts/compile/citation-order.ts): reading
 * down any page, each new number is the next one (1, 2, 3…), and every number links to its
 * entry in the page's source list. Here the pages are drawn as the browser draws them when the
 * reader moves between pages, from data put in order by the same step the build runs.
 */
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { numberInReadingOrder } from '../../scripts/compile/citation-order';
import { compileSite } from '../../scripts/compile/compile';
import { fixtureContent } from '../fixtures/wiki';
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

const site = compileSite(fixtureContent());

/** The page drawn in the browser, once its sources are listed. */
async function draw(path: string) {
  const view = renderRoute(path, { files: site.files });
  await screen.findByRole('region', { name: 'Sources' }, { timeout: 5000 });
  return view;
}

beforeAll(async () => {
  await numberInReadingOrder(
    site.pages.filter((p) => PAGES.includes(p.path)),
    site.files,
    async (path) => {
      const view = await draw(path);
      const html = view.container.innerHTML;
      view.unmount();
      return { html };
    },
  );
}, 60_000);

describe('citation numbers follow the reading order', { timeout: 15_000 }, () => {
  it.each(PAGES)('%s', async (path) => {
    await draw(path);
    const sources = screen.getByRole('region', { name: 'Sources' });
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
