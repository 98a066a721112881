/** What the results page shows under each result: a text of the record's own, words marked. */
import { describe, expect, it } from 'vitest';
import { RESULT_LIMIT, resultStatus } from '../../src/features/search/results';
import { snippetFor } from '../../src/features/search/snippets';
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
});
