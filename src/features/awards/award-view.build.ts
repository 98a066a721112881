/** The awards page: every nomination and win on record, by year and ceremony. */
import type { PageData, Ref } from '../../data/page-data';
import type { Award } from '../../data/types';
import { checkedOf, ref, sourcesFor, type WikiIndex } from '../../data/wiki-index';

export interface AwardRow extends Omit<Award, 'people' | 'episode' | 'changes' | 'checked'> {
  people: Ref[];
  episode?: { id: string; season: number; number: number; title: string };
}

export interface AwardsView {
  awards: AwardRow[];
}

export type AwardsPageData = PageData<AwardsView>;

export function buildAwardsPage(index: WikiIndex): AwardsPageData {
  const awards = [...index.content.awards]
    .sort(
      (a, b) =>
        b.year - a.year ||
        a.ceremony.localeCompare(b.ceremony, 'en') ||
        (a.result === b.result ? 0 : a.result === 'won' ? -1 : 1) ||
        a.category.localeCompare(b.category, 'en'),
    )
    .map(({ people, episode, changes: _c, checked: _k, ...rest }) => {
      const e = episode ? index.episode.get(episode) : undefined;
      return {
        ...rest,
        people: (people ?? []).flatMap((s) => {
          const p = index.person.get(s);
          return p ? [ref(p)] : [];
        }),
        ...(e ? { episode: { id: e.id, season: e.season, number: e.number, title: e.title } } : {}),
      };
    });
  const wins = awards.filter((a) => a.result === 'won').length;
  const view = { awards };
  return {
    meta: {
      title: 'Awards',
      description: `Heartstopper's awards on record: ${wins} wins from ${awards.length} nominations, with ceremony, category, nominee and sources.`,
    },
    view,
    sources: sourcesFor(view, index),
    checked: checkedOf(index, ...index.content.awards),
  };
}
