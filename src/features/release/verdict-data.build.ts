/**
 * Build time: the few facts the verdicts need beyond the events, taken from the whole content
 * for just the predictions on record. The release page carries this instead of every person,
 * character and book, and scores the predictions again in the browser with the reader's date.
 */
import type { Prediction } from '../../data/types';
import { screenDebutOf, type WikiIndex } from '../../data/wiki-index';
import type { VerdictData } from './verdicts';

export function verdictData(predictions: readonly Prediction[], index: WikiIndex): VerdictData {
  const claims = predictions.map((p) => p.claim);
  const plotIds = new Set(claims.flatMap((c) => (c.type === 'plot' ? [c.plot] : [])));
  const characters = new Set(claims.flatMap((c) => (c.type === 'debut' ? [c.character] : [])));
  const people = new Set(claims.flatMap((c) => (c.type === 'cast-returns' ? c.people : [])));
  const volumes = [...index.content.volumes].sort((a, b) => a.number - b.number);
  return {
    events: index.content.events,
    episodes: index.content.seasons.flatMap((s) =>
      s.episodes
        ? [{ screen: s.number, count: s.episodes.count, sources: s.episodes.sources }]
        : [],
    ),
    adaptations: volumes.map((v) => ({
      volume: v.number,
      screens: v.adaptedIn.map((a) => ({ screen: a.screen, sources: a.sources })),
    })),
    plots: volumes.flatMap((v) =>
      v.plot
        .filter((p) => plotIds.has(p.id))
        .map((p) => ({
          id: p.id,
          ...(p.reveal.screen !== undefined ? { screen: p.reveal.screen } : {}),
          sources: p.sources,
        })),
    ),
    debuts: [...characters].flatMap((slug) => {
      const character = index.character.get(slug);
      if (!character) return [];
      const debut = screenDebutOf(character, index);
      const actor = (index.portrayals.get(slug) ?? []).find((p) =>
        p.credits.some((c) => c.screen === debut?.screen),
      );
      return [
        {
          character: slug,
          name: character.name,
          ...(debut ? { screen: debut.screen } : {}),
          ...(actor ? { actor: actor.person.name } : {}),
          sources: debut?.sources ?? [],
        },
      ];
    }),
    casts: [...people].flatMap((slug) => {
      const person = index.person.get(slug);
      if (!person) return [];
      const screens = new Map<number, string[]>();
      for (const c of person.credits) {
        if (c.kind !== 'cast') continue;
        screens.set(c.screen, [...new Set([...(screens.get(c.screen) ?? []), ...c.sources])]);
      }
      return [
        {
          person: slug,
          name: person.name,
          screens: [...screens].map(([screen, sources]) => ({ screen, sources })),
        },
      ];
    }),
  };
}
