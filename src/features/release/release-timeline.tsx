/**
 * The release history as a picture: date guesses as the windows they claimed (with a tick where
 * the real event fell) above the axis, real events as points below. Every mark is a link to its
 * row in the table beside the chart, named for screen readers, and shows its detail on hover or
 * keyboard focus. The table says everything the chart does.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Cite } from '../../components/citations';
import type { ReleaseView } from './release-view';
import {
  eventAnchor,
  eventDateText,
  layoutTimeline,
  predictionAnchor,
  verdictText,
  type TimelineLayout,
} from './timeline';
import { compareDates, formatDate } from '../../lib/dates';
import { Gated } from '../../components/gated';
import { EmptyState } from '../../components/empty-state';
import { paths } from '../../config/paths';

type Active = { kind: 'event' | 'prediction'; id: string } | null;

export default function ReleaseTimeline({ view }: { view: ReleaseView }) {
  const layout = useMemo(() => layoutTimeline(view), [view]);
  const [active, setActive] = useState<Active>(null);
  const ids = useId();
  const figure = useRef<HTMLElement>(null);
  // This code may arrive after the reader has already pointed at or focused a mark (see
  // deferHydration): show that mark's detail straight away.
  useEffect(() => {
    const mark = figure.current?.querySelector<SVGElement>(
      '.chart__mark:focus, .chart__mark:hover',
    );
    const { kind, id } = mark?.dataset ?? {};
    if ((kind === 'event' || kind === 'prediction') && id) setActive({ kind, id });
  }, []);
  const captionId = `${ids}-caption`;
  if (layout.events.length === 0 && layout.predictions.length === 0) {
    return (
      <section aria-labelledby={`${ids}-heading`} className="timeline">
        <h2 id={`${ids}-heading`}>Timeline</h2>
        <EmptyState clearHref={paths.release.href()}>
          No events or predictions match these filters, so there is nothing to draw.
        </EmptyState>
      </section>
    );
  }
  return (
    <section aria-labelledby={`${ids}-heading`} className="timeline">
      <h2 id={`${ids}-heading`}>Timeline</h2>
      <figure ref={figure} className="chart chart--wide" aria-labelledby={captionId}>
        <figcaption id={captionId}>
          Guesses against the record, {layout.years[0]?.year} to{' '}
          {layout.years[layout.years.length - 1]?.year}: each guess as the window it claimed, with a
          tick where the real event fell; below the line, what happened.
        </figcaption>
        <div className="chart__scroll">
          <TimelineSvg layout={layout} labelledBy={captionId} onActive={setActive} />
        </div>
        <Detail layout={layout} active={active} />
      </figure>
      <TimelineTable view={view} />
    </section>
  );
}

function TimelineSvg({
  layout,
  labelledBy,
  onActive,
}: {
  layout: TimelineLayout;
  labelledBy: string;
  onActive: (a: Active) => void;
}) {
  const handlers = (kind: 'event' | 'prediction', id: string) => ({
    onMouseEnter: () => onActive({ kind, id }),
    onFocus: () => onActive({ kind, id }),
    onMouseLeave: () => onActive(null),
    onBlur: () => onActive(null),
  });
  return (
    <svg
      className="chart__svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-labelledby={labelledBy}
    >
      <g aria-hidden="true">
        {layout.years.map((y) => (
          <g key={y.year}>
            <line className="chart__grid" x1={y.x} x2={y.x} y1={0} y2={layout.height} />
            {y.x < layout.width - 40 && (
              <text className="chart__year" x={y.x + 4} y={layout.axisY - 5}>
                {y.year}
              </text>
            )}
          </g>
        ))}
        <line
          className="chart__axis"
          x1={0}
          x2={layout.width}
          y1={layout.axisY}
          y2={layout.axisY}
        />
      </g>
      {layout.predictions.map((p) => (
        <a
          key={p.id}
          href={`#${p.anchor}`}
          className={`chart__mark chart__guess chart__guess--${p.outcome}`}
          aria-label={`Guess, ${p.title} (${p.dateText}). ${p.verdict}.`}
          data-kind="prediction"
          data-id={p.id}
          {...handlers('prediction', p.id)}
        >
          <rect x={p.x1} y={p.y - 7} width={Math.max(4, p.x2 - p.x1)} height={14} rx={4} />
          {p.actualX !== undefined && (
            <line
              className="chart__actual"
              x1={p.actualX}
              x2={p.actualX}
              y1={p.y - 12}
              y2={p.y + 12}
            />
          )}
          <text
            x={
              p.labelLeft
                ? Math.min(p.x1, p.actualX ?? p.x1) - 8
                : Math.max(p.x2, p.actualX ?? p.x2) + 8
            }
            y={p.y + 4}
            textAnchor={p.labelLeft ? 'end' : 'start'}
          >
            {p.title} · {p.verdict}
          </text>
        </a>
      ))}
      {layout.events.map((e) => (
        <a
          key={e.id}
          href={`#${e.anchor}`}
          className={`chart__mark chart__event${e.expected ? ' chart__event--expected' : ''}`}
          aria-label={`${e.dateText}: ${e.title}`}
          data-kind="event"
          data-id={e.id}
          {...handlers('event', e.id)}
        >
          {e.span ? (
            <rect x={e.x1} y={e.y - 6} width={Math.max(8, e.x2 - e.x1)} height={12} rx={6} />
          ) : (
            <circle cx={e.cx} cy={e.y} r={6} />
          )}
          {e.short && (
            <text
              className="chart__label"
              x={e.labelInside ? e.cx : e.x2 + 9}
              y={e.y + 4}
              textAnchor={e.labelInside ? 'middle' : 'start'}
            >
              {e.short}
            </text>
          )}
        </a>
      ))}
    </svg>
  );
}

/** What the hovered or focused mark says; the same words the mark's accessible name carries. */
function Detail({ layout, active }: { layout: TimelineLayout; active: Active }) {
  let body = (
    <>
      <span className="on-fine-pointer">Hover over or tab to a mark</span>
      <span className="on-coarse-pointer">Tap a mark</span> for its details; the table below lists
      them all.
    </>
  );
  if (active?.kind === 'event') {
    const e = layout.events.find((m) => m.id === active.id);
    if (e)
      body = (
        <>
          <strong>{e.dateText}:</strong> {e.title}. {e.text}
        </>
      );
  } else if (active?.kind === 'prediction') {
    const p = layout.predictions.find((m) => m.id === active.id);
    if (p)
      body = (
        <>
          <strong>{p.title}</strong> ({p.dateText}). {p.detail} <strong>{p.verdict}.</strong>
        </>
      );
  }
  return (
    <p className="chart__detail" aria-hidden="true">
      {body}
    </p>
  );
}

/** The chart as a table: every event and every date guess, in date order. */
export function TimelineTable({ view }: { view: ReleaseView }) {
  const rows = [
    ...view.events.map((event) => ({ sort: event.date, key: `e-${event.id}`, event })),
    ...view.predictions.flatMap((judged) =>
      judged.prediction.claim.type === 'window'
        ? [{ sort: judged.prediction.claim.from, key: `p-${judged.prediction.id}`, judged }]
        : [],
    ),
  ].sort((a, b) => compareDates(a.sort, b.sort));
  return (
    <table className="data-table data-table--stack timeline-table">
      <caption>The timeline as a table: what happened, and the date guesses</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">Kind</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          if ('event' in row) {
            const e = row.event;
            return (
              <tr key={row.key} id={eventAnchor(e.id)}>
                <td data-label="When">{eventDateText(e)}</td>
                <th scope="row">
                  {e.title}
                  <Cite ids={e.sources} />
                </th>
                <td data-label="Kind">{e.expected ? 'Expected' : 'Event'}</td>
              </tr>
            );
          }
          const { prediction, verdict, source } = row.judged;
          const claim = prediction.claim as Extract<typeof prediction.claim, { type: 'window' }>;
          return (
            <tr key={row.key} id={predictionAnchor(prediction.id)}>
              <td data-label="When">
                {claim.label} ({formatDate(claim.from)} to {formatDate(claim.to)})
              </td>
              <th scope="row">
                {prediction.topic}: guess by {source.publisher}
                <Cite ids={[source.id]} />
              </th>
              <td data-label="Kind">
                <Gated reveal={prediction.reveal} as="span">
                  Guess, {verdictText(verdict.outcome, verdict.label).toLowerCase()}
                </Gated>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
