import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { navigation, paths } from '../../config/paths';
import { SITE_NAME } from '../../config/site';

/** The banner on every page: site name, sections, and slots for search and settings. */
export function SiteHeader({ search, settings }: { search?: ReactNode; settings?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={paths.home.href()} className="site-name">
          <svg className="site-name__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 21s-7.5-4.6-9.6-9.3C.9 8.2 3 4.5 6.6 4.5c2.2 0 3.7 1.3 5.4 3.3 1.7-2 3.2-3.3 5.4-3.3 3.6 0 5.7 3.7 4.2 7.2C19.5 16.4 12 21 12 21z" />
          </svg>
          {SITE_NAME}
        </Link>
        {search && <div className="site-header__search">{search}</div>}
        {settings && <div className="site-header__settings">{settings}</div>}
      </div>
      <nav aria-label="Sections" className="site-nav">
        <ul>
          {navigation.map((item) => (
            <li key={item.href}>
              <NavLink to={item.href}>{item.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
