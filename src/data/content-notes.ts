/**
 * Content notes and "If this affects you": which themes a page warns of, and which support
 * services cover them, by country. Pure: the page builders call it at build time.
 */
import { listJoin } from '../lib/text';
import type { ContentNote, SupportService } from './types';
import type { WikiIndex } from './wiki-index';
import { THEME_LABEL, type ContentTheme } from './themes';

export type SupportEntry = Pick<
  SupportService,
  'id' | 'name' | 'about' | 'url' | 'phone' | 'textLine' | 'hours' | 'sources'
>;

/** The services of one country that cover at least one of a page's themes. */
export interface SupportCountry {
  country: string;
  countryName: string;
  services: SupportEntry[];
}

/** Each theme once, in the order the notes give them. */
export function themesOf(notes: readonly ContentNote[] | undefined): ContentTheme[] {
  return [...new Set((notes ?? []).map((n) => n.theme))];
}

/**
 * Which services answer a theme beyond those that name it: a listening line for anyone
 * struggling (mental health, suicidal thoughts) is somewhere to turn after self-harm, grief or
 * bullying too, and an LGBT+ line after being outed.
 */
const ALSO_ANSWERED_BY: Partial<Record<ContentTheme, readonly ContentTheme[]>> = {
  'self-harm': ['suicide', 'mental-health'],
  suicide: ['mental-health'],
  grief: ['mental-health'],
  bullying: ['mental-health'],
  outing: ['homophobia', 'transphobia'],
};

/**
 * The support services for these themes, grouped by country: countries A to Z by name,
 * services A to Z within each. No themes, no services.
 */
export function supportFor(
  themes: readonly ContentTheme[],
  services: readonly SupportService[],
): SupportCountry[] {
  const wanted = new Set(themes.flatMap((t) => [t, ...(ALSO_ANSWERED_BY[t] ?? [])]));
  const byCountry = new Map<string, SupportCountry>();
  for (const s of services) {
    if (!s.themes.some((t) => wanted.has(t))) continue;
    const group = byCountry.get(s.country) ?? {
      country: s.country,
      countryName: s.countryName,
      services: [],
    };
    const { id, name, about, url, phone, textLine, hours, sources } = s;
    group.services.push({
      id,
      name,
      about,
      url,
      sources,
      ...(phone ? { phone } : {}),
      ...(textLine ? { textLine } : {}),
      ...(hours ? { hours } : {}),
    });
    byCountry.set(s.country, group);
  }
  return [...byCountry.values()]
    .sort((a, b) => a.countryName.localeCompare(b.countryName, 'en'))
    .map((g) => ({
      ...g,
      services: g.services.sort((a, b) => a.name.localeCompare(b.name, 'en')),
    }));
}

/** "Eating disorders, self-harm and homophobia": the short form the lists show. */
export function themeList(themes: readonly ContentTheme[]): string {
  return listJoin(themes.map((t, i) => (i === 0 ? THEME_LABEL[t] : lowerFirst(THEME_LABEL[t]))));
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The support services beside a page's content notes; nothing when it has none. */
export function supportOf(
  notes: readonly ContentNote[] | undefined,
  index: Pick<WikiIndex, 'content'>,
): { support?: SupportCountry[] } {
  const support = supportFor(themesOf(notes), index.content.support);
  return support.length > 0 ? { support } : {};
}
