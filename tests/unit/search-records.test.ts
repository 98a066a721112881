import { describe, expect, it } from 'vitest';
import books from '../../src/data/json/books.json';
import characters from '../../src/data/json/characters.json';
import events from '../../src/data/json/events.json';
import people from '../../src/data/json/people.json';
import predictions from '../../src/data/json/predictions.json';
import screens from '../../src/data/json/screens.json';
import sources from '../../src/data/json/sources.json';
import type { SearchData } from '../../src/features/search/documents';
import { buildSearchRecords } from '../../src/features/search/documents';
import { groupByKind } from '../../src/features/search/kinds';
import {
  isSearchShortcut,
  isTypingTarget,
  nextActive,
} from '../../src/features/search/combobox-keys';
import { createSearchIndex } from '../../src/lib/search-engine';

const data = {
  people,
  characters,
  books,
  screens,
  events,
  predictions,
  sources,
} as unknown as SearchData;
const records = buildSearchRecords(data);

describe('search records', () => {
  it('covers every person, character, volume, screen entry, event and prediction once', () => {
    const count = (kind: string) => records.filter((r) => r.kind === kind).length;
    expect(count('person')).toBe(people.length);
    expect(count('character')).toBe(characters.length);
    expect(count('volume')).toBe(books.volumes.length + books.related.length);
    expect(count('screen')).toBe(screens.length);
    expect(count('event')).toBe(events.length);
    expect(count('prediction')).toBe(predictions.length);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('never puts spoiler-tagged text in the line the header shows', () => {
    const tagged = records.flatMap((r) => r.snippets.filter((s) => s.reveal).map((s) => s.text));
    expect(tagged.length).toBeGreaterThan(0);
    for (const record of records) {
      for (const text of tagged) expect(record.line).not.toContain(text);
    }
  });

  it('describes a character by who plays them', () => {
    const charlie = records.find((r) => r.id === 'character:charlie-spring')!;
    expect(charlie.line).toBe('Character · played by Joe Locke');
    expect(charlie.href).toBe('/characters/charlie-spring');
  });

  it('groups hits by kind, the group with the best hit first, rank kept within groups', () => {
    const hits = createSearchIndex(records).search('nelson');
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
});
