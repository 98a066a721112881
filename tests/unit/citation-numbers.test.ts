/**
 * Citation numbers come from the build: each page's data lists the sources it cites, and the
 * page numbers them by position. So every id a page cites must be in its list (a missing one
 * would have no number, and its source would be missing from the page's list too), and the list
 * holds nothing the page does not cite. Checked on every page of the fixture wiki and of the
 * wiki's own content. Then the order: every page of the fixture wiki prerendered as the build
 * renders it, its sources put in the order its text cites them (citation-order.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../scripts/lib/load-content';
import type { Source } from '../../src/data/types';
import { citedNumbers, numberInReadingOrder } from '../../scripts/compile/citation-order';
import { compileSite } from '../../scripts/compile/compile';
import { render, setDataReader } from '../../src/entry-server';
import { citedIds } from '../../src/data/wiki-index';
import { fixtureContent, orderedFixture } from '../fixtures/wiki';

type PageFile = { view?: unknown; sources?: Source[] };

/** Pages whose cited ids and listed sources differ, with what is wrong. */
function unnumbered(content: ReturnType<typeof fixtureContent>) {
  const { pages, files } = compileSite(content);
  const wrong: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const data = page.dataKey ? (files.get(page.dataKey) as PageFile) : undefined;
    // The page about a content file lists the file's sources, not a view's.
    if (!data?.sources || page.template === 'contribute-file') continue;
    checked++;
    const listed = data.sources.map((s) => s.id);
    const cited = citedIds(data.view);
    const missing = cited.filter((id) => !listed.includes(id));
    const stray = listed.filter((id) => !cited.includes(id));
    if (new Set(listed).size !== listed.length) wrong.push(`${page.path}: a source listed twice`);
    if (missing.length) wrong.push(`${page.path}: cites ${missing.join(', ')} with no number`);
    if (stray.length) wrong.push(`${page.path}: lists ${stray.join(', ')}, cited nowhere on it`);
  }
  return { wrong, checked };
}

describe('every id cited on every page gets a number', () => {
  it('on the fixture wiki', () => {
    const { wrong, checked } = unnumbered(fixtureContent());
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it("on the wiki's own content", () => {
    const { wrong, checked } = unnumbered(loadCheckedContent());
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

describe('the build numbers every page in reading order', { timeout: 30_000 }, () => {
  const ids = (files: ReadonlyMap<string, unknown>, key: string) =>
    (files.get(key) as PageFile).sources?.map((s) => s.id) ?? [];

  it('on every page of the fixture wiki, reordering where its builder’s walk differs', async () => {
    // numberInReadingOrder throws unless every page's numbers read 1, 2, 3…
    const ordered = await orderedFixture();
    const walked = compileSite(fixtureContent());
    const moved = ordered.pages.filter(
      (p) =>
        p.dataKey && ids(ordered.files, p.dataKey).join() !== ids(walked.files, p.dataKey).join(),
    );
    // Ana's view holds her biography before who plays her; her page shows who plays her first.
    expect(moved.map((p) => p.path)).toContain('/characters/ana-lead/');
    for (const page of moved)
      expect(new Set(ids(ordered.files, page.dataKey!))).toEqual(
        new Set(ids(walked.files, page.dataKey!)),
      );
  });

  it('puts any order of a page’s sources back in reading order', async () => {
    const ordered = await orderedFixture();
    const site = compileSite(fixtureContent());
    setDataReader(async (key) => structuredClone(site.files.get(key)));
    try {
      for (const path of ['/characters/ana-lead/', '/release/', '/']) {
        const page = site.pages.find((p) => p.path === path)!;
        const data = site.files.get(page.dataKey!) as PageFile;
        site.files.set(page.dataKey!, { ...data, sources: [...data.sources!].reverse() });
        const { rendered } = await numberInReadingOrder([page], site.files, (p) => render(p));
        // Those its text cites, in that order; any it does not follow in the order they were in.
        const cited = new Set(citedNumbers(rendered.get(path)!.html)).size;
        expect(ids(site.files, page.dataKey!).slice(0, cited), path).toEqual(
          ids(ordered.files, page.dataKey!).slice(0, cited),
        );
        expect(cited, path).toBeGreaterThan(1);
      }
    } finally {
      setDataReader(undefined);
    }
  });
});
