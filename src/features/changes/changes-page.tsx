import { Link } from 'react-router-dom';
import { Gated } from '../../components/gated';
import { PageHead } from '../../components/page-head';
import { formatDate } from '../../lib/dates';
import { plural } from '../../lib/text';
import type { ChangeEntry, ChangesView } from './changes-view.build';

const KIND_LABEL: Record<ChangeEntry['kind'], string> = {
  added: 'Added',
  corrected: 'Corrected',
  expanded: 'Expanded',
  removed: 'Removed',
  news: 'News',
};

function ChangeText({ entry }: { entry: ChangeEntry }) {
  return (
    <>
      <Link to={entry.href}>{entry.title}</Link>: {entry.text}
    </>
  );
}

/** The newest changes, grouped by day, newest first, with the feed to follow them. */
export function ChangesPage({ view, feedHref }: { view: ChangesView; feedHref: string }) {
  const days = [...new Set(view.entries.map((e) => e.date))];
  return (
    <article className="page">
      <PageHead title="Recent changes" shareLabel="Share this page" />
      <p className="lede">
        Facts added, pages expanded and corrections made, with the release news, newest first.
        Follow them in any feed reader with the <a href={feedHref}>Atom feed</a>.
      </p>
      <p className="result-count">
        {view.entries.length < view.total
          ? `The newest ${view.entries.length} of ${plural(view.total, 'change')} on record.`
          : `${plural(view.total, 'change')} on record.`}
      </p>
      {days.map((day) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>
            <time dateTime={day}>{formatDate(day)}</time>
          </h2>
          <ul className="change-list">
            {view.entries
              .filter((e) => e.date === day)
              .map((e) => (
                <li key={e.id} id={e.id}>
                  <span className={`tag tag--${e.kind}`}>{KIND_LABEL[e.kind]}</span>{' '}
                  {e.reveal ? (
                    <Gated reveal={e.reveal} as="span">
                      <ChangeText entry={e} />
                    </Gated>
                  ) : (
                    <ChangeText entry={e} />
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
