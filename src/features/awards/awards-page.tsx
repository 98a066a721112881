import { Link } from 'react-router-dom';
import { Cite, Citations, SourceList } from '../../components/citations';
import { PageHead } from '../../components/page-head';
import { EpisodeLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import type { Source } from '../../data/types';
import { formatDate } from '../../lib/dates';
import { plural } from '../../lib/text';
import type { AwardRow, AwardsView } from './award-view.build';

/** Every award on record, newest ceremony first, as a table per year. */
export function AwardsPage({ view, sources }: { view: AwardsView; sources: readonly Source[] }) {
  const years = [...new Set(view.awards.map((a) => a.year))];
  const wins = view.awards.filter((a) => a.result === 'won').length;
  return (
    <Citations sources={sources}>
      <article className="page">
        <PageHead title="Awards" shareLabel="Share this page" />
        <p className="lede">
          {plural(wins, 'win')} from {plural(view.awards.length, 'nomination')}, for the series, its
          cast and its writing.
        </p>
        {years.map((year) => (
          <section key={year} aria-labelledby={`year-${year}`}>
            <h2 id={`year-${year}`}>{year}</h2>
            <table className="data-table data-table--stack">
              <caption className="visually-hidden">Nominations and wins in {year}</caption>
              <thead>
                <tr>
                  <th scope="col">Ceremony and category</th>
                  <th scope="col">Nominee</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {view.awards
                  .filter((a) => a.year === year)
                  .map((a) => (
                    <AwardRowView key={a.id} award={a} />
                  ))}
              </tbody>
            </table>
          </section>
        ))}
        <SourceList />
      </article>
    </Citations>
  );
}

function AwardRowView({ award: a }: { award: AwardRow }) {
  return (
    <tr id={paths.award.id(a.id)}>
      <th scope="row">
        {a.ceremony}
        {a.date && (
          <>
            {' '}
            (<time dateTime={a.date}>{formatDate(a.date)}</time>)
          </>
        )}
        : {a.category}
      </th>
      <td data-label="Nominee">
        {a.people.length > 0
          ? a.people.map((p, i) => (
              <span key={p.slug}>
                {i > 0 && ', '}
                <Link to={paths.person.href(p.slug)}>{p.name}</Link>
              </span>
            ))
          : a.nominee}
        {a.episode && (
          <>
            {' '}
            for{' '}
            <EpisodeLink season={a.episode.season} number={a.episode.number}>
              “{a.episode.title}”
            </EpisodeLink>
          </>
        )}
      </td>
      <td data-label="Result">
        {a.result === 'won' ? <strong>Won</strong> : 'Nominated'}
        <Cite ids={a.sources} />
      </td>
    </tr>
  );
}
