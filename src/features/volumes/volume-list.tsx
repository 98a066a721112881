import { Link } from 'react-router-dom';
import { ScreenLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import type { Books } from '../../data/types';
import { formatDate } from '../../lib/dates';
import { plural } from '../../lib/text';
import { firstPublished } from './volume-view';

/** The six volumes and the related books, as a table a screen reader can walk. */
export function VolumeTable({ books }: { books: Books }) {
  return (
    <table className="data-table">
      <caption>The graphic novels and what adapts them</caption>
      <thead>
        <tr>
          <th scope="col">Book</th>
          <th scope="col">First published</th>
          <th scope="col">Adapted in</th>
          <th scope="col">Plot points on record</th>
        </tr>
      </thead>
      <tbody>
        {books.volumes.map((v) => (
          <tr key={v.number}>
            <th scope="row">
              <Link to={paths.volume.href(v.number)}>Volume {v.number}</Link>
              {v.final && ' (final)'}
            </th>
            <td>{formatDate(firstPublished(v).date)}</td>
            <td>
              {v.adaptedIn.map((a, i) => (
                <span key={a.screen}>
                  {i > 0 && ', '}
                  <ScreenLink screen={a.screen} />
                </span>
              ))}
            </td>
            <td>{plural(v.plot.length, 'plot point')}</td>
          </tr>
        ))}
        {books.related.map((r) => (
          <tr key={r.slug}>
            <th scope="row">
              <cite>{r.title}</cite> ({r.kind})
            </th>
            <td>{formatDate(r.published)}</td>
            <td>
              {r.adaptedIn.length === 0
                ? 'not adapted on record'
                : r.adaptedIn.map((a) => <ScreenLink key={a.screen} screen={a.screen} />)}
            </td>
            <td>none</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
