/**
 * The groups a character navbox shows (docs/decisions/043), derived from the content, never from
 * lists of names: families are the characters joined by family ties; a school's group is every
 * character whose spoiler-free summary names that school (a place in the story whose name says
 * School); teachers and staff are those whose summary calls them a teacher, coach or head. Ties
 * and summaries that give the story away are not used, so the groups spoil nothing.
 */
import type { Ref } from '../../data/page-data';
import type { WikiIndex } from '../../data/wiki-index';
import { ref } from '../../data/wiki-index';

export interface CharacterGroup {
  title: string;
  members: Ref[];
  /** How many members the page leaves out, when it shows only some of them (`GROUP_LIMIT`). */
  more?: number;
}

/**
 * The most members a group shows on one page: the character and their neighbours in the group. A
 * school named in a thousand summaries would otherwise put a thousand names on each of a
 * thousand pages.
 */
export const GROUP_LIMIT = 24;

const STAFF = /\b(teacher|coach|head ?teacher|headmaster|headmistress)\b/i;
const byName = (a: Ref, b: Ref) => a.name.localeCompare(b.name, 'en');

/** The groups of each index: every character page asks, and the answer is the same for all. */
const groupsOfIndex = new WeakMap<WikiIndex, CharacterGroup[]>();

/** Every group with two or more members, families first, then schools, then staff. */
export function characterGroups(index: WikiIndex): CharacterGroup[] {
  let groups = groupsOfIndex.get(index);
  if (!groups) groupsOfIndex.set(index, (groups = groupsFrom(index)));
  return groups;
}

function groupsFrom(index: WikiIndex): CharacterGroup[] {
  const { characters, relationships, places } = index.content;
  const safeSummary = new Map(
    characters.filter((c) => !c.summary.reveal).map((c) => [c.slug, c.summary.text]),
  );

  // Families: connected parts of the graph of family ties that spoil nothing.
  const links = new Map<string, Set<string>>();
  for (const r of relationships) {
    if (r.group !== 'family' || r.reveal) continue;
    for (const [x, y] of [
      [r.a, r.b],
      [r.b, r.a],
    ] as const) {
      links.set(x, (links.get(x) ?? new Set()).add(y));
    }
  }
  const seen = new Set<string>();
  const families: CharacterGroup[] = [];
  for (const start of [...links.keys()].sort()) {
    if (seen.has(start)) continue;
    const part: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const slug = queue.shift()!;
      part.push(slug);
      for (const next of links.get(slug) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const members = part.flatMap((s) => {
      const c = index.character.get(s);
      return c ? [ref(c)] : [];
    });
    if (members.length >= 2) families.push({ title: familyTitle(members), members });
  }

  const staff = characters
    .filter((c) => STAFF.test(safeSummary.get(c.slug) ?? ''))
    .map(ref)
    .sort(byName);
  const staffSlugs = new Set(staff.map((s) => s.slug));
  const schools = places
    .filter((p) => p.kind === 'story' && /\bSchool\b/.test(p.name))
    .map((school) => {
      const word = school.name.split(' ')[0]!;
      const names = new RegExp(`\\b${word}\\b`);
      const members = characters
        .filter((c) => !staffSlugs.has(c.slug) && names.test(safeSummary.get(c.slug) ?? ''))
        .map(ref)
        .sort(byName);
      return { title: `At ${school.name}`, members };
    });

  // Two groups of the same people say one thing twice (two schools whose names start alike).
  const shown = new Set<string>();
  return [
    ...families.sort((a, b) => a.title.localeCompare(b.title, 'en')),
    ...schools,
    { title: 'Teachers and staff', members: staff },
  ].filter((g) => {
    const key = g.members.map((m) => m.slug).join(' ');
    if (g.members.length < 2 || shown.has(key)) return false;
    shown.add(key);
    return true;
  });
}

/** "The Spring family", from the surname most members share; else "Family of Ana Lead". */
function familyTitle(members: readonly Ref[]): string {
  const counts = new Map<string, number>();
  for (const m of members) {
    const parts = m.name.split(' ');
    if (parts.length > 1) counts.set(parts.at(-1)!, (counts.get(parts.at(-1)!) ?? 0) + 1);
  }
  const [surname, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return count >= 2 ? `The ${surname} family` : `Family of ${[...members].sort(byName)[0]!.name}`;
}

/**
 * The groups one character belongs to, for their page's navbox; a group larger than
 * `GROUP_LIMIT` shows the character and the members nearest them in it, and how many it leaves out.
 */
export function groupsOf(slug: string, groups: readonly CharacterGroup[]): CharacterGroup[] {
  return groups.flatMap((g) => {
    const at = g.members.findIndex((m) => m.slug === slug);
    if (at < 0) return [];
    if (g.members.length <= GROUP_LIMIT) return [g];
    const start = Math.max(
      0,
      Math.min(at - Math.floor(GROUP_LIMIT / 2), g.members.length - GROUP_LIMIT),
    );
    return [
      {
        title: g.title,
        members: g.members.slice(start, start + GROUP_LIMIT),
        more: g.members.length - GROUP_LIMIT,
      },
    ];
  });
}
