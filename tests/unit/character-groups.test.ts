/**
 * The related-characters navbox's groups come from the content: families from family ties,
 * schools from spoiler-free summaries that name them, staff from summaries that say so; a tie or
 * summary that gives the story away never places anyone.
 */
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/data/types';
import { indexContent } from '../../src/data/wiki-index';
import { characterGroups, groupsOf } from '../../src/features/characters/character-groups.build';
import { fixtureContent } from '../fixtures/wiki';

type Character = Content['characters'][number];

function content(): Content {
  const c = fixtureContent();
  const person = (slug: string, name: string, summary: string, reveal?: { screen: number }) =>
    ({
      slug,
      name,
      searchAliases: [],
      summary: { text: summary, sources: ['paper-2022'], ...(reveal ? { reveal } : {}) },
    }) as Character;
  c.characters.push(
    person('mum-lead', 'Mum Lead', 'Ana’s mother.'),
    person('gran-lead', 'Gran Lead', 'Ana’s grandmother.'),
    person('mr-teach', 'Mr Teach', 'The art teacher at The School, kind to everyone.'),
    person('ms-coach', 'Ms Coach', 'Coach of the rugby team.'),
    person('eve-pupil', 'Eve Pupil', 'A pupil who moves to The School.'),
    person('sly-pupil', 'Sly Pupil', 'Turns out to be at The School all along.', { screen: 3 }),
  );
  const family = (a: string, b: string, reveal?: { screen: number }) => ({
    id: `${a}--${b}`,
    a,
    b,
    group: 'family' as const,
    aToB: 'relative',
    bToA: 'relative',
    sources: ['paper-2022'],
    ...(reveal ? { reveal } : {}),
  });
  c.relationships.push(
    family('ana-lead', 'mum-lead'),
    family('mum-lead', 'gran-lead'),
    family('dot-dog', 'cy-reader', { screen: 3 }),
  );
  // "The School" is a place in the story whose name says School; its first word is "The".
  c.places[0]!.name = 'Lead School';
  for (const ch of c.characters)
    ch.summary.text = ch.summary.text.replace('The School', 'Lead School');
  c.characters.find((ch) => ch.slug === 'ana-lead')!.summary.text = 'A pupil at Lead School.';
  return c;
}

describe('character groups', () => {
  const groups = characterGroups(indexContent(content()));
  const named = Object.fromEntries(groups.map((g) => [g.title, g.members.map((m) => m.name)]));

  it('joins a family through its ties, named after the surname they share', () => {
    expect(named['The Lead family']).toEqual(['Ana Lead', 'Mum Lead', 'Gran Lead']);
  });

  it('puts pupils whose summaries name the school together, staff apart', () => {
    expect(named['At Lead School']).toEqual(['Ana Lead', 'Eve Pupil']);
    expect(named['Teachers and staff']).toEqual(['Mr Teach', 'Ms Coach']);
  });

  it('uses no spoiler-tagged tie or summary, and no group of one', () => {
    const everyone = groups.flatMap((g) => g.members.map((m) => m.slug));
    expect(everyone).not.toContain('sly-pupil');
    expect(everyone).not.toContain('dot-dog');
    expect(groups.every((g) => g.members.length >= 2)).toBe(true);
  });

  it('gives a character only the groups they are in', () => {
    expect(groupsOf('eve-pupil', groups).map((g) => g.title)).toEqual(['At Lead School']);
    expect(groupsOf('bo-friend', groups)).toEqual([]);
  });
});
