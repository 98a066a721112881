import { describe, expect, it } from 'vitest';
import people from '../../src/data/json/people.json';
import characters from '../../src/data/json/characters.json';
import { foldWords, foldWithOffsets } from '../../src/lib/fold';
import { highlightRanges, splitByRanges } from '../../src/lib/highlight';
import { closestNames, editDistance } from '../../src/lib/fuzzy';
import { createSearchIndex, Tier, typosAllowed } from '../../src/lib/search-engine';

const records = [
  ...people.map((p) => ({
    id: `person:${p.slug}`,
    title: p.name,
    aliases: p.searchAliases,
    text: p.summary?.text ?? '',
  })),
  ...characters.map((c) => ({
    id: `character:${c.slug}`,
    title: c.name,
    aliases: c.searchAliases,
    text: c.summary.text,
  })),
];
const index = createSearchIndex(records);
const top = (query: string) => index.search(query)[0]?.record.title;
const titles = (query: string) => index.search(query).map((h) => h.record.title);

describe('folding', () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldWords("Stéphane  O'NEIL-Hyde")).toEqual(['stephane', 'o', 'neil', 'hyde']);
    expect(foldWords('ÉLODIE Ångström')).toEqual(['elodie', 'angstrom']);
  });

  it('knows where each folded letter came from', () => {
    const { text, starts, ends } = foldWithOffsets('Zoë');
    expect(text).toBe('zoe');
    expect(starts).toEqual([0, 1, 2]);
    expect(ends).toEqual([1, 2, 3]);
  });
});

describe('matching that forgives', () => {
  it.each([
    ['nic', 'Nick Nelson'],
    ['NICK', 'Nick Nelson'],
    ['charlei', 'Charlie Spring'],
    ['elle argnet', 'Elle Argent'],
    ['stephane fry', 'Stephen Fry'],
    ['oseman', 'Alice Oseman'],
    ['osman', 'Alice Oseman'],
    ['nicholas', 'Nick Nelson'],
    ['charles', 'Charlie Spring'],
    ['olivia coleman', 'Olivia Colman'],
    ['argent', 'Elle Argent'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it('finds a character by surname alone, with the family listed together', () => {
    const springs = titles('spring').slice(0, 4);
    expect(springs.sort()).toEqual([
      'Charlie Spring',
      'Jane Spring',
      'Julio Spring',
      'Tori Spring',
    ]);
  });

  it('ranks exact names above prefixes above typos above descriptions', () => {
    const hits = index.search('nick');
    expect(hits[0]?.record.title).toBe('Nick Nelson');
    expect(hits[0]?.tier).toBe(Tier.exactWords);
    const tiers = hits.map((h) => h.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(index.search('Nick Nelson')[0]?.tier).toBe(Tier.wholeName);
    expect(index.search('nic')[0]?.tier).toBe(Tier.prefixWords);
    expect(index.search('charlei')[0]?.tier).toBe(Tier.looseName);
  });

  it('does not let typo tolerance drown an exact hit', () => {
    // "tao" is short: no typos allowed, so it does not also match "tara" or "tori".
    expect(titles('tao')).toEqual(['Tao Xu']);
    expect(titles('kit')[0]).toBe('Kit Connor');
  });

  it('puts a name hit above a record that only mentions the word', () => {
    const small = createSearchIndex([
      {
        id: 'a',
        title: 'Ann Lee',
        aliases: [],
        text: 'Plays rugby for the school, rugby every day.',
      },
      { id: 'b', title: 'Rugby Smith', aliases: [], text: '' },
    ]);
    expect(small.search('rugby').map((h) => [h.record.id, h.tier])).toEqual([
      ['b', Tier.exactWords],
      ['a', Tier.text],
    ]);
    expect(small.search('rugby', { limit: 1 }).map((h) => h.record.id)).toEqual(['b']);
  });

  it('scales typo tolerance with word length', () => {
    expect([typosAllowed('tao'), typosAllowed('elle'), typosAllowed('charlie')]).toEqual([0, 1, 2]);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  --  ')).toEqual([]);
  });
});

describe('highlighting', () => {
  it('marks the typed beginning of a word in the original text, accents kept', () => {
    const text = 'Stéphane Nelson';
    const pieces = splitByRanges(text, highlightRanges(text, ['steph', 'nel']));
    expect(pieces).toEqual([
      { text: 'Stéph', hit: true },
      { text: 'ane ', hit: false },
      { text: 'Nel', hit: true },
      { text: 'son', hit: false },
    ]);
  });

  it('marks a word matched with a typo whole', () => {
    const text = 'Elle Argent';
    const pieces = splitByRanges(text, highlightRanges(text, ['argnet'], ['argent']));
    expect(pieces).toEqual([
      { text: 'Elle ', hit: false },
      { text: 'Argent', hit: true },
    ]);
  });

  it('marks nothing when nothing matches', () => {
    expect(highlightRanges('Tao Xu', ['nick'])).toEqual([]);
  });
});

describe('did you mean', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('argnet', 'argent')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the closest names and nothing far away', () => {
    const names = characters.map((c) => ({ name: c.name, aliases: c.searchAliases }));
    expect(closestNames('charly sprng', names)[0]).toBe('Charlie Spring');
    expect(closestNames('zzzzzz', names)).toEqual([]);
  });
});
