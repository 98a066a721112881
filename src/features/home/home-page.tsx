import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Cite, Citations, SourceList } from '../../components/citations';
import { FactText } from '../../components/fact';
import { NextInOtherMedium } from '../../components/next-medium';
import { paths } from '../../config/paths';
import type { Source, WikiEvent } from '../../data/types';
import { citedIds } from '../../data/wiki-index';
import { formatDate } from '../../lib/dates';
import { useToday } from '../../lib/use-today';
import { buildStatus } from './status';
import type { HomeData } from './status-view.build';

const SECTIONS = [
  {
    href: paths.characters.href(),
    title: 'Characters',
    text: 'Who is who, who plays them, and how they are tied to each other.',
  },
  {
    href: paths.cast.href(),
    title: 'Cast and crew',
    text: 'Every actor on record, season by season, and the people behind the camera.',
  },
  {
    href: paths.volumes.href(),
    title: 'Volumes',
    text: 'The six graphic novels and which season, or the film, tells each one.',
  },
  {
    href: paths.seasons.href(),
    title: 'Seasons, episodes and film',
    text: 'Every episode in order, release dates, and the books behind them.',
  },
  {
    href: paths.places.href(),
    title: 'Places',
    text: 'Truham, Higgs, Paris, and where the show was filmed.',
  },
  {
    href: paths.awards.href(),
    title: 'Awards',
    text: 'Emmys, BAFTA and more: every nomination and win on record.',
  },
  {
    href: paths.release.href(),
    title: 'Release speculation',
    text: "2022's guesses about season 2, scored against what happened.",
  },
];

function when(event: WikiEvent) {
  return event.expected ? `${formatDate(event.date)}, date not announced` : formatDate(event.date);
}

/** The home page for the reader's day, which decides what "where things stand" lists. */
export function HomePage({ view, sources }: { view: HomeData; sources: readonly Source[] }) {
  const today = useToday(view.asOf, view.steadyThrough);
  const status = useMemo(() => buildStatus(view.events, today), [view, today]);
  const { about, next } = view;
  // The reader's day decides which events show: number only the sources of what is shown.
  const shown = useMemo(() => {
    const ids = new Set(citedIds([status, about]));
    return sources.filter((s) => ids.has(s.id));
  }, [sources, status, about]);
  return (
    <Citations sources={shown}>
      <article className="page home">
        <h1>Heartstopper Fan Wiki</h1>
        <p className="lede">
          An unofficial guide to Alice Oseman's Heartstopper: the graphic novels, the Netflix series
          and the film. Every fact links to where it comes from, and spoilers stay hidden until you
          ask for them.
        </p>
        <NextInOtherMedium steps={next} />

        <section aria-labelledby="now" className="panel">
          <h2 id="now">Where things stand</h2>
          {status.upcoming.length > 0 && (
            <>
              <h3>Coming next</h3>
              <ul className="plain-list">
                {status.upcoming.map(({ event, when }) => (
                  <li key={event.id}>
                    <strong>{event.title}</strong>: {when}
                    <Cite ids={event.sources} />
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Latest</h3>
          <ul className="plain-list">
            {status.latest.map((event) => (
              <li key={event.id}>
                <strong>{event.title}</strong>: {when(event)}. {event.text}
                <Cite ids={event.sources} />
              </li>
            ))}
          </ul>
        </section>

        <nav aria-labelledby="explore">
          <h2 id="explore">Explore the wiki</h2>
          <ul className="section-grid">
            {SECTIONS.map((s) => (
              <li key={s.href}>
                <Link to={s.href} className="section-card">
                  <span className="section-card__title">{s.title}</span>
                  <span className="section-card__text">{s.text}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <section aria-labelledby="about">
          <h2 id="about">About Heartstopper</h2>
          {about.map((fact) => (
            <FactText key={fact.id} fact={fact} />
          ))}
        </section>
        <SourceList />
      </article>
    </Citations>
  );
}
