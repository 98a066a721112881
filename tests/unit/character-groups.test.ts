/**
 * The related-characters navbox's groups come from the content: families from family ties,
 * schools from spoiler-free summaries that name them, staff from summaries that say so; a tie or
 * summary that gives the story away never places anyone.
 */
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/data/types';
import { indexContent } from '../../src/data/wiki-index';
import {
  characterGroups,
  GROUP_LIMIT,
  groupsOf,
} from '../../src/features/characters/character-groups.build';
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

describe('character groups as the wiki grows', () => {
  /** `count` more pupils whose summaries name Lead School, named Pupil 001, Pupil 002… */
  function withPupils(count: number): Content {
    const c = content();
    for (let i = 1; i <= count; i++) {
      const n = String(i).padStart(3, '0');
      c.characters.push({
        slug: `pupil-${n}`,
        name: `Pupil ${n}`,
        searchAliases: [],
        summary: { text: 'A pupil at Lead School.', sources: ['paper-2022'] },
      } as unknown as Character);
    }
    return c;
  }

  it('lists a group no larger than the limit whole', () => {
    const groups = characterGroups(indexContent(withPupils(GROUP_LIMIT - 3)));
    const [school] = groupsOf('pupil-001', groups);
    expect(school!.members).toHaveLength(GROUP_LIMIT - 1);
    expect(school!.more).toBeUndefined();
  });

  it('shows a large group as the character and those nearest them, and how many it leaves out', () => {
    const groups = characterGroups(indexContent(withPupils(200)));
    const [school] = groupsOf('pupil-100', groups);
    const names = school!.members.map((m) => m.name);
    expect(names).toHaveLength(GROUP_LIMIT);
    expect(school!.more).toBe(202 - GROUP_LIMIT);
    expect(names).toContain('Pupil 100');
    expect(names).toContain('Pupil 090');
    expect(names).not.toContain('Pupil 050');
    // At either end, the window still holds as many names.
    expect(groupsOf('ana-lead', groups)[0]!.members[0]!.name).toBe('Ana Lead');
    expect(groupsOf('pupil-200', groups)[0]!.members.at(-1)!.name).toBe('Pupil 200');
    expect(groupsOf('pupil-200', groups)[0]!.members).toHaveLength(GROUP_LIMIT);
  });

  it('keeps one group where two schools would list the same people', () => {
    const c = content();
    c.places.push({ ...c.places[0]!, slug: 'lead-school-annexe', name: 'Lead School Annexe' });
    const titles = characterGroups(indexContent(c)).map((g) => g.title);
    expect(titles.filter((t) => t.startsWith('At Lead School'))).toEqual(['At Lead School']);
  });
});
