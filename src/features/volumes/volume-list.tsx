import { Link } from 'react-router-dom';
import { Cite, Citations, SourceList } from '../../components/citations';
import { FactText } from '../../components/fact';
import { ScreenLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import { themeList } from '../../data/content-notes';
import type { Source } from '../../data/types';
import { formatDate } from '../../lib/dates';
import { plural } from '../../lib/text';
import type { BookRow, VolumesView } from './volume-view.build';
import { volumeTitle } from '../../data/story';

const KIND_WORD: Record<BookRow['kind'], string> = {
  novel: 'novel',
  novella: 'novella',
  companion: 'companion book',
};

/** The volumes and the connected books, as a table a screen reader can walk. */
export function VolumeTable({ view }: { view: VolumesView }) {
  return (
    <table className="data-table data-table--stack">
      <caption>The graphic novels and what adapts them</caption>
      <thead>
        <tr>
          <th scope="col">Book</th>
          <th scope="col">First published</th>
          <th scope="col">Adapted in</th>
          <th scope="col">Plot points</th>
          <th scope="col">Content notes</th>
        </tr>
      </thead>
      <tbody>
        {view.volumes.map((v) => (
          <tr key={v.number}>
            <th scope="row">
              <Link to={paths.volume.href(v.number)}>{volumeTitle(v.number)}</Link>
              {v.final && ' (final)'}
            </th>
            <td data-label="First published">{formatDate(v.firstPublished)}</td>
            <td data-label="Adapted in">
              {v.screens.map((s, i) => (
                <span key={s}>
                  {i > 0 && ', '}
                  <ScreenLink screen={s} />
                </span>
              ))}
            </td>
            <td data-label="Plot points on record">{plural(v.plotPoints, 'plot point')}</td>
            <td data-label="Content notes">{themeList(v.notes)}</td>
          </tr>
        ))}
        {view.books.map((b) => (
          <tr key={b.slug}>
            <th scope="row">
              <a href={`#${paths.book.id(b.slug)}`}>
                <cite>{b.title}</cite>
              </a>{' '}
              ({KIND_WORD[b.kind]})
            </th>
            <td data-label="First published">{formatDate(b.published)}</td>
            <td data-label="Adapted in">
              {b.screens.length === 0
                ? 'not adapted'
                : b.screens.map((s, i) => (
                    <span key={s}>
                      {i > 0 && ', '}
                      <ScreenLink screen={s} />
                    </span>
                  ))}
            </td>
            <td data-label="Plot points on record">none</td>
            <td data-label="Content notes" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Alice Oseman's other books that touch the story, and how each ties in. */
export function ConnectedBooks({
  books,
  sources,
}: {
  books: readonly BookRow[];
  sources: readonly Source[];
}) {
  if (books.length === 0) return null;
  return (
    <Citations sources={sources}>
      <section aria-labelledby="connected">
        <h2 id="connected">Connected books</h2>
        {books.map((b) => (
          <section
            key={b.slug}
            id={paths.book.id(b.slug)}
            aria-labelledby={`${paths.book.id(b.slug)}-title`}
          >
            <h3 id={`${paths.book.id(b.slug)}-title`}>
              <cite>{b.title}</cite>
            </h3>
            <p>
              A {KIND_WORD[b.kind]}, {formatDate(b.published)}
              {b.publisher && `, ${b.publisher}`}. {b.summary}
              <Cite ids={b.sources} />
            </p>
            {b.ties.length > 0 && (
              <ul className="plain-list">
                {b.ties.map((t) => (
                  <FactText key={t.text} fact={t} as="li" />
                ))}
              </ul>
            )}
          </section>
        ))}
        <SourceList headingLevel={3} />
      </section>
    </Citations>
  );
}
