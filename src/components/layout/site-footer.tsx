import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        An unofficial fan site, made by fans. It has no connection with Netflix, Hachette or Alice
        Oseman.
      </p>
      <p>
        Every fact is cited: each numbered link leads to the report it comes from. The wiki began
        with a May 2022 article guessing at season 2; the{' '}
        <Link to={paths.release.href()}>release page</Link> scores those guesses against what
        happened.
      </p>
      <ul className="site-footer__links">
        <li>
          <Link to={paths.contribute.href()}>How to contribute</Link>
        </li>
        <li>
          <Link to={paths.changes.href()}>Recent changes</Link>
        </li>
        <li>
          <a href={`${import.meta.env.BASE_URL}feed.xml`}>Atom feed</a>
        </li>
      </ul>
    </footer>
  );
}
