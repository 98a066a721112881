/** What the season and film pages show, assembled from screens, events, books and people. */
import { adaptedBy, releaseOf } from '../../data/derive';
import type {
  Books,
  CastCredit,
  Character,
  Person,
  RelatedBook,
  Screen,
  Volume,
  WikiEvent,
} from '../../data/types';
import { compareDates } from '../../lib/dates';

export interface SeasonView {
  screen: Screen;
  release?: WikiEvent;
  volumes: Volume[];
  related: RelatedBook[];
  directors: { person: Person; sources: string[] }[];
  cast: { person: Person; character: Character | null; credit: CastCredit }[];
  events: WikiEvent[];
}

export interface SeasonData {
  screens: readonly Screen[];
  events: readonly WikiEvent[];
  books: Books;
  people: readonly Person[];
  characters: readonly Character[];
}

export function buildSeasonView(slug: string, data: SeasonData): SeasonView | undefined {
  const screen = data.screens.find((s) => s.slug === slug);
  if (!screen) return undefined;
  const n = screen.number;
  const bySlug = new Map(data.characters.map((c) => [c.slug, c]));
  const { volumes, related } = adaptedBy(n, data.books);
  const release = releaseOf(n, data.events);
  return {
    screen,
    ...(release ? { release } : {}),
    volumes,
    related,
    directors: data.people.flatMap((person) =>
      person.credits
        .filter((c) => c.kind === 'crew' && c.job === 'Director' && c.screen === n)
        .map((c) => ({ person, sources: c.sources })),
    ),
    cast: data.people
      .flatMap((person) =>
        person.credits
          .filter((c): c is CastCredit => c.kind === 'cast' && c.screen === n)
          .map((credit) => ({
            person,
            credit,
            character: credit.character ? (bySlug.get(credit.character) ?? null) : null,
          })),
      )
      .sort((a, b) => a.person.name.localeCompare(b.person.name, 'en')),
    events: data.events.filter((e) => e.screen === n).sort((a, b) => compareDates(a.date, b.date)),
  };
}

export function seasonCitationOrder(view: SeasonView): string[][] {
  return [
    view.release?.sources ?? [],
    view.screen.episodes?.sources ?? [],
    ...view.volumes.map(
      (v) => v.adaptedIn.find((a) => a.screen === view.screen.number)?.sources ?? [],
    ),
    ...view.related.map(
      (r) => r.adaptedIn.find((a) => a.screen === view.screen.number)?.sources ?? [],
    ),
    ...view.directors.map((d) => d.sources),
    ...view.cast.map((c) => c.credit.sources),
    ...view.screen.notes.map((n) => n.sources),
    ...view.events.map((e) => e.sources),
  ];
}
