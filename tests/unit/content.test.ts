/**
 * The wiki's own content: it passes every check, and it covers what a fan expects, stated as
 * floors. A change that loses an episode, a person, a season's credits or a source fails here;
 * adding content only raises the counts, and news (a new season, a release date) never breaks a
 * test. A few golden records guard corrections that were made on purpose (see
 * docs/decisions/027).
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/read-content';
import { checkContent, formatProblem } from '../../src/data/check';
import { SCREENS } from '../../src/data/story';
import { lastDay } from '../../src/lib/dates';

const { raw, problems: unreadable } = readContent();
const { problems, content } = checkContent(raw);

describe('the content', () => {
  it('reads and passes every check', () => {
    expect([...unreadable, ...problems].map((p) => formatProblem(p))).toEqual([]);
  });
});

describe('coverage', () => {
  const c = content!;
  const castCredits = (screen: number) =>
    c.people.flatMap((p) => p.credits.filter((x) => x.kind === 'cast' && x.screen === screen));

  it('every episode of every season, in order, each with a synopsis of 150 words or more and a writer', () => {
    for (const s of SCREENS.filter((x) => x.kind === 'season')) {
      const numbers = c.episodes.filter((e) => e.season === s.number).map((e) => e.number);
      expect(
        numbers.sort((a, b) => a - b),
        s.title,
      ).toEqual(Array.from({ length: s.episodes ?? 0 }, (_, i) => i + 1));
    }
    expect(c.episodes.length).toBeGreaterThanOrEqual(24);
    for (const e of c.episodes) {
      // A synopsis a fan can read instead of a one-liner: 150 words or more.
      const words = e.synopsis
        .map((f) => f.text)
        .join(' ')
        .split(/\s+/).length;
      expect(words, e.id).toBeGreaterThanOrEqual(150);
      expect(e.writers?.people, e.id).toContain('alice-oseman');
    }
    // Songs where a source lists them: season 1's second episode and season 2's first five.
    expect(c.episodes.filter((e) => (e.music?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(6);
  });

  it('the people, characters and credits on record', () => {
    expect(c.people.length).toBeGreaterThanOrEqual(56);
    expect(
      c.people.filter((p) => p.credits.some((x) => x.kind === 'crew')).length,
    ).toBeGreaterThanOrEqual(21);
    expect(c.characters.length).toBeGreaterThanOrEqual(37);
    expect(castCredits(1).length).toBeGreaterThanOrEqual(21);
    expect(castCredits(2).length).toBeGreaterThanOrEqual(30);
    expect(castCredits(3).length).toBeGreaterThanOrEqual(25);
    expect(castCredits(4).length).toBeGreaterThanOrEqual(2);
    expect(c.relationships.length).toBeGreaterThanOrEqual(36);
  });

  it('books, places, awards, events and sources', () => {
    expect(c.volumes.length).toBeGreaterThanOrEqual(6);
    expect(c.books.length).toBeGreaterThanOrEqual(5);
    expect(c.places.length).toBeGreaterThanOrEqual(14);
    expect(c.awards.length).toBeGreaterThanOrEqual(23);
    expect(c.events.length).toBeGreaterThanOrEqual(30);
    expect(c.predictions.length).toBeGreaterThanOrEqual(13);
    expect(c.sources.length).toBeGreaterThanOrEqual(368);
  });

  it('main characters read like a biography: several cited paragraphs and their story on screen', () => {
    const main = new Set(
      c.people.flatMap((p) =>
        p.credits.flatMap((x) =>
          x.kind === 'cast' && x.tier === 'main' && x.character ? [x.character] : [],
        ),
      ),
    );
    for (const slug of main) {
      const character = c.characters.find((x) => x.slug === slug)!;
      const words = [
        ...(character.bio ?? []),
        ...(character.inBooks ?? []),
        ...(character.onScreen ?? []),
      ]
        .map((f) => f.text)
        .join(' ')
        .split(/\s+/).length;
      expect(words, slug).toBeGreaterThanOrEqual(300);
      expect(character.onScreen?.length ?? 0, slug).toBeGreaterThan(0);
    }
  });
});

describe('corrections that must not come back', () => {
  const c = content!;
  const person = (slug: string) => c.people.find((p) => p.slug === slug)!;

  it('Jonathan Bailey plays Jack Maddox, in a season 3 cameo', () => {
    expect(person('jonathan-bailey').credits).toContainEqual(
      expect.objectContaining({ kind: 'cast', character: 'jack-maddox', screen: 3 }),
    );
  });

  it('Fisayo Akinade returned as Mr Ajayi in season 2', () => {
    expect(person('fisayo-akinade').credits).toContainEqual(
      expect.objectContaining({ character: 'mr-ajayi', screen: 2 }),
    );
  });

  it('the first-season viewing figure is one week’s, not a running total', () => {
    const reception = c.about.find((a) => a.id === 'first-season-reception')!;
    expect(reception.text).not.toMatch(/By 4 May 2022/);
    expect(reception.text).toMatch(/week/);
  });

  it('the Ajayi–Farouk romance is a season 2 spoiler on screen', () => {
    expect(c.relationships.find((r) => r.id === 'mr-farouk--mr-ajayi')?.reveal?.screen).toBe(2);
  });

  it('the film is not dated before Volume 6, as Oseman said (whatever date is announced)', () => {
    const release = c.events.find((e) => e.kind === 'release' && e.screen === 4)!;
    const volume6 = c.volumes
      .find((v) => v.number === 6)!
      .published.map((p) => p.date)
      .sort()[0]!;
    // The latest day the date on record can mean: "2026" may be any day of 2026.
    const latest = lastDay(release.date);
    expect(latest >= volume6, `${release.date} against ${volume6}`).toBe(true);
  });
});
