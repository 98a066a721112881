/** The scorecard: every source's guesses counted by outcome, and how far the close ones missed. */
import { EmptyState } from '../../components/empty-state';
import { formatDate } from '../../lib/dates';
import { plural } from '../../lib/text';
import type { ReleaseView } from './release-view';
import { buildScorecard, OUTCOMES } from './scorecard-view';
import { OUTCOME_LABEL } from './verdict-badge';
import { CLOSE_MONTHS } from '../../data/story';

export default function Scorecard({ view }: { view: ReleaseView }) {
  const card = buildScorecard(view);
  if (card.total.total === 0) {
    return (
      <section aria-labelledby="scorecard">
        <h2 id="scorecard">Scorecard</h2>
        <EmptyState>No predictions are on record yet.</EmptyState>
      </section>
    );
  }
  return (
    <section aria-labelledby="scorecard">
      <h2 id="scorecard">Scorecard</h2>
      <p>
        {plural(card.total.total, 'prediction')}:{' '}
        {OUTCOMES.map((o) => `${card.total.counts[o]} ${OUTCOME_LABEL[o].toLowerCase()}`).join(
          ', ',
        )}
        .
      </p>
      <table className="data-table data-table--stack scorecard">
        <caption>
          Predictions by source. A date guess counts as close when it misses its window by{' '}
          {CLOSE_MONTHS} months or less.
        </caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Guesses</th>
            {OUTCOMES.map((o) => (
              <th key={o} scope="col" className={`verdict verdict--${o}`}>
                {OUTCOME_LABEL[o]}
              </th>
            ))}
            <th scope="col">Right, of those checked</th>
          </tr>
        </thead>
        <tbody>
          {card.rows.map((row) => (
            <tr key={row.source.id}>
              <th scope="row">
                {row.source.publisher}, {formatDate(row.source.published)}
              </th>
              <td data-label="Guesses">{row.total}</td>
              {OUTCOMES.map((o) => (
                <td key={o} data-label={OUTCOME_LABEL[o]}>
                  {row.counts[o]}
                </td>
              ))}
              <td data-label="Right, of those checked">
                {row.hitRate === undefined ? 'none checked yet' : `${row.hitRate}%`}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All sources</th>
            <td data-label="Guesses">{card.total.total}</td>
            {OUTCOMES.map((o) => (
              <td key={o} data-label={OUTCOME_LABEL[o]}>
                {card.total.counts[o]}
              </td>
            ))}
            <td data-label="Right, of those checked">
              {card.total.hitRate === undefined ? 'none checked yet' : `${card.total.hitRate}%`}
            </td>
          </tr>
        </tfoot>
      </table>
      {card.close.length > 0 && (
        <>
          <h3>The close calls</h3>
          <ul className="plain-list">
            {card.close.map((c) => (
              <li key={c.id}>
                {c.topic} ({c.publisher}): {c.miss}.
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
