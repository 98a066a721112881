import { useMemo } from 'react';
import { collectReveals } from '../../lib/reveal';
import { Link } from 'react-router-dom';
import { Contents, InfoRow, Infobox, WithInfobox } from '../../components/entity-aids';
import { ContentNotes } from '../../components/content-notes-deferred';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageHead } from '../../components/page-head';
import { SpoilerSection } from '../../components/spoiler-scope';
import { Cite, Citations, SourceList } from '../../components/citations';
import { FactText } from '../../components/fact';
import { Gated } from '../../components/gated';
import { ScreenLink, ScreenLinks } from '../../components/screen-link';
import { paths } from '../../config/paths';
import type { Source, Volume } from '../../data/types';
import { AdaptationMap } from './adaptation-map-deferred';
import { formatDate } from '../../lib/dates';
import type { VolumeView } from './volume-view.build';
import { volumeTitle } from '../../data/story';

export function VolumePage({ view, sources }: { view: VolumeView; sources: readonly Source[] }) {
  const reveals = useMemo(() => collectReveals(view), [view]);
  const { volume } = view;
  return (
    <Citations sources={sources}>
      <article className="page">
        <Breadcrumbs
          trail={[{ label: 'Volumes', href: paths.volumes.href() }]}
          current={volumeTitle(volume.number)}
        />
        <PageHead title={volumeTitle(volume.number)} reveals={reveals}>
          {volumeTitle(volume.number)}
          {volume.final && <span className="title-note"> (the final volume)</span>}
        </PageHead>
        <WithInfobox
          infobox={<VolumeInfobox view={view} />}
          contents={
            <Contents
              items={[
                { id: 'publication', title: 'Publication' },
                { id: 'adapted', title: 'On screen' },
                { id: 'map', title: 'Books to screen' },
                ...(volume.plot.length ? [{ id: 'plot', title: 'What happens' }] : []),
                ...(volume.differences?.length
                  ? [{ id: 'differences', title: 'Book and screen' }]
                  : []),
                ...(view.characters.length ? [{ id: 'characters', title: 'Who appears' }] : []),
                { id: 'sources-heading', title: 'Sources' },
              ]}
            />
          }
        >
          <ContentNotes notes={volume.contentNotes} support={view.support} />
          <section aria-labelledby="publication">
            <h2 id="publication">Publication</h2>
            <ul className="plain-list">
              {volume.published.map((p) => (
                <li key={`${p.date}-${p.region ?? ''}`}>
                  {publicationLine(p)}
                  {p.note && `. ${p.note.replace(/\.$/, '')}`}
                  <Cite ids={p.sources} />
                </li>
              ))}
            </ul>
            {volume.final && (
              <p>
                Announced on {formatDate(volume.final.announced)} as the last volume.
                {volume.final.note && ` ${volume.final.note}`}
                <Cite ids={volume.final.sources} />
              </p>
            )}
          </section>

          <section aria-labelledby="adapted">
            <h2 id="adapted">On screen</h2>
            {volume.adaptedIn.length === 0 ? (
              <p>Not adapted.</p>
            ) : (
              <ul className="plain-list">
                {volume.adaptedIn.map((a) => (
                  <li key={a.screen}>
                    Adapted in <ScreenLink screen={a.screen} />
                    <Cite ids={a.sources} />
                  </li>
                ))}
                {view.companions.map((c) => (
                  <li key={c.slug}>
                    Together with the {c.kind} <cite>{c.title}</cite> ({c.published})
                    <Cite ids={[...c.adaptedIn.flatMap((a) => a.sources), ...c.sources]} />
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="map">
            <h2 id="map">Books to screen</h2>
            <AdaptationMap books={view.map} highlight={volume.number} />
          </section>

          {volume.plot.length > 0 && (
            <SpoilerSection
              id="plot"
              title="What happens"
              reveals={volume.plot.map((p) => p.reveal)}
            >
              <ul className="plain-list story-list">
                {volume.plot.map((p) => (
                  <FactText key={p.id} fact={p} as="li" />
                ))}
              </ul>
            </SpoilerSection>
          )}

          {volume.differences && volume.differences.length > 0 && (
            <SpoilerSection
              id="differences"
              title="Book and screen"
              reveals={volume.differences.map((f) => f.reveal)}
            >
              <ul className="plain-list">
                {volume.differences.map((f) => (
                  <FactText key={f.text} fact={f} as="li" />
                ))}
              </ul>
            </SpoilerSection>
          )}

          <section aria-labelledby="characters" hidden={view.characters.length === 0}>
            <h2 id="characters">Who appears</h2>
            {view.characters.length > 0 && (
              <ul className="inline-list">
                {view.characters.map(({ character, reveal }) => (
                  <Gated key={character.slug} as="li" reveal={reveal}>
                    <Link to={paths.character.href(character.slug)}>{character.name}</Link>
                  </Gated>
                ))}
              </ul>
            )}
          </section>

          <nav aria-label="Other volumes" className="pager">
            {view.previous !== undefined && (
              <Link to={paths.volume.href(view.previous)} rel="prev">
                ← {volumeTitle(view.previous)}
              </Link>
            )}
            {view.next !== undefined && (
              <Link to={paths.volume.href(view.next)} rel="next">
                {volumeTitle(view.next)} →
              </Link>
            )}
          </nav>
        </WithInfobox>
        <SourceList />
      </article>
    </Citations>
  );
}

/** A volume at a glance: when and where it came out, what adapts it, its neighbours. */
function VolumeInfobox({ view }: { view: VolumeView }) {
  const { volume } = view;
  return (
    <Infobox title={volumeTitle(volume.number)}>
      <InfoRow label="Published">
        <ul className="infobox__list">
          {volume.published.map((p) => (
            <li key={`${p.date}-${p.region ?? ''}`}>{publicationLine(p)}</li>
          ))}
        </ul>
      </InfoRow>
      <InfoRow label="Adapted in">
        {volume.adaptedIn.length === 0 ? (
          'Not adapted yet'
        ) : (
          <ScreenLinks screens={volume.adaptedIn.map((a) => a.screen)} />
        )}
      </InfoRow>
      {view.previous !== undefined && (
        <InfoRow label="Previous">
          <Link to={paths.volume.href(view.previous)}>{volumeTitle(view.previous)}</Link>
        </InfoRow>
      )}
      {view.next !== undefined && (
        <InfoRow label="Next">
          <Link to={paths.volume.href(view.next)}>{volumeTitle(view.next)}</Link>
        </InfoRow>
      )}
    </Infobox>
  );
}

/**
 * One printing in words: "7 February 2019, UK: Hodder Children's Books", or for a printing with
 * no region, "2018: Alice Oseman (self-published)". A publisher's own brackets stay its only
 * brackets.
 */
function publicationLine(p: Volume['published'][number]): string {
  const when = p.region ? `${formatDate(p.date)}, ${p.region}` : formatDate(p.date);
  return p.publisher ? `${when}: ${p.publisher}` : when;
}
