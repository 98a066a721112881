/** What the results page shows under each result: a text of the record's own, words marked. */
import { describe, expect, it } from 'vitest';
import { resultStatus } from '../../src/features/search/result-status';
import { RESULT_LIMIT } from '../../src/features/search/results';
import { snippetFor, withinLevel } from '../../src/features/search/snippets';
import { highlightRanges, splitByRanges } from '../../src/lib/highlight';
import { foldWords } from '../../src/lib/fold';
import { createSearchIndex, Tier } from '../../src/lib/search-engine';

const NICK = [
  { text: 'A popular Year 11 rugby player at Truham, who lives with his mum.' },
  {
    text: 'His older brother David comes home and intrudes on Nick’s privacy; Nick tells David he is bisexual, and David tells Nick he is lying.',
    reveal: { screen: 2 },
  },
  { text: 'Nick spends three weeks in Menorca.' },
];

const marked = (text: string, query: string, matched: string[] = []) =>
  splitByRanges(text, highlightRanges(text, foldWords(query), matched))
    .filter((p) => p.hit)
    .map((p) => p.text);

describe('the text under a result', () => {
  it('is the record’s text about itself when its name was found, not a paragraph about someone else', () => {
    // Nick's second text names him three times, but it is about his brother.
    const snippet = snippetFor({ tier: Tier.exactName, matched: ['nick'] }, NICK, 'nick');
    expect(snippet).toBe(NICK[0]);
  });

  it('is the text that holds the words when the record was found by its text, words marked', () => {
    const snippet = snippetFor({ tier: Tier.exactText, matched: ['menorca'] }, NICK, 'menorca');
    expect(snippet).toBe(NICK[2]);
    expect(marked(snippet!.text, 'menorca', ['menorca'])).toEqual(['Menorca']);
    // A word matched with a typo is marked whole; the start of a word being typed, as typed.
    expect(marked('Elle Argent', 'argnet', ['argent'])).toEqual(['Argent']);
    expect(marked('Lambert School of Art', 'lamb')).toEqual(['Lamb']);
  });

  it('keeps its spoiler tag, so the page can gate it', () => {
    const snippet = snippetFor(
      { tier: Tier.exactMixed, matched: ['david', 'bisexual'] },
      NICK,
      'david bisexual',
    );
    expect(snippet).toEqual(NICK[1]);
  });

  it('comes from the engine’s own verdict on how a record was found', () => {
    const index = createSearchIndex([
      { id: 'nick', title: 'Nick Nelson', aliases: [], text: NICK.map((s) => s.text).join(' ') },
    ]);
    const [byName] = index.search('nick');
    const [byText] = index.search('menorca');
    expect(snippetFor(byName!, NICK, 'nick')).toBe(NICK[0]);
    expect(snippetFor(byText!, NICK, 'menorca')).toBe(NICK[2]);
  });
});

describe('the reader’s spoiler level', () => {
  const nick = {
    id: 'character:nick',
    kind: 'character' as const,
    title: 'Nick Nelson',
    aliases: [],
    line: '',
    href: '/n/',
  };
  const details = new Map([[nick.id, { doc: nick, snippets: NICK }]]);

  it('drops a record found only in text past the level, and counts it', () => {
    const hits = [{ tier: Tier.exactText, matched: ['bisexual'], record: nick }];
    expect(withinLevel(hits, details, 'bisexual', { volume: 0, screen: 1 })).toEqual({
      hits: [],
      pastLevel: 1,
    });
    expect(withinLevel(hits, details, 'bisexual', { volume: 0, screen: 2 }).hits).toEqual(hits);
  });

  it('keeps a record found by its name, and one whose reached text holds the words', () => {
    const byName = { tier: Tier.exactName, matched: ['nick'], record: nick };
    const menorca = { tier: Tier.exactText, matched: ['menorca'], record: nick };
    expect(
      withinLevel([byName, menorca], details, 'nick menorca', { volume: 0, screen: 0 }),
    ).toEqual({
      hits: [byName, menorca],
      pastLevel: 0,
    });
  });
});

describe('the status line', () => {
  it('counts the results, and asks for another word when there are too many', () => {
    expect(resultStatus('tao', 1)).toBe('1 result for “tao”.');
    expect(resultStatus('nick', 12)).toBe('12 results for “nick”.');
    expect(resultStatus('the', RESULT_LIMIT)).toMatch(
      /^The best 100 results for “the”: add a word/,
    );
    expect(resultStatus('zzz', 0)).toBe('No results for “zzz”.');
  });

  it('never says “no results” when the index could not be downloaded', () => {
    expect(resultStatus('tao', 0, 'all')).toBe(
      'Search could not load. Check your connection and try again.',
    );
    // Offline, the names (kept by the service worker) were searched, not the descriptions.
    expect(resultStatus('tao', 1, 'text')).toBe(
      '1 result for “tao”, from the names only: the descriptions could not load.',
    );
    expect(resultStatus('louvre', 0, 'text')).not.toMatch(/^No results/);
  });

  it('says how many results are past the reader’s spoiler level', () => {
    expect(resultStatus('paris', 3, undefined, 2)).toBe(
      '3 results for “paris”. 2 more results are past your spoiler level.',
    );
    expect(resultStatus('anorexia', 0, undefined, 1)).toBe(
      'No results for “anorexia”. 1 more result is past your spoiler level.',
    );
  });
});
