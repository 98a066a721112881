/**
 * A navbox at the foot of a page: its neighbours in groups (a season's episodes, a character's
 * family and school), each a link, the page itself marked as the current one.
 */
import { Link } from 'react-router-dom';

export interface NavboxGroup {
  /** Left out when the navbox has one group, named by its own heading. */
  title?: string;
  items: { href: string; label: string; current?: boolean }[];
}

export function Navbox({
  id,
  title,
  groups,
}: {
  id: string;
  title: string;
  groups: NavboxGroup[];
}) {
  if (groups.length === 0) return null;
  return (
    <nav className="navbox" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {groups.map((group, i) => (
        <div key={group.title ?? i} className="navbox__group">
          {group.title && <h3 className="navbox__title">{group.title}</h3>}
          <ul className="navbox__list">
            {group.items.map((item) => (
              <li key={item.href}>
                {item.current ? (
                  <span aria-current="page">{item.label}</span>
                ) : (
                  <Link to={item.href}>{item.label}</Link>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
