import { ScreenLink, VolumeLink } from '../../components/screen-link';
import { adaptedBy, releaseOf } from '../../data/derive';
import type { Books, Screen, WikiEvent } from '../../data/types';
import { ReleaseDate } from './release-date';

export function SeasonTable({
  screens,
  events,
  books,
}: {
  screens: readonly Screen[];
  events: readonly WikiEvent[];
  books: Books;
}) {
  return (
    <table className="data-table">
      <caption>The three seasons and the film</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Released</th>
          <th scope="col">Episodes</th>
          <th scope="col">Adapts</th>
        </tr>
      </thead>
      <tbody>
        {screens.map((s) => {
          const { volumes, related } = adaptedBy(s.number, books);
          return (
            <tr key={s.slug}>
              <th scope="row">
                <ScreenLink screen={s.number} />
              </th>
              <td>
                <ReleaseDate release={releaseOf(s.number, events)} />
              </td>
              <td>
                {s.episodes
                  ? s.episodes.count
                  : s.kind === 'film'
                    ? 'feature film'
                    : 'not on record'}
              </td>
              <td>
                {volumes.map((v, i) => (
                  <span key={v.number}>
                    {i > 0 && ' and '}
                    <VolumeLink volume={v.number} />
                  </span>
                ))}
                {related.map((r) => (
                  <span key={r.slug}>
                    , <cite>{r.title}</cite>
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
