/** The awards a person or an episode is named in, each linking to its row on the awards page. */
import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import type { AwardRef } from '../data/page-data';
import { Cite } from './citations';

export function AwardsSection({ awards }: { awards: readonly AwardRef[] }) {
  if (awards.length === 0) return null;
  return (
    <section aria-labelledby="awards">
      <h2 id="awards">Awards</h2>
      <ul className="plain-list">
        {awards.map((a) => (
          <li key={a.id}>
            <Link to={paths.award.href(a.id)}>
              {a.ceremony} {a.year}
            </Link>
            : {a.category}, {a.result === 'won' ? 'won' : 'nominated'}
            <Cite ids={a.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}
