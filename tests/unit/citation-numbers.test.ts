/**
 * Citation numbers come from the compiler: each page's data lists the sources it cites in reading
 * order, and the page numbers them by position. So every id a page cites must be in its list (a
 * missing one would have no number, and its source would be missing from the page's list too),
 * and the list holds nothing the page does not cite. Checked on every page of the fixture wiki
 * and of the wiki's own content.
 */
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../scripts/compile/compile';
import { loadCheckedContent } from '../../scripts/lib/load-content';
import type { Source } from '../../src/data/types';
import { citedIds, indexContent, sourcesFor } from '../../src/data/wiki-index';

import { fixtureContent } from '../fixtures/wiki';

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

  it('lists sources in reading order, and numbers an id the order leaves out after the rest', () => {
    const index = indexContent(fixtureContent());
    const view = { later: { sources: ['blog-2022'] }, first: { sources: ['paper-2023'] } };
    const ordered = sourcesFor(view, index, [['paper-2023'], ['paper-2022']]);
    expect(ordered.map((s) => s.id)).toEqual(['paper-2023', 'paper-2022', 'blog-2022']);
  });
});
