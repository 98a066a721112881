import { useMemo } from 'react';
import { collectReveals } from '../../lib/reveal';
import { Link } from 'react-router-dom';
import { Contents, Navbox, WithInfobox } from '../../components/entity-aids';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageHead } from '../../components/page-head';
import { SpoilerSection } from '../../components/spoiler-scope';
import { Cite, Citations, SourceList } from '../../components/citations';
import { FactText } from '../../components/fact';
import { Gated } from '../../components/gated';
import { CharacterInfobox } from './character-infobox';
import { EpisodeLink, VolumeLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import { watchLabel } from '../../data/story';
import type { Fact, Source } from '../../data/types';
import { characterContents, RELATIONSHIP_GROUPS } from './character-sections';
import type { CharacterView } from './character-view.build';
import { deferHydration } from '../../components/deferred';

/** Static on a prerendered page: its code loads when the reader points at it or tabs in. */
const RelationshipDiagram = deferHydration(() => import('./relationship-diagram'));

export function CharacterPage({
  view,
  sources,
}: {
  view: CharacterView;
  sources: readonly Source[];
}) {
  const reveals = useMemo(() => collectReveals(view), [view]);
  const { character } = view;
  return (
    <Citations sources={sources}>
      <article className="page">
        <Breadcrumbs
          trail={[{ label: 'Characters', href: paths.characters.href() }]}
          current={character.name}
        />
        <PageHead title={character.name} reveals={reveals} />
        <WithInfobox
          lede={<FactText fact={character.summary} className="lede" />}
          infobox={<CharacterInfobox view={view} />}
          contents={<Contents items={characterContents(view)} />}
        >
          {character.bio && character.bio.length > 0 && (
            <SpoilerSection
              id="about"
              title={`About ${character.name}`}
              reveals={character.bio.map((f) => f.reveal)}
            >
              {character.bio.map((f) => (
                <FactText key={f.text} fact={f} />
              ))}
            </SpoilerSection>
          )}

          <Story id="in-books" title="In the books" points={view.inBooks} volumes />
          <Story id="on-screen" title="On screen" points={view.onScreen} />

          {view.episodes.length > 0 && (
            <section aria-labelledby="episodes">
              <h2 id="episodes">Episodes</h2>
              <ul className="inline-list">
                {view.episodes.map((e) => (
                  <li key={e.id}>
                    <EpisodeLink season={e.season} number={e.number}>
                      {e.title}{' '}
                      <span className="muted">
                        (S{e.season}E{e.number})
                      </span>
                    </EpisodeLink>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {view.relationships.length > 0 && (
            <SpoilerSection
              id="relationships"
              title="Relationships"
              reveals={view.relationships.map((r) => r.reveal)}
            >
              <RelationshipDiagram view={view} />
              {RELATIONSHIP_GROUPS.map(({ group, title }) => {
                const items = view.relationships.filter((r) => r.group === group);
                if (items.length === 0) return null;
                return (
                  <div key={group} className="relationship-group">
                    <h3>{title}</h3>
                    <ul className="plain-list">
                      {items.map((r) => (
                        <Gated key={r.other.slug} as="li" reveal={r.reveal}>
                          <Link to={paths.character.href(r.other.slug)}>{r.other.name}</Link>,{' '}
                          {r.label}
                          {r.text && <>. {r.text}</>}
                          <Cite ids={r.sources} />
                        </Gated>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </SpoilerSection>
          )}
          <Navbox
            id="related-characters"
            title="Related characters"
            groups={view.groups.map((g) => ({
              title: g.title,
              items: g.members.map((m) => ({
                href: paths.character.href(m.slug),
                label: m.name,
                current: m.slug === character.slug,
              })),
              after: g.more ? <li className="navbox__more">and {g.more} more</li> : null,
            }))}
          />
        </WithInfobox>
        <SourceList />
      </article>
    </Citations>
  );
}

/** A character's story, in order: by volume in the books, by season and episode on screen. */
function Story({
  id,
  title,
  points,
  volumes = false,
}: {
  id: string;
  title: string;
  points: readonly (Fact & { volume?: number })[];
  volumes?: boolean;
}) {
  if (points.length === 0) return null;
  return (
    <SpoilerSection id={id} title={title} reveals={points.map((p) => p.reveal)}>
      <ul className="plain-list story-list">
        {points.map((point) => (
          <Gated key={point.text} as="li" reveal={point.reveal}>
            {volumes && point.volume !== undefined && (
              <span className="tag">
                <VolumeLink volume={point.volume} />
              </span>
            )}
            {!volumes && point.reveal?.screen !== undefined && (
              <span className="tag">{watchLabel(point.reveal.screen, point.reveal.episode)}</span>
            )}
            {point.text}
            <Cite ids={point.sources} />
          </Gated>
        ))}
      </ul>
    </SpoilerSection>
  );
}
