/** The next event on record, with a countdown in days where the day is known. */
import { Cite } from '../../components/citations';
import type { NextUp } from '../../data/events';
import { formatDate } from '../../lib/dates';

export function WhatsNext({ next, checked }: { next: NextUp | undefined; checked: string }) {
  return (
    <section aria-labelledby="whats-next" className="panel whats-next">
      <h2 id="whats-next">What's next</h2>
      {next ? (
        <>
          <p>
            <strong>{next.event.title}</strong>:{' '}
            {next.daysToGo !== undefined ? (
              <span className="countdown">{next.when}</span>
            ) : (
              next.when
            )}
            . {next.event.text}
            <Cite ids={next.event.sources} />
          </p>
          {next.daysToGo === undefined && (
            <p className="muted">
              No exact date was on record when these facts were last checked, on{' '}
              {formatDate(checked)}.
            </p>
          )}
        </>
      ) : (
        <p>Nothing further is on record yet.</p>
      )}
    </section>
  );
}
