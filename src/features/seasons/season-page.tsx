import { useMemo } from 'react';
import { collectReveals } from '../../lib/reveal';
import { Link } from 'react-router-dom';
import { Contents, InfoRow, Infobox, WithInfobox } from '../../components/entity-aids';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageHead } from '../../components/page-head';
import { SpoilerSection } from '../../components/spoiler-scope';
import { Cite, Citations, SourceList } from '../../components/citations';
import { FactText } from '../../components/fact';
import { ContentNotes } from '../../components/content-notes-deferred';
import { EpisodeLink, VolumeLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import { screenTitle, TIER_LABEL } from '../../data/story';
import type { Source } from '../../data/types';
import { formatDate, formatRange } from '../../lib/dates';
import { ReleaseDate } from './release-date';
import type { SeasonView } from './season-view.build';

export function SeasonPage({ view, sources }: { view: SeasonView; sources: readonly Source[] }) {
  const reveals = useMemo(() => collectReveals(view), [view]);
  const { screen } = view;
  const n = screen.number;
  return (
    <Citations sources={sources}>
      <article className="page">
        <Breadcrumbs
          trail={[{ label: 'Seasons and film', href: paths.seasons.href() }]}
          current={screen.title}
        />
        <PageHead title={screen.title} reveals={reveals} />
        <WithInfobox
          lede={
            <p className="lede">
              {screen.kind === 'film'
                ? 'The feature-length film that ends the series.'
                : `${screenTitle(n)} of the Netflix series.`}
            </p>
          }
          contents={
            <Contents
              items={[
                ...(screen.synopsis?.length ? [{ id: 'synopsis', title: 'The story' }] : []),
                ...(view.episodes.length ? [{ id: 'episodes', title: 'Episodes' }] : []),
                ...(screen.notes.length
                  ? [{ id: 'notes', title: `About this ${screen.kind}` }]
                  : []),
                { id: 'cast', title: 'Cast' },
                ...(view.events.length ? [{ id: 'timeline', title: 'Timeline' }] : []),
                { id: 'sources-heading', title: 'Sources' },
              ]}
            />
          }
          infobox={
            <Infobox title={screen.title}>
              <InfoRow label={view.release?.expected ? 'Expected' : 'Released'}>
                <ReleaseDate release={view.release} />
                {view.release && <Cite ids={view.release.sources} />}
              </InfoRow>
              {screen.episodes && (
                <InfoRow label="Episodes">
                  {screen.episodes.count}
                  {screen.episodes.runtime && `, ${screen.episodes.runtime}`}
                  <Cite ids={screen.episodes.sources} />
                </InfoRow>
              )}
              {view.adapts.length > 0 && (
                <InfoRow label="Adapts">
                  {view.adapts.map((a, i) => (
                    <span key={a.volume ?? a.book?.slug}>
                      {i > 0 && (a.volume !== undefined ? ' and ' : ', with the ')}
                      {a.volume !== undefined ? (
                        <VolumeLink volume={a.volume} />
                      ) : (
                        <>
                          {a.book!.kind} <cite>{a.book!.title}</cite>
                        </>
                      )}
                      <Cite ids={a.sources} />
                    </span>
                  ))}
                </InfoRow>
              )}
              {view.directors.length > 0 && (
                <InfoRow label="Directed by">
                  {view.directors.map((d, i) => (
                    <span key={d.person.slug}>
                      {i > 0 && ', '}
                      <Link to={paths.person.href(d.person.slug)}>{d.person.name}</Link>
                      <Cite ids={d.sources} />
                    </span>
                  ))}
                </InfoRow>
              )}
            </Infobox>
          }
        >
          <ContentNotes notes={screen.contentNotes} support={view.support} />
          {screen.synopsis && screen.synopsis.length > 0 && (
            <SpoilerSection
              id="synopsis"
              title="The story"
              reveals={screen.synopsis.map((f) => f.reveal)}
            >
              {screen.synopsis.map((f) => (
                <FactText key={f.text} fact={f} />
              ))}
            </SpoilerSection>
          )}

          {view.episodes.length > 0 && (
            <section aria-labelledby="episodes">
              <h2 id="episodes">Episodes</h2>
              <ol className="episode-list">
                {view.episodes.map((e) => (
                  <li key={e.id}>
                    <EpisodeLink season={n} number={e.number} title={e.title} />
                    {e.minutes !== undefined && <span className="tag">{e.minutes} min</span>}
                  </li>
                ))}
              </ol>
            </section>
          )}

          {screen.notes.length > 0 && (
            <SpoilerSection
              id="notes"
              title={`About this ${screen.kind}`}
              reveals={screen.notes.map((f) => f.reveal)}
            >
              <ul className="plain-list">
                {screen.notes.map((note) => (
                  <FactText key={note.text} fact={note} as="li" />
                ))}
              </ul>
            </SpoilerSection>
          )}

          <section aria-labelledby="cast">
            <h2 id="cast">Cast</h2>
            {view.cast.length === 0 ? (
              <p>No cast of {screen.title} is on record yet.</p>
            ) : (
              <ul className="plain-list columns">
                {view.cast.map(({ person, character, credit }) => (
                  <li key={`${person.slug}-${credit.character ?? ''}`}>
                    <Link to={paths.person.href(person.slug)}>{person.name}</Link>
                    {character ? (
                      <>
                        {' as '}
                        <Link to={paths.character.href(character.slug)}>{character.name}</Link>
                      </>
                    ) : null}
                    {credit.note ? ` (${credit.note})` : !character && ' (part not known)'}
                    {credit.tier && <span className="tag">{TIER_LABEL[credit.tier]}</span>}
                    <Cite ids={credit.sources} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="timeline" hidden={view.events.length === 0}>
            <h2 id="timeline">Timeline</h2>
            <ol className="timeline-list">
              {view.events.map((e) => (
                <li key={e.id}>
                  <span className="timeline-list__date">
                    {e.endDate ? formatRange(e.date, e.endDate) : formatDate(e.date)}
                  </span>
                  <span>
                    <strong>{e.title}.</strong> {e.text}
                    <Cite ids={e.sources} />
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </WithInfobox>
        <SourceList />
      </article>
    </Citations>
  );
}
