/** Every page by name, A to Z (a-z.build.ts): the lists first, then a jump to each letter. */
import { Link } from 'react-router-dom';
import { PageHead } from '../../components/page-head';
import { paths } from '../../config/paths';
import type { AzView } from './a-z.build';

const anchorOf = (letter: string) => (letter === '#' ? 'letter-other' : `letter-${letter}`);

export function AzPage({ view }: { view: AzView }) {
  return (
    <article className="page">
      <PageHead title="Every page, A to Z" />
      <p className="lede">
        Every page of the wiki by name. Awards, release events and the books beside the graphic
        novels are entries of their lists. With JavaScript,{' '}
        <Link to={paths.search.href()}>search</Link> finds them all, typos forgiven.
      </p>
      <nav aria-label="Lists">
        <h2>Lists</h2>
        <ul className="inline-list">
          {view.lists.map((list) => (
            <li key={list.href}>
              <Link to={list.href}>{list.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Letters">
        <ul className="inline-list letter-nav">
          {view.letters.map(({ letter }) => (
            <li key={letter}>
              <a href={`#${anchorOf(letter)}`}>{letter === '#' ? 'Other' : letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {view.letters.map(({ letter, entries }) => (
        <section key={letter} aria-labelledby={anchorOf(letter)}>
          <h2 id={anchorOf(letter)}>{letter === '#' ? 'Other' : letter}</h2>
          <ul className="result-list">
            {entries.map((entry) => (
              <li key={entry.href} className="result">
                <Link to={entry.href} className="result__title">
                  {entry.title}
                </Link>
                <span className="result__line">{entry.line}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
