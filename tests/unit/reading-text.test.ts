/**
 * Reading text carries no editors' remarks: the check names the file, the path and the text, and
 * leaves alone the places editors' remarks belong (change records, editors' notes, a source's note).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/data/check';
import { readingTextProblems } from '../../src/data/reading-text';
import { fixtureContent } from '../fixtures/wiki';

const problemsOf = (mutate: (c: ReturnType<typeof fixtureContent>) => void) => {
  const content = fixtureContent();
  mutate(content);
  return readingTextProblems(content).map((p) => formatProblem(p));
};

const ana = (c: ReturnType<typeof fixtureContent>) =>
  c.characters.find((x) => x.slug === 'ana-lead')!;

describe('reading text without editors’ remarks', () => {
  it('passes the fixture wiki as it is', () => {
    expect(readingTextProblems(fixtureContent())).toEqual([]);
  });

  it.each([
    ['a secondary-source flag in a sentence', 'Ana plays the drums (secondary source).'],
    ['a remark on what no source gives', 'Ana plays the drums. No source found gives her season.'],
    ['an interview that names no season', 'The interview names no season for her return.'],
    ['a filler for a missing field', 'Her second season is not on record.'],
    ['a filler for a missing date', 'It is due in 2026. No exact date is on record.'],
    ['a sourcing aside', 'As named in our sources, Ana plays the drums.'],
    ['a remark on a stored copy', 'The stored copy shows no date.'],
    ['a house-style remark', 'This wiki uses she.'],
  ])('fails on %s, naming file, path and text', (_, text) => {
    const problems = problemsOf((c) => {
      ana(c).bio![0]!.text = text;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('src/content/characters/ana-lead.json at $.bio[0].text');
    expect(problems[0]).toContain(JSON.stringify(text));
  });

  it('notes the seed article’s misspellings on the release page only', () => {
    const note = 'The article spells two names wrongly, "Osman" and "Coleman".';
    expect(
      problemsOf((c) => {
        c.events[0]!.text = note;
      }),
    ).toEqual([]);
    const [problem] = problemsOf((c) => {
      ana(c).summary.text = note;
    });
    expect(problem).toMatch(/ana-lead\.json at \$\.summary\.text.*release page only/);
  });

  it('lets editors’ remarks stand where they belong', () => {
    const remark = 'No source found gives her season 3 tier; the stored copy shows no date.';
    expect(
      problemsOf((c) => {
        ana(c).editorsNotes = [remark];
        ana(c).changes = [{ date: '2026-12-07', kind: 'corrected', text: remark }];
        c.sources[0]!.note = remark;
      }),
    ).toEqual([]);
  });
});
