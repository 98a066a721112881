/**
 * Books → show → film as a picture: every book on the left, linked by a line to the season or
 * film that adapts it. Every box is a link. On a volume page the volume, its lines and what
 * adapts it are highlighted. A table says the same thing in words.
 */
import { useId, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { ScreenLink } from '../../components/screen-link';
import { EmptyState } from '../../components/empty-state';
import { paths } from '../../config/paths';
import { bookKey, layoutAdaptationMap, type MapBooks, type MapNode } from './adaptation-map';
import { volumeTitle } from '../../data/story';

const hrefs = { volume: paths.volume.href, screen: paths.season.href };

export default function AdaptationMap({
  books,
  highlight,
  table = true,
}: {
  books: MapBooks;
  /** The volume whose page this is. */
  highlight?: number;
  /** Whether to add the table; the volumes page has its own fuller table. */
  table?: boolean;
}) {
  const layout = useMemo(() => layoutAdaptationMap(books, hrefs), [books]);
  const captionId = useId();
  const current = highlight === undefined ? undefined : bookKey(highlight);
  const linked = new Set(layout.edges.filter((e) => e.from === current).map((e) => e.to));
  if (layout.books.length === 0) {
    return (
      <figure className="chart map" aria-labelledby={captionId}>
        <figcaption id={captionId}>From the books to the screen</figcaption>
        <EmptyState>No book is on record as adapted yet.</EmptyState>
      </figure>
    );
  }
  const node = (n: MapNode, state: 'current' | 'linked' | undefined) => (
    <Link
      key={n.key}
      to={n.href}
      className={`map__node${state ? ` map__node--${state}` : ''}`}
      aria-label={n.description}
      {...(state === 'current' ? { 'aria-current': 'page' as const } : {})}
    >
      <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={8} />
      <text x={n.x + 12} y={n.y + n.height / 2 + 5}>
        {n.label}
      </text>
    </Link>
  );
  // The table follows the figure rather than sitting in it: a table beside a figcaption would
  // take the figcaption as its own caption (HTML's rule), and this table has its own.
  return (
    <>
      <figure className="chart map" aria-labelledby={captionId}>
        <figcaption id={captionId}>
          From the books to the screen: which season, or the film, adapts each book
          {highlight !== undefined ? `; ${volumeTitle(highlight)} is highlighted` : ''}.
        </figcaption>
        <svg
          className="chart__svg map__svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-labelledby={captionId}
        >
          <g aria-hidden="true">
            {layout.edges.map((e) => (
              <path
                key={`${e.from}-${e.to}`}
                d={e.d}
                className={`map__edge${e.from === current ? ' map__edge--current' : ''}`}
              />
            ))}
          </g>
          {layout.books.map((n) => node(n, n.key === current ? 'current' : undefined))}
          {layout.screens.map((n) => node(n, linked.has(n.key) ? 'linked' : undefined))}
        </svg>
      </figure>
      {table && <AdaptationTable books={books} highlight={highlight} />}
    </>
  );
}

/** The map in words: each book and what adapts it. */
export function AdaptationTable({ books, highlight }: { books: MapBooks; highlight?: number }) {
  return (
    <table className="data-table map__table">
      <caption>The map as a table</caption>
      <thead>
        <tr>
          <th scope="col">Book</th>
          <th scope="col">Adapted in</th>
        </tr>
      </thead>
      <tbody>
        {books.volumes.map((v) => (
          <tr key={v.number} className={v.number === highlight ? 'is-current' : undefined}>
            <th scope="row">
              <Link
                to={paths.volume.href(v.number)}
                {...(v.number === highlight ? { 'aria-current': 'page' as const } : {})}
              >
                {volumeTitle(v.number)}
              </Link>
              {v.number === highlight && ' (this page)'}
            </th>
            <td>
              <Screens screens={v.adaptedIn.map((a) => a.screen)} />
            </td>
          </tr>
        ))}
        {books.related.map((r) => (
          <tr key={r.slug}>
            <th scope="row">
              <cite>{r.title}</cite> ({r.kind})
            </th>
            <td>
              <Screens screens={r.adaptedIn.map((a) => a.screen)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Screens({ screens }: { screens: number[] }) {
  if (screens.length === 0) return <>not adapted</>;
  return (
    <>
      {screens.map((s, i) => (
        <span key={s}>
          {i > 0 && ', '}
          <ScreenLink screen={s} />
        </span>
      ))}
    </>
  );
}
