import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageHead } from '../../components/page-head';
import { buildCitationIndex, Cite, Citations, SourceList } from '../../components/citations';
import { FactText } from '../../components/fact';
import { VolumeLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import { TIER_LABEL } from '../../data/constants';
import type { Source } from '../../data/types';
import { formatDate, formatRange } from '../../lib/dates';
import { ReleaseDate } from './release-date';
import { seasonCitationOrder, type SeasonView } from './season-view';

export function SeasonPage({ view, sources }: { view: SeasonView; sources: readonly Source[] }) {
  const index = useMemo(
    () => buildCitationIndex(sources, seasonCitationOrder(view)),
    [sources, view],
  );
  const { screen } = view;
  const n = screen.number;
  return (
    <Citations index={index}>
      <article className="page">
        <Breadcrumbs
          trail={[{ label: 'Seasons and film', href: paths.seasons.href() }]}
          current={screen.title}
        />
        <PageHead title={screen.title} />
        <p className="lede">
          {screen.kind === 'film'
            ? 'The feature-length film that ends the series.'
            : `Season ${n} of the Netflix series.`}
        </p>

        <dl className="facts">
          <dt>{view.release?.expected ? 'Expected' : 'Released'}</dt>
          <dd>
            <ReleaseDate release={view.release} />
            {view.release && <Cite ids={view.release.sources} />}
          </dd>
          {screen.episodes && (
            <>
              <dt>Episodes</dt>
              <dd>
                {screen.episodes.count}
                {screen.episodes.runtime && `, ${screen.episodes.runtime}`}
                {screen.episodes.titles && `: ${screen.episodes.titles.join(', ')}`}
                <Cite ids={screen.episodes.sources} />
              </dd>
            </>
          )}
          <dt>Adapts</dt>
          <dd>
            {view.volumes.length === 0 && view.related.length === 0 && 'not on record'}
            {view.volumes.map((v, i) => (
              <span key={v.number}>
                {i > 0 && ' and '}
                <VolumeLink volume={v.number} />
                <Cite ids={v.adaptedIn.find((a) => a.screen === n)?.sources ?? []} />
              </span>
            ))}
            {view.related.map((r) => (
              <span key={r.slug}>
                , with the {r.kind} <cite>{r.title}</cite>
                <Cite ids={r.adaptedIn.find((a) => a.screen === n)?.sources ?? []} />
              </span>
            ))}
          </dd>
          {view.directors.length > 0 && (
            <>
              <dt>Directed by</dt>
              <dd>
                {view.directors.map((d, i) => (
                  <span key={d.person.slug}>
                    {i > 0 && ', '}
                    <Link to={paths.person.href(d.person.slug)}>{d.person.name}</Link>
                    <Cite ids={d.sources} />
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>

        {screen.notes.length > 0 && (
          <section aria-labelledby="notes">
            <h2 id="notes">About this {screen.kind}</h2>
            <ul className="plain-list">
              {screen.notes.map((note) => (
                <FactText key={note.text} fact={note} as="li" />
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="cast">
          <h2 id="cast">Cast on record</h2>
          {view.cast.length === 0 ? (
            <p>Our sources do not yet list the cast of {screen.title}.</p>
          ) : (
            <ul className="plain-list columns">
              {view.cast.map(({ person, character, credit }) => (
                <li key={`${person.slug}-${credit.character ?? ''}`}>
                  <Link to={paths.person.href(person.slug)}>{person.name}</Link>
                  {character ? (
                    <>
                      {' as '}
                      <Link to={paths.character.href(character.slug)}>{character.name}</Link>
                    </>
                  ) : (
                    ', role not on record'
                  )}
                  {credit.note && ` (${credit.note})`}
                  {credit.tier && <span className="tag">{TIER_LABEL[credit.tier]}</span>}
                  <Cite ids={credit.sources} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="timeline">
          <h2 id="timeline">Timeline</h2>
          <ol className="timeline-list">
            {view.events.map((e) => (
              <li key={e.id}>
                <span className="timeline-list__date">
                  {e.endDate ? formatRange(e.date, e.endDate) : formatDate(e.date)}
                </span>
                <span>
                  <strong>{e.title}.</strong> {e.text}
                  <Cite ids={e.sources} />
                </span>
              </li>
            ))}
          </ol>
        </section>
        <SourceList />
      </article>
    </Citations>
  );
}
