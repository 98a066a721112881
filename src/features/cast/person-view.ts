/** What the cast pages show about people: roles grouped by character, crew jobs, list rows. */
import type { CastCredit, Character, CrewCredit, Person, RoleTier } from '../../data/types';

export interface RoleView {
  /** Null when the sources do not say whom they play. */
  character: Character | null;
  screens: number[];
  tier: RoleTier | null;
  note?: string;
  sources: string[];
}

export interface JobView {
  job: CrewCredit['job'];
  /** Empty when the credit covers the series as a whole. */
  screens: number[];
  sources: string[];
}

export interface PersonView {
  person: Person;
  roles: RoleView[];
  jobs: JobView[];
}

const byScreen = (a: number, b: number) => a - b;

export function buildPersonView(
  slug: string,
  people: readonly Person[],
  characters: readonly Character[],
): PersonView | undefined {
  const person = people.find((p) => p.slug === slug);
  if (!person) return undefined;
  const bySlug = new Map(characters.map((c) => [c.slug, c]));

  const roles = new Map<string, RoleView>();
  const jobs = new Map<string, JobView>();
  for (const credit of person.credits) {
    if (credit.kind === 'cast') addRole(roles, credit, bySlug);
    else {
      const job = jobs.get(credit.job) ?? { job: credit.job, screens: [], sources: [] };
      if (credit.screen !== undefined) job.screens.push(credit.screen);
      job.sources.push(...credit.sources);
      jobs.set(credit.job, job);
    }
  }
  for (const view of [...roles.values(), ...jobs.values()]) {
    view.screens.sort(byScreen);
    view.sources = [...new Set(view.sources)];
  }
  return { person, roles: [...roles.values()], jobs: [...jobs.values()] };
}

function addRole(roles: Map<string, RoleView>, credit: CastCredit, bySlug: Map<string, Character>) {
  const key = credit.character ?? '';
  const role = roles.get(key) ?? {
    character: credit.character ? (bySlug.get(credit.character) ?? null) : null,
    screens: [],
    tier: credit.tier,
    ...(credit.note ? { note: credit.note } : {}),
    sources: [],
  };
  role.screens.push(credit.screen);
  role.sources.push(...credit.sources);
  roles.set(key, role);
}

export function personCitationOrder(view: PersonView): string[][] {
  return [
    view.person.summary?.sources ?? [],
    ...view.roles.map((r) => r.sources),
    ...view.jobs.map((j) => j.sources),
  ];
}

export interface PersonRow {
  slug: string;
  name: string;
  kind: 'cast' | 'crew';
  roles: { character: { slug: string; name: string } | null; note?: string }[];
  jobs: string[];
  screens: number[];
  /** The highest billing among their roles. */
  tier: RoleTier | null;
  firstScreen?: number;
  /** The earliest volume in which a character they play first appears. */
  firstVolume?: number;
  aliases: string[];
}

const TIER_RANK: Record<RoleTier, number> = { main: 0, recurring: 1, guest: 2 };

export function personRows(
  people: readonly Person[],
  characters: readonly Character[],
): PersonRow[] {
  return people.map((person) => {
    const view = buildPersonView(person.slug, people, characters)!;
    const screens = [
      ...new Set(person.credits.flatMap((c) => (c.screen === undefined ? [] : [c.screen]))),
    ].sort(byScreen);
    const tiers = view.roles.map((r) => r.tier).filter((t): t is RoleTier => t !== null);
    tiers.sort((a, b) => TIER_RANK[a] - TIER_RANK[b]);
    const volumes = view.roles.flatMap((r) =>
      r.character?.bookDebut ? [r.character.bookDebut.volume] : [],
    );
    const firstVolume = volumes.length > 0 ? Math.min(...volumes) : undefined;
    return {
      slug: person.slug,
      name: person.name,
      kind: view.roles.length > 0 ? 'cast' : 'crew',
      roles: view.roles.map((r) => ({
        character: r.character ? { slug: r.character.slug, name: r.character.name } : null,
        ...(r.note ? { note: r.note } : {}),
      })),
      jobs: view.jobs.map((j) => j.job),
      screens,
      tier: tiers[0] ?? null,
      ...(screens[0] !== undefined ? { firstScreen: screens[0] } : {}),
      ...(firstVolume !== undefined ? { firstVolume } : {}),
      aliases: person.searchAliases,
    };
  });
}
