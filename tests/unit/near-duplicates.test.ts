/**
 * No page says the same thing twice: sentences compared by word trigrams, and the build's check
 * over every compiled page, naming the file, the path and both sentences.
 */
import { describe, expect, it } from 'vitest';
import { duplicateProblems } from '../../scripts/compile/page-text-checks';
import { formatProblem } from '../../src/data/check';
import {
  nearDuplicates,
  overlap,
  sentencesOf,
  trigramsOf,
  wordsOf,
} from '../../src/lib/near-duplicates';
import { fixtureContent } from '../fixtures/wiki';

const grams = (s: string) => trigramsOf(wordsOf(s));

describe('sentences and trigrams', () => {
  it('splits a text into sentences, keeping titles and initials inside one', () => {
    expect(
      sentencesOf('Mr Farouk urges him on. He agrees to drum at the fête! Does he? “Yes.”'),
    ).toEqual(['Mr Farouk urges him on.', 'He agrees to drum at the fête!', 'Does he?', '“Yes.”']);
  });

  it('compares words without case, accents, punctuation or possessives', () => {
    expect(wordsOf('Charlie’s bid to become Truham’s Head Boy, at the fête.')).toEqual([
      'charlie',
      'bid',
      'to',
      'become',
      'truham',
      'head',
      'boy',
      'at',
      'the',
      'fete',
    ]);
  });

  it('scores the share of the shorter sentence’s trigrams found in the other', () => {
    const a = grams('Charlie makes a bid to become head boy.');
    expect(overlap(a, a)).toBe(1);
    expect(overlap(a, grams('In the last volume Charlie makes a bid to become head boy.'))).toBe(1);
    expect(overlap(a, grams('Nick gets ready to leave for university in the autumn.'))).toBe(0);
  });
});

describe('near-duplicate sentences', () => {
  const texts = (...t: string[]) => t.map((text, i) => ({ text, from: `text ${i}` }));

  it('flags a sentence said twice in other words around the same phrase', () => {
    const [repeat, ...rest] = nearDuplicates(
      texts(
        'In Volume 6 Charlie makes a bid to become head boy. Nick leaves for university.',
        'Charlie makes a bid to become head boy of Truham.',
      ),
    );
    expect(rest).toEqual([]);
    expect(repeat?.first).toEqual({
      sentence: 'In Volume 6 Charlie makes a bid to become head boy.',
      from: 'text 0',
    });
    expect(repeat?.second.sentence).toBe('Charlie makes a bid to become head boy of Truham.');
    expect(repeat?.score).toBeGreaterThan(0.5);
  });

  it('passes sentences that share a few words but say different things', () => {
    expect(
      nearDuplicates(
        texts(
          'Nick asks Charlie to the prom at the end of season 2.',
          'Tao asks Elle to the prom, and she says yes at last.',
        ),
      ),
    ).toEqual([]);
  });

  it('leaves short sentences and one text given twice from the same place alone', () => {
    expect(nearDuplicates(texts('He agrees.', 'He agrees.'))).toEqual([]);
    const same = { text: 'Charlie makes a bid to become head boy.', from: 'one place' };
    expect(nearDuplicates([same, same])).toEqual([]);
  });
});

describe('the build check over every page', () => {
  it('passes the fixture wiki', () => {
    expect(duplicateProblems(fixtureContent())).toEqual([]);
  });

  it('names the file, the path, both sentences and the page that shows them', () => {
    const content = fixtureContent();
    const ana = content.characters.find((c) => c.slug === 'ana-lead')!;
    ana.onScreen!.push({
      text: 'In season 2 Ana goes on the school trip to Paris with her form.',
      sources: ['paper-2023'],
      reveal: { screen: 2 },
    });
    ana.bio!.push({
      text: 'Ana goes on the school trip to Paris with her form.',
      sources: ['paper-2023'],
      reveal: { screen: 2 },
    });
    const problems = duplicateProblems(content).map((p) => formatProblem(p));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/content/characters/ana-lead.json at $.bio[2].text');
    expect(problems[0]).toContain('found "Ana goes on the school trip to Paris with her form."');
    expect(problems[0]).toContain(
      'characters/ana-lead.json at $.onScreen[2].text says "In season 2 Ana goes on the school trip to Paris with her form."',
    );
    expect(problems[0]).toContain('on /characters/ana-lead/');
  });
});
