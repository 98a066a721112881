import { describe, expect, it } from 'vitest';
import { foldWords, foldWithOffsets } from '../../src/lib/fold';
import { highlightRanges, splitByRanges } from '../../src/lib/highlight';
import { closestNames, editDistance, withinEdits } from '../../src/lib/fuzzy';
import { parseEpisodeCode } from '../../src/lib/episode-code';
import {
  buildSearchIndex,
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

  it('does not let typo tolerance drown an exact hit', () => {
    // "tao" is short: no typos allowed, so it does not also match "tara" or "tori".
    expect(titles('tao')).toEqual(['Tao Xu']);
    expect(titles('kit')[0]).toBe('Kit Connor');
  });

  it('matches a name by its beginning from two letters, and from one in a short list', () => {
    // One letter would match a tenth of a large wiki on every keystroke.
    expect(titles('n')).toEqual([]);
    expect(titles('ni')[0]).toBe('Nick Nelson');
    const list = createSearchIndex(records, { prefixFrom: 1 });
    expect(list.search('n').map((h) => h.record.title)).toContain('Nick Nelson');
  });

  it('builds a long list’s index in slices, pausing between them, with the same answers', async () => {
    let pauses = 0;
    const sliced = await buildSearchIndex(
      records,
      async () => {
        pauses++;
      },
      { prefixFrom: 1 },
      4,
    );
    // Slices of 4: a pause before each slice after the first.
    expect(records.length).toBeGreaterThan(8);
    expect(pauses).toBe(Math.ceil(records.length / 4) - 1);
    const whole = createSearchIndex(records, { prefixFrom: 1 });
    for (const query of ['n', 'spring', 'nick nelson', 'charlei', 'drums', 'olivia coleman', 'xu'])
      expect(sliced.search(query).map((h) => [h.record.id, h.tier])).toEqual(
        whole.search(query).map((h) => [h.record.id, h.tier]),
      );
    expect(sliced.size).toBe(records.length);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  --  ')).toEqual([]);
  });
});

/**
 * The ranking rules of src/lib/search-engine.ts, one by one, on records shaped like the wiki's:
 * people, characters, episodes with their codes, places, volumes, and list entries (anchors).
 */
describe('ranking rules', () => {
  const rec = (
    id: string,
    title: string,
    aliases: string[],
    text: string,
    extra: { lead?: string; anchor?: boolean; size?: number } = {},
  ) => ({ id, title, aliases, text, ...extra });
  const wiki = createSearchIndex([
    rec('olivia', 'Olivia Colman', ['Olivia Coleman', 'Colman'], 'Plays Sarah Nelson, Nick’s mum.'),
    rec('cormac', 'Cormac Hyde-Corrin', ['Hyde-Corrin'], 'Plays Harry Greene.'),
    rec('colmen', 'Olivia Colmen', [], 'Another actor, one letter away.'),
    rec('alice', 'Alice Oseman', ['Alice Osman', 'Oseman'], 'Creator of the series.'),
    rec('award', 'Emmy Awards 2022: Guest Performance', ['Olivia Colman'], '', { anchor: true }),
    rec(
      'nick',
      'Nick Nelson',
      ['Nelson'],
      'A rugby player who holidays in Menorca. His brother David.',
      {
        lead: 'A rugby player in Year 11.',
        size: 900,
      },
    ),
    rec(
      'sarah',
      'Sarah Nelson',
      ['Nelson', 'Nick’s mum'],
      'Nick’s mother, played by Olivia Colman.',
      {
        size: 100,
      },
    ),
    rec('menorca', 'Menorca', [], 'Where Nick spends a summer holiday.'),
    rec('charlie', 'Charlie Spring', ['Spring'], 'Plays the drums. Faints in Paris.', {
      size: 2000,
    }),
    rec('tori', 'Tori Spring', ['Spring'], 'Charlie’s sister. Spring, spring, spring.', {
      size: 300,
    }),
    rec('s2e4', 'Challenge', ['S2E4', 'season 2 episode 4'], 'The school trip to Paris begins.'),
    rec('s2e5', 'Heat', ['S2E5', 'season 2 episode 5'], 'Elle and Tao kiss at the Louvre.'),
    rec('s2e3', 'Promise', ['S2E3', 'season 2 episode 3'], 'Nick plans to come out.'),
    rec('s2e8', 'Perfect', ['S2E8', 'season 2 episode 8'], 'On the morning of the prom.'),
    rec('s1e4', 'Secret', ['S1E4', 'season 1 episode 4'], 'Nick turns up soaked.'),
    rec('s1e2', 'Crush', ['S1E2', 'season 1 episode 2'], 'A snow day at Nick’s house.'),
    rec('s3e1', 'Love', ['S3E1', 'season 3 episode 1'], 'A day at the beach.'),
    rec('paris', 'Paris', ['Paris, France'], 'The French capital.'),
    rec('trip', 'The Paris trip', ['Paris', 'Paris school trip'], 'Charlie faints in the Louvre.'),
    rec('v3', 'Volume 3', ['Book 3'], 'A school trip to Paris.'),
    rec('v4', 'Volume 4', ['Book 4'], 'Graphic novel, adapted in season 3.'),
    rec(
      'prediction',
      'A season 2 storyline',
      [],
      'Season 2 would include the school trip to Paris.',
      {
        anchor: true,
      },
    ),
  ]);
  const ids = (query: string) => wiki.search(query).map((h) => h.record.id);

  it('1. an exact full name, title or code wins; typo-only matches of the same words drop out', () => {
    // Olivia Colmen is one typo from both words: with an exact match there, she drops out.
    expect(ids('olivia colman')).toEqual(['olivia', 'award', 'sarah']);
    expect(ids('olivia colmen')[0]).toBe('colmen');
    expect(wiki.search('olivia colman')[0]?.tier).toBe(Tier.wholeName);
    // A title is the name a record goes by: it comes before another record's alias.
    expect(ids('paris').slice(0, 2)).toEqual(['paris', 'trip']);
    // Small words need not match: "the" and "or" ask for nothing.
    expect(wiki.search('the paris trip')[0]).toMatchObject({ tier: Tier.wholeName });
    expect(ids('the paris trip')[0]).toBe('trip');
  });

  it('2. a typo match needs every word, and the typos allowed grow with the word', () => {
    expect([
      typosAllowed('tao'),
      typosAllowed('elle'),
      typosAllowed('louvre'),
      typosAllowed('charlie'),
      typosAllowed('stephane'),
      typosAllowed('s2e4'),
    ]).toEqual([0, 1, 1, 1, 2, 0]);
    // "louvre" is two edits from "love": never a typo of it.
    expect(ids('louvre').sort()).toEqual(['s2e5', 'trip']);
    // A swap of two letters is one typo.
    expect(ids('menorac')).toEqual(['menorca']);
    // Misspelt, "colmann" is one typo from Colman (two from Colmen); Cormac Hyde-Corrin and the
    // Osemans are near "colmann" too, but do not match "olivia", so they are not shown.
    expect(ids('olivia colmann')).toEqual(['olivia', 'award']);
    expect(ids('colmann')).toEqual(['olivia', 'award']);
    // Typos are forgiven only when nothing matches as typed: "heat" is not "Heat" misspelt.
    expect(ids('heat')).toEqual(['s2e5']);
  });

  it('3. an episode code finds that episode alone, however it is written', () => {
    for (const code of [
      'S2E4',
      's02e04',
      '2x04',
      's2 e4',
      'season 2 episode 4',
      'Series 2, Episode 4',
    ])
      expect(ids(code), code).toEqual(['s2e4']);
    // Not a typo of the codes around it, and not a guess when there is no such episode.
    expect(ids('s2e9')).toEqual([]);
    expect(parseEpisodeCode('season 2')).toBeUndefined();
    expect(parseEpisodeCode('2x04')).toEqual({ season: 2, episode: 4 });
  });

  it('4. records matching all the words rank above those matching some, which show only as a fallback', () => {
    // Nick Nelson (name and text) and Menorca (name and text) hold both words.
    expect(ids('nick menorca').sort()).toEqual(['menorca', 'nick']);
    // Nothing holds "nick" and "zebra": the records holding one of them are better than nothing.
    const some = wiki.search('nick zebra');
    expect(some.map((h) => h.tier)).toContain(Tier.partial);
    expect(some.map((h) => h.record.id)).toContain('nick');
    // A number qualifies the word before it: Volume 4's "season 3" is not "volume 3", and
    // "season 1 episode 2" is not "season 2".
    expect(ids('volume 3')).toEqual(['v3']);
    expect(ids('season 2')).toContain('s2e4');
    expect(ids('season 2')).not.toContain('s1e2');
    // Exact words before words begun: "prom" is in Perfect's text, the start of "Promise".
    expect(ids('prom')).toEqual(['s2e8', 's2e3']);
  });

  it('5. a page ranks above a list entry that names it', () => {
    const hits = wiki.search('olivia colman');
    expect(hits.map((h) => [h.record.id, h.tier])).toEqual([
      ['olivia', Tier.wholeName],
      ['award', Tier.wholeName],
      ['sarah', Tier.exactText],
    ]);
    // Three texts hold the words; the shortest, and so the most relevant, is a list entry's.
    const trip = (anchor: boolean) =>
      createSearchIndex([
        rec(
          'v3',
          'Volume 3',
          [],
          'Most of the volume follows a school trip to Paris, with teachers.',
        ),
        rec('s2e4', 'Challenge', [], 'The school trip to Paris begins, and Charlie bets Nick.'),
        rec('prediction', 'A season 2 storyline', [], 'The Paris school trip.', { anchor }),
      ])
        .search('paris school trip')
        .map((h) => h.record.id);
    expect(trip(false)[0]).toBe('prediction');
    expect(trip(true)).toEqual(['s2e4', 'v3', 'prediction']);
  });

  it('6. among records found by the same name, the fuller page first; by their text, the most relevant', () => {
    expect(ids('spring').slice(0, 2)).toEqual(['charlie', 'tori']);
    expect(ids('nelson')[0]).toBe('nick');
    // A plural finds its singular.
    expect(ids('drums')).toEqual(['charlie']);
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

  it('tells whether two words are within a number of edits, as the full count would', () => {
    const pairs = [
      ['argnet', 'argent'],
      ['louvre', 'love'],
      ['stephane', 'stephen'],
      ['colman', 'cormac'],
      ['tao', 'tara'],
      ['', 'ab'],
      ['charlei', 'charlie'],
    ] as const;
    for (const [a, b] of pairs)
      for (const max of [0, 1, 2])
        expect(withinEdits(a, b, max), `${a} ${b} ${max}`).toBe(editDistance(a, b) <= max);
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
