/**
 * What the cast pages show about people: roles grouped by character, crew jobs, awards, list
 * rows. Built at build time by the content compiler; the pages receive only the result.
 */
import type { ContentsItem } from '../../components/entity-aids';
import { awardRef, type AwardRef, type PageData, type Ref } from '../../data/page-data';
import { bestTier, screenShort } from '../../data/story';
import type { CastCredit, CrewCredit, Person, RoleTier } from '../../data/types';
import { checkedOf, ref, sourcesFor, type WikiIndex } from '../../data/wiki-index';
import { clip, listJoin } from '../../lib/text';

export interface RoleView {
  /** Null when the sources do not say whom they play. */
  character: Ref | null;
  screens: number[];
  tier: RoleTier | null;
  note?: string;
  sources: string[];
}

export interface JobView {
  job: CrewCredit['job'];
  /** Empty when the credit covers the series as a whole. */
  screens: number[];
  note?: string;
  sources: string[];
}

export interface PersonView {
  person: Omit<Person, 'credits'>;
  roles: RoleView[];
  jobs: JobView[];
  awards: AwardRef[];
  /** The sections the person's page shows, for its "On this page" (only the page has them). */
  contents?: ContentsItem[];
}

export type PersonPageData = PageData<PersonView>;

const byScreen = (a: number, b: number) => a - b;

export function buildPersonView(person: Person, index: WikiIndex): PersonView {
  const roles = new Map<string, RoleView>();
  const jobs = new Map<string, JobView>();
  for (const credit of person.credits) {
    if (credit.kind === 'cast') addRole(roles, credit, index);
    else {
      const job = jobs.get(credit.job) ?? {
        job: credit.job,
        screens: [],
        ...(credit.note ? { note: credit.note } : {}),
        sources: [],
      };
      if (credit.screen !== undefined) job.screens.push(credit.screen);
      job.sources.push(...credit.sources);
      jobs.set(credit.job, job);
    }
  }
  for (const view of [...roles.values(), ...jobs.values()]) {
    view.screens = [...new Set(view.screens)].sort(byScreen);
    view.sources = [...new Set(view.sources)];
  }
  const { credits: _credits, ...rest } = person;
  const awards = index.content.awards
    .filter((a) => a.people?.includes(person.slug))
    .sort((a, b) => a.year - b.year || a.category.localeCompare(b.category, 'en'))
    .map(awardRef);
  return { person: rest, roles: [...roles.values()], jobs: [...jobs.values()], awards };
}

function addRole(roles: Map<string, RoleView>, credit: CastCredit, index: WikiIndex) {
  const key = credit.character ?? '';
  const character = credit.character ? index.character.get(credit.character) : undefined;
  const role = roles.get(key) ?? {
    character: character ? ref(character) : null,
    screens: [],
    tier: credit.tier,
    ...(credit.note ? { note: credit.note } : {}),
    sources: [],
  };
  role.screens.push(credit.screen);
  role.tier = bestTier([role.tier, credit.tier]) ?? null;
  role.sources.push(...credit.sources);
  roles.set(key, role);
}

export function buildPersonPage(person: Person, index: WikiIndex): PersonPageData {
  const base = buildPersonView(person, index);
  const view: PersonView = {
    ...base,
    contents: [
      ...(person.bio?.length ? [{ id: 'about', title: `About ${person.name}` }] : []),
      ...(base.roles.length ? [{ id: 'roles', title: 'Roles by season' }] : []),
      ...(base.jobs.length ? [{ id: 'jobs', title: 'Behind the camera' }] : []),
      ...(base.awards.length ? [{ id: 'awards', title: 'Awards' }] : []),
      { id: 'sources-heading', title: 'Sources' },
    ],
  };
  const roles = view.roles
    .filter((r) => r.character)
    .map((r) => `${r.character!.name} (${listJoin(r.screens.map(screenShort))})`);
  const jobs = view.jobs.map((j) => j.job.toLowerCase());
  const parts = [
    roles.length ? `plays ${listJoin(roles)}` : '',
    jobs.length ? `${listJoin(jobs)} on Heartstopper` : '',
  ].filter(Boolean);
  return {
    meta: {
      title: person.name,
      description: clip(
        `${person.name} ${parts.join('; ') || 'appears in Heartstopper'}. Credits with sources on the Heartstopper Fan Wiki.`,
      ),
      type: 'profile',
    },
    view,
    sources: sourcesFor(view, index),
    checked: checkedOf(index, person),
  };
}

export interface PersonRow {
  slug: string;
  name: string;
  kind: 'cast' | 'crew';
  roles: { character: Ref | null; note?: string }[];
  jobs: string[];
  screens: number[];
  /** The highest billing among their roles. */
  tier: RoleTier | null;
  firstScreen?: number;
  /** The earliest volume in which a character they play first appears. */
  firstVolume?: number;
  /** The row's place when the leads come first: 0 for the most prominent. */
  prominence: number;
  aliases: string[];
}

/**
 * One row per person for the cast list, A–Z; the build puts the leads first and numbers them
 * (scripts/compile/leads.ts).
 */
export function personRows(index: WikiIndex): Omit<PersonRow, 'prominence'>[] {
  const people = [...index.content.people].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return people.map((person) => {
    const view = buildPersonView(person, index);
    const screens = [
      ...new Set(person.credits.flatMap((c) => (c.screen === undefined ? [] : [c.screen]))),
    ].sort(byScreen);
    const volumes = view.roles.flatMap((r) => {
      const debut = r.character ? index.character.get(r.character.slug)?.bookDebut : undefined;
      return debut ? [debut.volume] : [];
    });
    const firstVolume = volumes.length > 0 ? Math.min(...volumes) : undefined;
    return {
      slug: person.slug,
      name: person.name,
      kind: view.roles.length > 0 ? 'cast' : 'crew',
      roles: view.roles.map((r) => ({
        character: r.character,
        ...(r.note ? { note: r.note } : {}),
      })),
      jobs: view.jobs.map((j) => j.job),
      screens,
      tier: bestTier(view.roles.map((r) => r.tier)) ?? null,
      ...(screens[0] !== undefined ? { firstScreen: screens[0] } : {}),
      ...(firstVolume !== undefined ? { firstVolume } : {}),
      aliases: person.searchAliases,
    };
  });
}
