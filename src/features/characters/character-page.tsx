import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageHead } from '../../components/page-head';
import { buildCitationIndex, Cite, Citations, SourceList } from '../../components/citations';
import { FactText } from '../../components/fact';
import { Gated } from '../../components/gated';
import { ScreenLink, ScreenLinks, VolumeLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import type { Source } from '../../data/types';
import { characterCitationOrder, RELATIONSHIP_GROUPS, type CharacterView } from './character-view';
import { TIER_LABEL } from '../../data/constants';
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
  const index = useMemo(
    () => buildCitationIndex(sources, characterCitationOrder(view)),
    [sources, view],
  );
  const { character } = view;
  return (
    <Citations index={index}>
      <article className="page">
        <Breadcrumbs
          trail={[{ label: 'Characters', href: paths.characters.href() }]}
          current={character.name}
        />
        <PageHead title={character.name} />
        <FactText fact={character.summary} className="lede" />

        <section aria-labelledby="played-by">
          <h2 id="played-by">Played by</h2>
          {view.portrayals.length === 0 ? (
            <p>No actor is on record for this character.</p>
          ) : (
            <ul className="plain-list">
              {view.portrayals.map(({ person, credits }) => (
                <li key={person.slug}>
                  <Link to={paths.person.href(person.slug)}>{person.name}</Link>
                  {credits.some((c) => c.note) && ` (${credits.find((c) => c.note)?.note})`}
                  {' in '}
                  <ScreenLinks screens={credits.map((c) => c.screen)} />
                  {credits[0]?.tier && <span className="tag">{TIER_LABEL[credits[0].tier]}</span>}
                  <Cite ids={credits.flatMap((c) => c.sources)} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="first-appearances">
          <h2 id="first-appearances">First appearances</h2>
          <dl className="facts">
            <dt>In the graphic novels</dt>
            <dd>
              {character.bookDebut ? (
                <>
                  <VolumeLink volume={character.bookDebut.volume} />
                  {character.bookDebut.earlier && (
                    <>; earlier in print: {character.bookDebut.earlier}</>
                  )}
                  <Cite ids={character.bookDebut.sources} />
                </>
              ) : (
                'Not on record in our sources'
              )}
            </dd>
            <dt>On screen</dt>
            <dd>
              {view.screenDebut ? (
                <>
                  <ScreenLink screen={view.screenDebut.screen} />
                  <Cite ids={view.screenDebut.sources} />
                </>
              ) : (
                'Not on record in our sources'
              )}
            </dd>
          </dl>
        </section>

        <section aria-labelledby="relationships">
          <h2 id="relationships">Relationships</h2>
          <RelationshipDiagram view={view} />
          {view.relationships.length === 0 ? (
            <p>No relationships are on record for this character yet.</p>
          ) : (
            RELATIONSHIP_GROUPS.map(({ group, title }) => {
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
            })
          )}
        </section>

        <section aria-labelledby="story">
          <h2 id="story">In the story</h2>
          {view.story.length === 0 ? (
            <p>No plot points about this character are on record yet.</p>
          ) : (
            <ul className="plain-list story-list">
              {view.story.map((point) => (
                <Gated key={point.text} as="li" reveal={point.reveal}>
                  {point.volume !== undefined && (
                    <span className="tag">
                      <VolumeLink volume={point.volume} />
                    </span>
                  )}
                  {point.text}
                  <Cite ids={point.sources} />
                </Gated>
              ))}
            </ul>
          )}
        </section>
        <SourceList />
      </article>
    </Citations>
  );
}
