/** An episode at a glance: where it sits, when it came out, who made it, what it adapts. */
import { Link } from 'react-router-dom';
import { InfoRow, Infobox, Joined } from '../../components/entity-aids';
import { Cite } from '../../components/citations';
import { EpisodeLink, ScreenLink, VolumeLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import type { Ref } from '../../data/page-data';
import { formatDate } from '../../lib/dates';
import type { EpisodeView } from './season-view.build';

const people = (list: readonly Ref[]) => (
  <Joined>
    {list.map((p) => (
      <Link key={p.slug} to={paths.person.href(p.slug)}>
        {p.name}
      </Link>
    ))}
  </Joined>
);

export function EpisodeInfobox({ view }: { view: EpisodeView }) {
  const { episode: e, previous, next } = view;
  return (
    <Infobox title={e.title}>
      <InfoRow label="Season">
        <ScreenLink screen={e.season} />, episode {e.number}
      </InfoRow>
      {view.release && !view.release.expected && (
        <InfoRow label="Released">
          <time dateTime={view.release.date}>{formatDate(view.release.date)}</time>, with the rest
          of the season
          <Cite ids={view.release.sources} />
        </InfoRow>
      )}
      {e.runtime && (
        <InfoRow label="Running time">
          {e.runtime.minutes} minutes
          <Cite ids={e.runtime.sources} />
        </InfoRow>
      )}
      {view.writers.length > 0 && (
        <InfoRow label="Written by">
          {people(view.writers)}
          <Cite ids={e.writers?.sources ?? []} />
        </InfoRow>
      )}
      {view.directors.length > 0 && (
        <InfoRow label="Directed by">
          {people(view.directors)}
          <Cite ids={e.directors?.sources ?? []} />
        </InfoRow>
      )}
      {e.adapts && (
        <InfoRow label="Adapts">
          <Joined>
            {e.adapts.volumes.map((v) => (
              <VolumeLink key={v} volume={v} />
            ))}
          </Joined>
          {e.adapts.chapters && `, ${e.adapts.chapters}`}
          <Cite ids={e.adapts.sources} />
        </InfoRow>
      )}
      {previous && (
        <InfoRow label="Previous">
          <EpisodeLink season={previous.season} number={previous.number}>
            {previous.title}
          </EpisodeLink>
          {previous.seasonNote}
        </InfoRow>
      )}
      {next && (
        <InfoRow label="Next">
          <EpisodeLink season={next.season} number={next.number}>
            {next.title}
          </EpisodeLink>
          {next.seasonNote}
        </InfoRow>
      )}
    </Infobox>
  );
}
