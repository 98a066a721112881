/** Facts derived from more than one record, used by several pages. Pure. */
import type { Books, CastCredit, Person, WikiEvent } from './types';
import { compareDates, firstDay } from '../lib/dates';

export interface Portrayal {
  person: Person;
  credits: CastCredit[];
}

/** Who plays a character, with the credits that say so. */
export function portrayalsOf(character: string, people: readonly Person[]): Portrayal[] {
  return people
    .map((person) => ({
      person,
      credits: person.credits.filter(
        (c): c is CastCredit => c.kind === 'cast' && c.character === character,
      ),
    }))
    .filter((p) => p.credits.length > 0);
}

/** The first screen entry on record for a character: the earliest season anyone plays them in. */
export function screenDebut(
  character: string,
  people: readonly Person[],
): { screen: number; sources: string[] } | undefined {
  let best: { screen: number; sources: string[] } | undefined;
  for (const { credits } of portrayalsOf(character, people)) {
    for (const credit of credits) {
      if (!best || credit.screen < best.screen)
        best = { screen: credit.screen, sources: credit.sources };
    }
  }
  return best;
}

/** The release event of a season or the film (possibly only expected). */
export function releaseOf(screen: number, events: readonly WikiEvent[]): WikiEvent | undefined {
  return events.find((e) => e.kind === 'release' && e.screen === screen);
}

/** Has this event taken place by `today`? Expected events and dates still to come have not. */
export function hasHappened(event: WikiEvent, today: string): boolean {
  return !event.expected && firstDay(event.date) <= today;
}

/** Volume numbers (and related books) adapted by a screen entry. */
export function adaptedBy(screen: number, books: Books) {
  return {
    volumes: books.volumes.filter((v) => v.adaptedIn.some((a) => a.screen === screen)),
    related: books.related.filter((r) => r.adaptedIn.some((a) => a.screen === screen)),
  };
}

/** Events in date order (the more precise first where two start on the same day). */
export function sortEvents(events: readonly WikiEvent[]): WikiEvent[] {
  return [...events].sort((a, b) => compareDates(a.date, b.date));
}
