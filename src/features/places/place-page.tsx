import { useMemo } from 'react';
import { collectReveals } from '../../lib/reveal';
import { Link } from 'react-router-dom';
import { InfoRow, Infobox, WithInfobox } from '../../components/entity-aids';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { Cite, Citations, SourceList } from '../../components/citations';
import { FactText } from '../../components/fact';
import { Gated } from '../../components/gated';
import { PageHead } from '../../components/page-head';
import { SpoilerSection } from '../../components/spoiler-scope';
import { ScreenLinks } from '../../components/screen-link';
import { paths } from '../../config/paths';
import type { Ref } from '../../data/page-data';
import type { Source } from '../../data/types';
import { type PlaceRow, type PlacesView, type PlaceView } from './place-view.build';

const KIND = { story: 'A place in the story', filming: 'A filming location' } as const;

export function PlacePage({ view, sources }: { view: PlaceView; sources: readonly Source[] }) {
  const reveals = useMemo(() => collectReveals(view), [view]);
  const { place } = view;
  return (
    <Citations sources={sources}>
      <article className="page">
        <Breadcrumbs
          trail={[{ label: 'Places', href: paths.places.href() }]}
          current={place.name}
        />
        <PageHead title={place.name} reveals={reveals} />
        <WithInfobox
          lede={<FactText fact={place.summary} className="lede" />}
          infobox={
            <Infobox title={place.name}>
              <InfoRow label="Kind">{KIND[place.kind]}</InfoRow>
              {view.standsIn.length > 0 && (
                <InfoRow label="In the story">
                  Stands in for <PlaceLinks places={view.standsIn} />
                  <Cite ids={place.standsIn?.sources ?? []} />
                </InfoRow>
              )}
              {view.filmedAt.length > 0 && (
                <InfoRow label="Filmed at">
                  {view.filmedAt.map((f, i) => (
                    <span key={f.place.slug}>
                      {i > 0 && ', '}
                      <Link to={paths.place.href(f.place.slug)}>{f.place.name}</Link>
                      <Cite ids={f.sources} />
                    </span>
                  ))}
                </InfoRow>
              )}
              {place.screens && (
                <InfoRow label="On screen in">
                  <ScreenLinks screens={place.screens.list} />
                  <Cite ids={place.screens.sources} />
                </InfoRow>
              )}
            </Infobox>
          }
        >
          {place.facts && place.facts.length > 0 && (
            <SpoilerSection
              id="more"
              title={`More about ${place.name}`}
              reveals={place.facts.map((f) => f.reveal)}
            >
              <ul className="plain-list">
                {place.facts.map((f) => (
                  <FactText key={f.text} fact={f} as="li" />
                ))}
              </ul>
            </SpoilerSection>
          )}
        </WithInfobox>
        <SourceList />
      </article>
    </Citations>
  );
}

function PlaceLinks({ places }: { places: readonly Ref[] }) {
  return (
    <>
      {places.map((p, i) => (
        <span key={p.slug}>
          {i > 0 && ', '}
          <Link to={paths.place.href(p.slug)}>{p.name}</Link>
        </span>
      ))}
    </>
  );
}

export function PlacesPage({ view }: { view: PlacesView }) {
  const story = view.places.filter((p) => p.kind === 'story');
  const filming = view.places.filter((p) => p.kind === 'filming');
  return (
    <article className="page">
      <h1>Places</h1>
      <p className="lede">
        Where the story happens, and the real places that played them on screen.
      </p>
      <PlaceSection id="story" title="In the story" rows={story} relatedLabel="Filmed at" />
      <PlaceSection
        id="filming"
        title="Filming locations"
        rows={filming}
        relatedLabel="Stands in for"
      />
    </article>
  );
}

function PlaceSection({
  id,
  title,
  rows,
  relatedLabel,
}: {
  id: string;
  title: string;
  rows: readonly PlaceRow[];
  relatedLabel: string;
}) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="card-list">
        {rows.map((row) => (
          <li key={row.slug} className="card">
            <h3 className="card__title">
              <Link to={paths.place.href(row.slug)}>{row.name}</Link>
            </h3>
            {row.line && <p className="card__line">{row.line}</p>}
            {row.spoilerLine && (
              <Gated as="p" className="card__line" reveal={row.spoilerLine.reveal}>
                {row.spoilerLine.text}
              </Gated>
            )}
            {row.related.length > 0 && (
              <p className="card__line card__line--muted">
                {relatedLabel}: <PlaceLinks places={row.related} />
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
