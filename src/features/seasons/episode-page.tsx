import { useMemo } from 'react';
import { collectReveals } from '../../lib/reveal';
import { Link } from 'react-router-dom';
import { Contents, Navbox, WithInfobox } from '../../components/entity-aids';
import { AwardsSection } from '../../components/awards-section';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { Cite, Citations, SourceList } from '../../components/citations';
import { FactText } from '../../components/fact';
import { ContentNotes } from '../../components/content-notes-deferred';
import { PageHead } from '../../components/page-head';
import { SpoilerSection } from '../../components/spoiler-scope';
import { EpisodeLink } from '../../components/screen-link';
import { EpisodeInfobox } from './episode-infobox';
import { paths } from '../../config/paths';
import { screenTitle } from '../../data/story';
import type { Source } from '../../data/types';
import type { EpisodeView } from './season-view.build';

export function EpisodePage({ view, sources }: { view: EpisodeView; sources: readonly Source[] }) {
  const reveals = useMemo(() => collectReveals(view), [view]);
  const { episode: e, season } = view;
  return (
    <Citations sources={sources}>
      <article className="page">
        <Breadcrumbs
          trail={[
            { label: 'Seasons and film', href: paths.seasons.href() },
            { label: season.title, href: paths.season.href(season.slug) },
          ]}
          current={e.title}
        />
        <PageHead title={e.title} reveals={reveals} />
        <WithInfobox
          lede={
            <p className="lede">
              {screenTitle(e.season)}, episode {e.number}
              <Cite ids={e.sources} />
            </p>
          }
          infobox={<EpisodeInfobox view={view} />}
          contents={<Contents items={view.contents} />}
        >
          <ContentNotes notes={e.contentNotes} support={view.support} />
          <SpoilerSection id="synopsis" title="Synopsis" reveals={e.synopsis.map((p) => p.reveal)}>
            {e.synopsis.map((part) => (
              <FactText key={part.text} fact={part} />
            ))}
          </SpoilerSection>

          {view.characters.length > 0 && (
            <section aria-labelledby="characters">
              <h2 id="characters">Characters</h2>
              <ul className="inline-list">
                {view.characters.map((c, i) => (
                  <li key={c.slug}>
                    <Link to={paths.character.href(c.slug)}>{c.name}</Link>
                    {/* The list's sources follow its last name, as a sentence's follow its end. */}
                    {i === view.characters.length - 1 && <Cite ids={e.characters?.sources ?? []} />}
                  </li>
                ))}
              </ul>
            </section>
          )}

          {e.music && e.music.length > 0 && (
            <section aria-labelledby="music">
              <h2 id="music">Music</h2>
              <ul className="plain-list">
                {e.music.map((m) => (
                  <li key={`${m.artist}-${m.title}`}>
                    “{m.title}”, {m.artist}
                    {m.note && ` (${m.note})`}
                    <Cite ids={m.sources} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <AwardsSection awards={view.awards} />

          <nav aria-label="Other episodes" className="pager">
            {view.previous && (
              <EpisodeLink season={view.previous.season} number={view.previous.number} rel="prev">
                ← Previous: {view.previous.title}
                {view.previous.seasonNote}
              </EpisodeLink>
            )}
            {view.next && (
              <EpisodeLink season={view.next.season} number={view.next.number} rel="next">
                Next: {view.next.title}
                {view.next.seasonNote} →
              </EpisodeLink>
            )}
          </nav>
          <Navbox
            id="season-episodes"
            title={`${season.title} episodes`}
            groups={[{ items: view.seasonEpisodes }]}
          />
        </WithInfobox>
        <SourceList />
      </article>
    </Citations>
  );
}
