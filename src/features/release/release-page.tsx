import { useMemo, type ReactNode } from 'react';
import { Cite, Citations, SourceList } from '../../components/citations';
import { Gated } from '../../components/gated';
import { paths } from '../../config/paths';
import type { WikiEvent } from '../../data/types';
import { formatDate, formatRange } from '../../lib/dates';
import { revealLabel } from '../../data/story';
import { citedIds } from '../../data/wiki-index';
import { type JudgedPrediction, type ReleaseView } from './release-view';
import { deferHydration } from '../../components/deferred';
import { VerdictBadge } from './verdict-badge';
import { WhatsNext } from './whats-next-panel';
import type { Source } from '../../data/types';
import type { EditTarget } from '../../data/page-data';
import { EditLinks } from '../../components/edit-links';

/** Static on a prerendered page: their code loads when the reader points at them or tabs in. */
const ReleaseTimeline = deferHydration(() => import('./release-timeline'));
const Scorecard = deferHydration(() => import('./scorecard'));

export function ReleasePage({
  view,
  whole = view,
  sources,
  filters,
  checked,
  edits,
}: {
  /** "Suggest an edit" and "Report a mistake" for each prediction. */
  edits?: Record<string, EditTarget> | undefined;
  view: ReleaseView;
  /** The day the facts were last checked. */
  checked: string;
  /** The view before filters: the scorecard always counts every prediction. */
  whole?: ReleaseView;
  sources: readonly Source[];
  /** Search and filter controls; `view` arrives already narrowed by them. */
  filters?: ReactNode;
}) {
  // The filters narrow what is shown: number only the sources of what is, in the data's order.
  const shown = useMemo(() => {
    const ids = new Set(citedIds(view));
    return sources.filter((s) => ids.has(s.id));
  }, [sources, view]);
  return (
    <Citations sources={shown}>
      <article className="page">
        <h1>Release: the guesses and what happened</h1>
        <p className="lede">
          In spring 2022, before Netflix had said anything about a second season, The Digital Fix
          and i news guessed when it would come and what it would show. Here is every guess next to
          the record, scored from the dates.
        </p>

        <WhatsNext next={view.next} checked={checked} />
        <Scorecard view={whole} />
        <ReleaseTimeline
          view={view}
          fallback={
            <p role="status" className="status">
              Loading the timeline…
            </p>
          }
        />

        {filters}

        <section aria-labelledby="events" hidden={view.events.length === 0}>
          <h2 id="events">What happened</h2>
          <ol className="timeline-list">
            {view.events.map((e) => (
              <EventItem key={e.id} event={e} />
            ))}
          </ol>
        </section>

        <section aria-labelledby="predictions" hidden={view.predictions.length === 0}>
          <h2 id="predictions">The predictions</h2>
          <ul className="prediction-list">
            {view.predictions.map((p) => (
              <PredictionCard key={p.prediction.id} judged={p} edit={edits?.[p.prediction.id]} />
            ))}
          </ul>
        </section>
        <SourceList />
      </article>
    </Citations>
  );
}

function EventItem({ event }: { event: WikiEvent }) {
  return (
    <li id={paths.event.id(event.id)}>
      <span className="timeline-list__date">
        {event.endDate ? formatRange(event.date, event.endDate) : formatDate(event.date)}
        {event.expected && ' (expected)'}
      </span>
      <span>
        <strong>{event.title}.</strong> {event.text}
        <Cite ids={event.sources} />
      </span>
    </li>
  );
}

function PredictionCard({ judged, edit }: { judged: JudgedPrediction; edit?: EditTarget }) {
  const { prediction, verdict, source } = judged;
  return (
    <li className="prediction" id={paths.prediction.id(prediction.id)}>
      <h3>{prediction.topic}</h3>
      <p className="prediction__by">
        {source.publisher}, {formatDate(source.published)}
        <Cite ids={[source.id]} />
      </p>
      <Gated reveal={prediction.reveal} className="prediction__body">
        <p>
          <span className="label">Claimed:</span> {prediction.statement}
        </p>
        <p>
          <span className="label">What happened:</span> {verdict.detail}
          <Cite ids={verdict.sources} />
        </p>
        {prediction.note && (
          <p className="prediction__note">
            {prediction.note}
            <Cite ids={prediction.noteSources ?? []} />
          </p>
        )}
        <p>
          <span className="label">Verdict:</span> <VerdictBadge verdict={verdict} />
        </p>
      </Gated>
      {prediction.reveal && (
        <p className="visually-hidden">Spoiler for {revealLabel(prediction.reveal)}.</p>
      )}
      {edit && <EditLinks edit={edit} what="this prediction" />}
    </li>
  );
}
