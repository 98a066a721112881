/**
 * Preview cards: what each page's card says, that it is drawn at the size link previews use
 * and small enough to load fast, that a rebuild draws only the cards that changed, and which
 * pages keep their own card when a wiki outgrows the cap.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSite } from '../../scripts/compile/compile';
import { FONT_COVERAGE } from '../../scripts/cards/card-layout';
import { cardText } from '../../scripts/cards/card-text';
import { cardJob, cardPath, drawCard, pagesWithCards, writeCards } from '../../scripts/cards/cards';
import { loadCheckedContent } from '../../scripts/lib/load-content';
import { builtPages, spoilerTexts } from '../fixtures/built-pages';
import { compiledFixture } from '../fixtures/wiki';

const pages = builtPages(compiledFixture());
const text = (path: string) => cardText(pages.find((p) => p.path === path)!);

/** Width and height from a PNG's header. */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const temp: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hs-cards-'));
  temp.push(dir);
  return dir;
};
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('what a card says', () => {
  it('the kind of page, the name and the page’s spoiler-free description', () => {
    expect(text('/characters/ana-lead/')).toEqual({
      kind: 'Character',
      name: 'Ana Lead',
      summary: pages.find((p) => p.path === '/characters/ana-lead/')!.meta.description,
    });
    expect(text('/seasons/season-1/episodes/2/')).toMatchObject({
      kind: 'Season 1 · Episode 2',
    });
    expect(text('/seasons/season-1/episodes/2/').name).not.toMatch(/Season/);
    expect(text('/seasons/heartstopper-forever/').kind).toBe('Film');
    expect(text('/seasons/season-2/').kind).toBe('Season');
    expect(text('/cast/alex-actor/').kind).toBe('Cast');
    expect(text('/cast/cass-crew/').kind).toMatch(/^Crew · /);
    expect(text('/places/the-school/').kind).toBe('Place in the story');
    expect(text('/places/real-academy/').kind).toBe('Filming location');
    expect(text('/volumes/1/')).toMatchObject({ kind: 'Graphic novel', name: 'Volume 1' });
    expect(text('/characters/').kind).toBe('List');
  });

  it('every page has one, with text on every line', () => {
    for (const p of pages) {
      const t = cardText(p);
      expect(t.kind, p.path).not.toBe('');
      expect(t.name, p.path).not.toBe('');
      expect(t.summary, p.path).not.toBe('');
    }
  });

  it('no card shows any text the spoiler shield can hide', () => {
    let checked = 0;
    for (const p of pages) {
      const card = JSON.stringify(cardText(p));
      for (const text of spoilerTexts(p)) {
        checked++;
        expect(card, `${p.path}: ${text}`).not.toContain(text);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('the card of a page about a spoiler-tagged prediction never quotes its claim', () => {
    const paris = text('/contribute/predictions/s2-paris/');
    expect(JSON.stringify(paris)).not.toContain('Paris');
    expect(paris).toMatchObject({ kind: 'Content file', name: 'Edit a prediction' });
    expect(text('/contribute/predictions/s2-dot/').name).toContain('The dog appears in season 2');
  });

  it('the bundled font draws every letter of every card of the real wiki', () => {
    const real = builtPages(compileSite(loadCheckedContent()));
    const missing = real.flatMap((p) => {
      const t = cardText(p);
      return [t.kind, t.name, t.summary].filter((s) => !FONT_COVERAGE.test(s));
    });
    expect(missing).toEqual([]);
    expect(FONT_COVERAGE.test('Zoë’s “café” – £5')).toBe(true);
    expect(FONT_COVERAGE.test('Ōsaka')).toBe(false);
  });
});

describe('drawing', () => {
  it('a card is a 1200×630 PNG under 150 KB, even with the longest name and summary', async () => {
    const png = await drawCard({
      kind: 'Season 3 · Episode 4',
      name: 'A very long page title that has to wrap onto a second line to fit',
      summary: 'W'.repeat(20) + ' a description at the longest a page may have. '.repeat(4),
    });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(150 * 1024);
  });

  it('the same text gives the same bytes and the same address; other text, another address', async () => {
    const t = text('/characters/ana-lead/');
    expect(await drawCard(t)).toEqual(await drawCard(t));
    expect(cardJob('/characters/ana-lead/', t).ref.path).toBe(
      cardJob('/characters/ana-lead/', t).ref.path,
    );
    expect(cardJob('/characters/ana-lead/', { ...t, summary: 'Changed.' }).ref.path).not.toBe(
      cardJob('/characters/ana-lead/', t).ref.path,
    );
  });

  it('a card’s address follows its page’s', () => {
    expect(cardPath('/', 'abcdef0123456789')).toBe('/cards/home.abcdef0123.png');
    expect(cardPath('/seasons/season-1/episodes/2/', 'abcdef0123456789')).toBe(
      '/cards/seasons/season-1/episodes/2.abcdef0123.png',
    );
  });

  it('a rebuild draws only the cards whose text changed, and copies the rest from the cache', async () => {
    const cache = tempDir();
    const jobs = pages.slice(0, 3).map((p) => cardJob(p.path, cardText(p)));
    const first = await writeCards(jobs, tempDir(), cache);
    expect(first).toMatchObject({ cards: 3, drawn: 3 });
    expect(first.largest).toBeLessThan(150 * 1024);

    const dist = tempDir();
    const changed = { ...jobs[0]!.text, summary: 'A new description.' };
    const again = await writeCards(
      [...jobs.slice(1), cardJob(pages[0]!.path, changed)],
      dist,
      cache,
    );
    expect(again).toMatchObject({ cards: 3, drawn: 1 });
    expect(readdirSync(cache).filter((f) => f.endsWith('.png'))).toHaveLength(4);
    const written = join(dist, jobs[1]!.ref.path);
    expect(readFileSync(written)).toEqual(readFileSync(join(cache, `${jobs[1]!.hash}.png`)));
  });
});

describe('the cap', () => {
  it('past it, the pages about content files give up their cards first, then the rest in site order', () => {
    const site = compiledFixture().pages;
    const all = pagesWithCards(site);
    expect(all.size).toBe(site.length);
    const readers = site.filter((p) => p.template !== 'contribute-file');
    const some = pagesWithCards(site, readers.length + 1);
    expect([...some].filter((p) => p.template === 'contribute-file')).toHaveLength(1);
    expect([...pagesWithCards(site, 2)]).toEqual(readers.slice(0, 2));
  });
});
