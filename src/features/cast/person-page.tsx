import { useMemo } from 'react';
import { collectReveals } from '../../lib/reveal';
import { Link } from 'react-router-dom';
import { Contents, WithInfobox } from '../../components/entity-aids';
import { AwardsSection } from '../../components/awards-section';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { PageHead } from '../../components/page-head';
import { SpoilerSection } from '../../components/spoiler-scope';
import { Cite, Citations, SourceList } from '../../components/citations';
import { FactText } from '../../components/fact';
import { PersonInfobox } from './person-infobox';
import { ScreenLinks } from '../../components/screen-link';
import { paths } from '../../config/paths';
import type { Source } from '../../data/types';
import { TIER_LABEL } from '../../data/story';
import type { PersonView } from './person-view.build';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function PersonPage({ view, sources }: { view: PersonView; sources: readonly Source[] }) {
  const reveals = useMemo(() => collectReveals(view), [view]);
  const { person } = view;
  return (
    <Citations sources={sources}>
      <article className="page">
        <Breadcrumbs trail={[{ label: 'Cast', href: paths.cast.href() }]} current={person.name} />
        <PageHead title={person.name} reveals={reveals} />
        <WithInfobox
          lede={person.summary && <FactText fact={person.summary} className="lede" />}
          infobox={<PersonInfobox view={view} />}
          contents={view.contents && <Contents items={view.contents} />}
        >
          {person.bio && person.bio.length > 0 && (
            <SpoilerSection
              id="about"
              title={`About ${person.name}`}
              reveals={person.bio.map((f) => f.reveal)}
            >
              {person.bio.map((f) => (
                <FactText key={f.text} fact={f} />
              ))}
            </SpoilerSection>
          )}

          {view.roles.length > 0 && (
            <section aria-labelledby="roles">
              <h2 id="roles">Roles by season</h2>
              <table className="data-table data-table--stack">
                <caption className="visually-hidden">
                  Characters {person.name} plays, and in which seasons
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Character</th>
                    <th scope="col">Seasons</th>
                    <th scope="col">Billing</th>
                  </tr>
                </thead>
                <tbody>
                  {view.roles.map((role) => (
                    <tr key={role.character?.slug ?? 'unknown'}>
                      <th scope="row">
                        {role.character ? (
                          <Link to={paths.character.href(role.character.slug)}>
                            {role.character.name}
                          </Link>
                        ) : role.note ? (
                          capitalise(role.note)
                        ) : (
                          'Part not known'
                        )}
                        {role.note && role.character && ` (${role.note})`}
                      </th>
                      <td data-label="Seasons">
                        <ScreenLinks screens={role.screens} />
                        <Cite ids={role.sources} />
                      </td>
                      <td data-label="Billing">{role.tier ? TIER_LABEL[role.tier] : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}

          {view.jobs.length > 0 && (
            <section aria-labelledby="jobs">
              <h2 id="jobs">Behind the camera</h2>
              <ul className="plain-list">
                {view.jobs.map((job) => (
                  <li key={job.job}>
                    {job.job}
                    {job.screens.length > 0 ? (
                      <>
                        {', '}
                        <ScreenLinks screens={job.screens} />
                      </>
                    ) : (
                      ', the series'
                    )}
                    {job.note && ` (${job.note})`}
                    <Cite ids={job.sources} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <AwardsSection awards={view.awards} />
        </WithInfobox>
        <SourceList />
      </article>
    </Citations>
  );
}
