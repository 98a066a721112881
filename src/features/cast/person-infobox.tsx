/** A person at a glance: pronouns, the characters they play and in which seasons, their jobs. */
import { Link } from 'react-router-dom';
import { InfoRow, Infobox } from '../../components/entity-aids';
import { ScreenLinks } from '../../components/screen-link';
import { paths } from '../../config/paths';
import { TIER_LABEL } from '../../data/story';
import type { PersonView } from './person-view.build';

export function PersonInfobox({ view }: { view: PersonView }) {
  const { person, roles, jobs } = view;
  return (
    <Infobox title={person.name}>
      {person.pronouns && <InfoRow label="Pronouns">{person.pronouns}</InfoRow>}
      {roles.length > 0 && (
        <InfoRow label={roles.length > 1 ? 'Roles' : 'Role'}>
          <ul className="infobox__list">
            {roles.map((role) => (
              <li key={role.character?.slug ?? 'unnamed'}>
                {role.character ? (
                  <Link to={paths.character.href(role.character.slug)}>{role.character.name}</Link>
                ) : role.note ? (
                  role.note.charAt(0).toUpperCase() + role.note.slice(1)
                ) : (
                  'Part not known'
                )}
                {role.screens.length > 0 && (
                  <>
                    {' in '}
                    <ScreenLinks screens={role.screens} />
                  </>
                )}
                {role.tier && <span className="tag">{TIER_LABEL[role.tier]}</span>}
              </li>
            ))}
          </ul>
        </InfoRow>
      )}
      {jobs.length > 0 && (
        <InfoRow label={jobs.length > 1 ? 'Jobs' : 'Job'}>
          <ul className="infobox__list">
            {jobs.map((job) => (
              <li key={job.job}>
                {job.job}
                {job.screens.length > 0 && (
                  <>
                    {', '}
                    <ScreenLinks screens={job.screens} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </InfoRow>
      )}
    </Infobox>
  );
}
