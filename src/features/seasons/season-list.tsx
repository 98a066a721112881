import { ScreenLink, VolumeLink } from '../../components/screen-link';
import { themeList } from '../../data/content-notes';
import { ReleaseDate } from './release-date';
import type { SeasonRow } from './season-view';

export function SeasonTable({ seasons }: { seasons: readonly SeasonRow[] }) {
  return (
    <table className="data-table">
      <caption>The seasons and the film</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Released</th>
          <th scope="col">Episodes</th>
          <th scope="col">Adapts</th>
          <th scope="col">Content notes</th>
        </tr>
      </thead>
      <tbody>
        {seasons.map((s) => (
          <tr key={s.slug}>
            <th scope="row">
              <ScreenLink screen={s.number} />
            </th>
            <td>
              <ReleaseDate release={s.release} />
            </td>
            <td>{s.episodes ?? (s.kind === 'film' ? 'feature film' : '')}</td>
            <td>
              {s.adapts.map((a, i) => (
                <span key={a.volume ?? a.title}>
                  {i > 0 && (a.volume !== undefined ? ' and ' : ', ')}
                  {a.volume !== undefined ? (
                    <VolumeLink volume={a.volume} />
                  ) : (
                    <cite>{a.title}</cite>
                  )}
                </span>
              ))}
            </td>
            <td>{themeList(s.notes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
