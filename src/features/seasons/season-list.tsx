import { ScreenLink, VolumeLink } from '../../components/screen-link';
import { themeList } from '../../data/content-notes';
import { ReleaseDate } from './release-date';
import type { SeasonRow } from './season-view.build';

/** The seasons list: every season and the film, each linking to its page. */
export function SeasonsPage({ seasons }: { seasons: readonly SeasonRow[] }) {
  return (
    <article className="page">
      <h1>Seasons and film</h1>
      <p className="lede">
        Three seasons on Netflix, then a feature-length film in place of a fourth. Each season page
        lists its episodes.
      </p>
      <SeasonTable seasons={seasons} />
    </article>
  );
}

export function SeasonTable({ seasons }: { seasons: readonly SeasonRow[] }) {
  return (
    <table className="data-table data-table--stack">
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
            <td data-label="Released">
              <ReleaseDate release={s.release} />
            </td>
            <td data-label="Episodes">{s.episodes ?? (s.kind === 'film' ? 'feature film' : '')}</td>
            <td data-label="Adapts">
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
            <td data-label="Content notes">{themeList(s.notes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
