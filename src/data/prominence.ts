/**
 * Who leads a list of cast or characters (docs/decisions/043): the main cast of the latest
 * season first, then the rest of the main cast, then recurring, then guest parts, then those
 * with no billing on record. Within a tier: billed in that tier more recently first, then in more
 * seasons, then on screen in more seasons, then A–Z. Pure: the build orders the lists with it.
 */
import type { RoleTier } from './types';
import { tierRank } from './story';

export interface Billing {
  /** A season's (or the film's) number. */
  screen: number;
  tier?: RoleTier | null | undefined;
}

export interface Prominent {
  name: string;
  billings: readonly Billing[];
}

const UNBILLED = tierRank(undefined);

/** The sort key: lower is more prominent. */
function standing({ billings }: Prominent): number[] {
  const rank = (b: Billing) => tierRank(b.tier);
  const best = Math.min(UNBILLED, ...billings.map(rank));
  const inBest = billings.filter((b) => rank(b) === best).map((b) => b.screen);
  const latest = inBest.length > 0 ? Math.max(...inBest) : 0;
  const screens = new Set(billings.map((b) => b.screen)).size;
  return [best, -latest, -new Set(inBest).size, -screens];
}

export function compareProminence(a: Prominent, b: Prominent): number {
  const x = standing(a);
  const y = standing(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return a.name.localeCompare(b.name, 'en');
}

/** Items in order of prominence, most prominent first. */
export function byProminence<T>(items: readonly T[], of: (item: T) => Prominent): T[] {
  return [...items].sort((a, b) => compareProminence(of(a), of(b)));
}
