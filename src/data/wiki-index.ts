/**
 * Lookups over the whole content, for the page builders that run at build time (the content
 * compiler). Pure: the browser never holds the whole content, only the pages built from it.
 */
import type { Ref } from './page-data';
import type { CastCredit, Character, Content, Episode, Person, Place, Source } from './types';
import { walkJson } from './walk';

export interface Portrayal {
  person: Ref;
  credits: CastCredit[];
}

export interface WikiIndex {
  content: Content;
  source: Map<string, Source>;
  person: Map<string, Person>;
  character: Map<string, Character>;
  episode: Map<string, Episode>;
  place: Map<string, Place>;
  /** Who plays each character, in the order people are listed. */
  portrayals: Map<string, Portrayal[]>;
}

export const ref = (entity: { slug: string; name: string }): Ref => ({
  slug: entity.slug,
  name: entity.name,
});

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

export function indexContent(content: Content): WikiIndex {
  const portrayals = new Map<string, Portrayal[]>();
  for (const person of [...content.people].sort(byName)) {
    const byCharacter = new Map<string, CastCredit[]>();
    for (const credit of person.credits) {
      if (credit.kind !== 'cast' || credit.character === null) continue;
      byCharacter.set(credit.character, [...(byCharacter.get(credit.character) ?? []), credit]);
    }
    for (const [character, credits] of byCharacter) {
      const list = portrayals.get(character) ?? [];
      list.push({ person: ref(person), credits: credits.sort((a, b) => a.screen - b.screen) });
      portrayals.set(character, list);
    }
  }
  return {
    content,
    source: new Map(content.sources.map((s) => [s.id, s])),
    person: new Map(content.people.map((p) => [p.slug, p])),
    character: new Map(content.characters.map((c) => [c.slug, c])),
    episode: new Map(content.episodes.map((e) => [e.id, e])),
    place: new Map(content.places.map((p) => [p.slug, p])),
    portrayals,
  };
}

/** The first screen appearance on record: the file's own, else the earliest season anyone plays them in. */
export function screenDebutOf(
  character: Character,
  index: WikiIndex,
): { screen: number; episode?: number; sources: string[] } | undefined {
  if (character.screenDebut) return character.screenDebut;
  let best: { screen: number; sources: string[] } | undefined;
  for (const { credits } of index.portrayals.get(character.slug) ?? []) {
    for (const credit of credits) {
      if (!best || credit.screen < best.screen)
        best = { screen: credit.screen, sources: credit.sources };
    }
  }
  return best;
}

/** Every source id a value cites (in `sources` or `noteSources` anywhere inside), in order. */
export function citedIds(value: unknown, into: string[] = []): string[] {
  walkJson(value, (node, path) => {
    const key = path.at(-1);
    if ((key === 'sources' || key === 'noteSources') && Array.isArray(node)) {
      for (const id of node) if (typeof id === 'string' && !into.includes(id)) into.push(id);
      return false;
    }
    if (key === 'source' && typeof node === 'string' && !into.includes(node)) into.push(node);
  });
  return into;
}

/**
 * The sources a page's view cites, in a walk of its fields: the page numbers its citations by
 * position in this list. The prerenderer puts them in the order the rendered page cites them
 * (scripts/compile/citation-order.ts), so no builder orders them.
 */
export function sourcesFor(value: unknown, index: WikiIndex): Source[] {
  return citedIds(value).flatMap((id) => {
    const source = index.source.get(id);
    return source ? [source] : [];
  });
}

/** The latest `checked` day among the entities a page is built from, or the wiki's. */
export function checkedOf(index: WikiIndex, ...entities: ({ checked?: string } | undefined)[]) {
  const days = entities.flatMap((e) => (e?.checked ? [e.checked] : []));
  return days.sort().at(-1) ?? index.content.wiki.checked;
}
