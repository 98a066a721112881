/**
 * Build time: the home page's data, for "where things stand" (the latest things that happened
 * and what is next, worked out for the reader's day in the browser: status.ts) and the facts
 * about the series. The page data holds just the events that can appear there from its build
 * onwards: the latest few, and everything still to come.
 */
import { shownSteps, type ShownStep } from '../../data/next-medium';
import type { PageData } from '../../data/page-data';
import { hasHappened, latest, turningDays } from '../../data/events';
import type { AboutFact, WikiEvent } from '../../data/types';
import { sourcesFor, type WikiIndex } from '../../data/wiki-index';
import { steadyThrough } from '../../lib/durations';
import { buildStatus, LATEST_COUNT } from './status';

export interface HomeData {
  events: WikiEvent[];
  about: AboutFact[];
  /** The day the page was built from: its "today" until the reader's own date takes over. */
  asOf: string;
  /** The last day on which "where things stand" still reads as it does on `asOf`. */
  steadyThrough: string;
  /** Where to go next in the other medium, for each level (the stylesheet picks one). */
  next: ShownStep[];
}

export type HomePageData = PageData<HomeData>;

export function buildHomePage(index: WikiIndex): HomePageData {
  const asOf = index.content.wiki.checked;
  const { events, about } = index.content;
  const shown = [
    ...latest(events, asOf, LATEST_COUNT).reverse(),
    ...events.filter((e) => e.kind !== 'speculation' && !hasHappened(e, asOf)),
  ];
  const key = (day: string) => JSON.stringify(buildStatus(shown, day));
  const view: HomeData = {
    events: shown,
    about,
    asOf,
    steadyThrough: steadyThrough(
      asOf,
      turningDays(
        asOf,
        shown.map((e) => e.date),
      ),
      key,
    ),
    next: shownSteps(
      index.content.volumes,
      index.content.seasons.map((s) => s.number),
    ),
  };
  return {
    meta: {
      title: 'Heartstopper Fan Wiki',
      description:
        'An unofficial, cited Heartstopper wiki: cast, characters, episodes, how the books became the show and film, and 2022 release guesses scored against the facts.',
      type: 'website',
    },
    view,
    sources: sourcesFor(view, index),
    checked: asOf,
  };
}
