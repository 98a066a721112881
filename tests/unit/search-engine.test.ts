import { describe, expect, it } from 'vitest';
import { foldWords, foldWithOffsets } from '../../src/lib/fold';
import { highlightRanges, splitByRanges } from '../../src/lib/highlight';
import { closestNames, editDistance } from '../../src/lib/fuzzy';
import {
  createNameIndex,
  createSearchIndex,
  loadNameIndex,
  Tier,
  typosAllowed,
} from '../../src/lib/search-engine';

/** Names like the wiki's, with the aliases the content keeps. */
const NAMES: [string, string[], string][] = [
  ['Nick Nelson', ['Nicholas', 'Nelson'], 'A rugby player in Year 11.'],
  ['Charlie Spring', ['Charles', 'Spring'], 'A Year 10 pupil who plays the drums.'],
  ['Tori Spring', ['Spring'], "Charlie's older sister."],
  ['Jane Spring', ['Spring'], "Charlie's mother."],
  ['Julio Spring', ['Spring'], "Charlie's father."],
  ['Sarah Nelson', ['Nelson'], "Nick's mother."],
  ['Elle Argent', ['Argent'], 'An artist at Higgs.'],
  ['Tao Xu', ['Xu'], "Charlie's best friend."],
  ['Tara Jones', ['Jones'], 'Darcy’s girlfriend.'],
  ['Alice Oseman', ['Alice Osman'], 'Creator and writer of the series.'],
  ['Olivia Colman', ['Olivia Coleman'], 'Plays Sarah Nelson.'],
  ['Stephen Fry', [], 'Voices the headmaster.'],
  ['Stéphane Nelson', [], "Nick's father."],
  ['Kit Connor', [], 'Plays Nick.'],
];
const records = NAMES.map(([title, aliases, text], i) => ({ id: `r${i}`, title, aliases, text }));
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
    const names = records.map((r) => ({ name: r.title, aliases: r.aliases }));
    expect(closestNames('charly sprng', names)[0]).toBe('Charlie Spring');
    expect(closestNames('zzzzzz', names)).toEqual([]);
  });
});

describe('a name index serialised at build time', () => {
  it('answers the same once loaded, without indexing again', () => {
    const built = createNameIndex(records);
    const loaded = loadNameIndex(records, JSON.parse(JSON.stringify(built.toJSON())));
    for (const query of ['nic', 'charlei', 'spring', 'stephane fry', 'osman']) {
      expect(loaded.search(query).map((h) => [h.record.id, h.tier])).toEqual(
        built.search(query).map((h) => [h.record.id, h.tier]),
      );
    }
    expect(loaded.search('nick nelson')[0]?.tier).toBe(Tier.wholeName);
  });
});
