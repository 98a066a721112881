// @vitest-environment jsdom
/**
 * The search's records, its shards and the client that reads them, on the fixture wiki; and one
 * golden check that the real wiki's search finds each kind of thing.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchFiles, leadOf, packPrefixes } from '../../scripts/compile/search';
import { loadCheckedContent } from '../../scripts/lib/load-content';
import { dataKeys } from '../../src/data/data-keys';
import { indexContent } from '../../src/data/wiki-index';
import { isComposing, nextActive } from '../../src/features/search/combobox-keys';
import { isSearchShortcut, isTypingTarget } from '../../src/features/search/search-keys';
import { buildAzPage, letterOf } from '../../src/features/search/a-z.build';
import { buildSearchRecords, type NameShard } from '../../src/features/search/documents.build';
import { groupByKind } from '../../src/features/search/kinds';
import { createSearchClient } from '../../src/features/search/search-client';
import { createSearchIndex, Tier } from '../../src/lib/search-engine';
import { shardsFor, type SearchManifest } from '../../src/lib/search-shards';
import { fixtureContent } from '../fixtures/wiki';

const content = fixtureContent();
const records = buildSearchRecords(indexContent(content));

describe('search records', () => {
  it('covers every person, character, book, season, episode, place, award, event and prediction once', () => {
    const count = (kind: string) => records.filter((r) => r.kind === kind).length;
    expect(count('person')).toBe(content.people.length);
    expect(count('character')).toBe(content.characters.length);
    expect(count('volume')).toBe(content.volumes.length + content.books.length);
    expect(count('screen')).toBe(content.seasons.length);
    expect(count('episode')).toBe(content.episodes.length);
    expect(count('place')).toBe(content.places.length);
    expect(count('award')).toBe(content.awards.length);
    expect(count('event')).toBe(content.events.length);
    expect(count('prediction')).toBe(content.predictions.length);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('finds an episode by its code and an award by its nominee', () => {
    const index = createSearchIndex(records);
    expect(index.search('s1e2')[0]?.record.title).toBe('Crush');
    expect(index.search('alex actor').map((h) => h.record.kind)).toContain('award');
  });

  it('never puts spoiler-tagged text in the line the header shows', () => {
    const tagged = records.flatMap((r) => r.snippets.filter((s) => s.reveal).map((s) => s.text));
    expect(tagged.length).toBeGreaterThan(0);
    for (const record of records) {
      for (const text of tagged) expect(record.line).not.toContain(text);
    }
  });

  it('describes a character by who plays them', () => {
    const ana = records.find((r) => r.id === 'character:ana-lead')!;
    expect(ana.line).toBe('Character · played by Alex Actor');
    expect(ana.href).toBe('/characters/ana-lead/');
    expect(records.find((r) => r.id === 'character:cy-reader')!.line).toBe(
      'Character · in the books only',
    );
  });

  it('groups hits by kind, the group with the best hit first, rank kept within groups', () => {
    const hits = createSearchIndex(records).search('season');
    const groups = groupByKind(hits);
    expect(groups[0]!.hits[0]).toBe(hits[0]);
    const flat = groups.flatMap((g) => g.hits);
    expect(flat).toHaveLength(hits.length);
    for (const group of groups) {
      const ranks = group.hits.map((h) => hits.indexOf(h));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe('every page, A to Z', () => {
  const view = buildAzPage(indexContent(content)).view;
  const entries = view.letters.flatMap((l) => l.entries);

  it('lists every page of its own once, by name, and none of the list entries', () => {
    const own = records.filter((r) => !r.href.includes('#'));
    expect(entries.map((e) => e.href).sort()).toEqual(own.map((r) => r.href).sort());
    expect(entries.some((e) => e.href.includes('#'))).toBe(false);
    // The lists hold the rest (awards, release events, predictions, the other books).
    expect(view.lists.map((l) => l.label)).toEqual(
      expect.arrayContaining(['Cast', 'Characters', 'Awards', 'Release']),
    );
  });

  it('files each name under its first letter, accents folded, in order, other signs last', () => {
    expect([letterOf('Élodie'), letterOf('zoë'), letterOf('2x04'), letterOf('“Quoted”')]).toEqual([
      'E',
      'Z',
      '#',
      'Q',
    ]);
    const letters = view.letters.map((l) => l.letter);
    expect(letters).toEqual(
      [...letters].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))),
    );
    for (const { letter, entries: list } of view.letters) {
      for (const e of list) expect(letterOf(e.title)).toBe(letter);
      const names = list.map((e) => e.title.toLowerCase());
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });

  it('describes each page by its line, which gives nothing of the story away', () => {
    const ana = entries.find((e) => e.title === 'Ana Lead');
    expect(ana).toEqual({
      title: 'Ana Lead',
      href: '/characters/ana-lead/',
      line: 'Character · played by Alex Actor',
    });
  });
});

describe('combobox keys', () => {
  it('moves through the options and wraps at both ends', () => {
    expect(nextActive('ArrowDown', -1, 3)).toBe(0);
    expect(nextActive('ArrowDown', 2, 3)).toBe(0);
    expect(nextActive('ArrowUp', -1, 3)).toBe(2);
    expect(nextActive('ArrowUp', 0, 3)).toBe(2);
    expect(nextActive('ArrowDown', -1, 0)).toBeNull();
    expect(nextActive('a', 0, 3)).toBeNull();
  });

  it('knows the shortcuts and when the reader is typing elsewhere', () => {
    const key = (
      k: string,
      mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
    ) => ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      ...mods,
    });
    expect(isSearchShortcut(key('/'))).toBe(true);
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('/', { altKey: true }))).toBe(false);

    const text = document.createElement('input');
    const box = document.createElement('input');
    box.type = 'checkbox';
    expect(isTypingTarget(text)).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(box)).toBe(false);
    expect(isTypingTarget(document.createElement('a'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('knows when an input method is composing', () => {
    expect(isComposing({ isComposing: true })).toBe(true);
    expect(isComposing({ keyCode: 229 })).toBe(true);
    expect(isComposing({ isComposing: false, keyCode: 13 })).toBe(false);
  });
});

describe('shards', () => {
  it('packs neighbouring prefixes up to a size, keeping their order', () => {
    const sizes = new Map([
      ['ab', 40],
      ['ac', 40],
      ['ba', 40],
      ['zz', 10],
    ]);
    expect(packPrefixes(sizes, 90)).toEqual([
      ['ab', 'ac'],
      ['ba', 'zz'],
    ]);
    expect(packPrefixes(sizes, 10)).toEqual([['ab'], ['ac'], ['ba'], ['zz']]);
  });

  it('finds the shard of a two-letter prefix, and every shard a one-letter word may be in', () => {
    const ranges: SearchManifest['names'] = [
      ['1', 'ch', 'names-1'],
      ['ci', 'co', 'names-2'],
      ['cr', 'zz', 'names-3'],
    ];
    expect(shardsFor(ranges, 'charlie')).toEqual(['names-1']);
    expect(shardsFor(ranges, 'cole')).toEqual(['names-2']);
    expect(shardsFor(ranges, 'c')).toEqual(['names-1', 'names-2', 'names-3']);
    expect(shardsFor(ranges, 'x')).toEqual(['names-3']);
  });
});

describe('the search client over the built shards', () => {
  const files = buildSearchFiles(indexContent(content));
  const fetched: string[] = [];
  const client = () =>
    createSearchClient(async (key) => {
      fetched.push(key);
      return structuredClone(files.get(key));
    });

  it('indexes each record’s line and first sentence again, and says which kinds are list entries', () => {
    expect(
      leadOf({
        line: 'Character · played by Alex Actor',
        snippets: [{ text: 'Ana leads the story. She plays the drums.' }],
      }),
    ).toBe('Character · played by Alex Actor Ana leads the story.');
    const manifest = files.get(dataKeys.searchManifest) as SearchManifest;
    expect(manifest.anchors).toEqual(['award', 'book', 'event', 'prediction']);
    // A page's size is coarse (log2 of its words), so that an edit seldom changes a name shard.
    const shard = files.get(dataKeys.searchShard('names-1')) as NameShard;
    for (const doc of shard.records) expect(doc.size).toBeLessThan(20);
  });

  it('fetches the manifest and only the name shards a query needs for suggestions', async () => {
    fetched.length = 0;
    const search = client();
    await search.load('ana');
    expect(search.names('ana')[0]?.record.title).toBe('Ana Lead');
    expect(fetched[0]).toBe(dataKeys.searchManifest);
    expect(fetched.every((k) => !k.includes('text-') && !k.includes('details-'))).toBe(true);
  });

  it('finds records by their descriptions, with their details, once asked for the full search', async () => {
    const search = client();
    await search.load('drums', { full: true });
    const hit = search.search('drums')[0]!;
    expect(hit.tier).toBe(Tier.exactText);
    expect(hit.record.title).toBe('Ana Lead');
    const details = await search.details([hit.record.id]);
    expect(details.get(hit.record.id)?.snippets.map((s) => s.text)).toContain(
      'Ana plays the drums.',
    );
  });

  it('downloads again after a failed download, and searches the names when only the descriptions fail', async () => {
    let offline = true;
    const search = createSearchClient(async (key) => {
      if (offline || key.includes('text-')) throw new Error(`offline: ${key}`);
      return structuredClone(files.get(key));
    });
    await expect(search.load('ana')).rejects.toThrow('offline');
    offline = false;
    await search.load('ana');
    expect(search.names('ana')[0]?.record.title).toBe('Ana Lead');
    await expect(search.load('ana', { full: true })).rejects.toThrow('offline');
    expect(search.search('ana')[0]?.record.title).toBe('Ana Lead');
  });

  it('suggests near names when nothing matches', async () => {
    const search = client();
    await search.load('anna leed', { full: true });
    expect(search.search('zzz')).toEqual([]);
    expect(search.closest('anna leed')).toContain('Ana Lead');
  });
});

describe('the real wiki', () => {
  it('finds each kind of thing by name, and the press’s misspellings', () => {
    const real = loadCheckedContent();
    const index = createSearchIndex(buildSearchRecords(indexContent(real)));
    const first = (q: string) => index.search(q)[0]?.record;
    expect(first('Charlie Spring')?.id).toBe('character:charlie-spring');
    expect(first('Journey')?.kind).toBe('episode');
    expect(first('Truham')?.kind).toBe('place');
    expect(first('Yasmine Finney')?.id).toBe('person:yasmin-finney');
    expect(first('Alice Osman')?.id).toBe('person:alice-oseman');
  });
});
