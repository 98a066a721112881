/**
 * The parts of an entity page that help a reader find their way, all prerendered markup and CSS
 * (docs/decisions/042), kept in one module so a page loads them as one small file:
 *
 * - the infobox: the facts a fan looks for first (who plays them, when it came out), under the
 *   lede on a phone and in the right-hand column on a wide screen; a fact that gives the story
 *   away keeps its spoiler disclosure inside the box;
 * - "On this page": a fold at the top on a phone, closed until tapped; on a wide screen it stands
 *   open under the infobox and stays in view. Pages with fewer than three sections go without;
 * - a navbox at the foot: the page's neighbours in groups (a season's episodes, a character's
 *   family and school), the page itself marked as the current one.
 */
import { Children, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Reveal } from '../lib/reveal';
import { Gated } from './gated';

/** The page's body beside its infobox: `lede` first, then the box, the contents, the sections. */
export function WithInfobox({
  lede,
  infobox,
  contents,
  children,
}: {
  lede?: ReactNode;
  infobox: ReactNode;
  /** "On this page" (`Contents` below): after the box on a phone, under it on a wide screen. */
  contents?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="with-infobox">
      {lede && <div className="with-infobox__lede">{lede}</div>}
      {infobox}
      {contents}
      <div className="with-infobox__main">{children}</div>
    </div>
  );
}

/** The box itself; its rows are `InfoRow`s. A box with no rows is not shown. */
export function Infobox({ title, children }: { title: string; children: ReactNode }) {
  const rows = Children.toArray(children);
  if (rows.length === 0) return null;
  return (
    <aside className="infobox" aria-label="At a glance">
      <p className="infobox__title" aria-hidden="true">
        {title}
      </p>
      <dl className="infobox__rows">{rows}</dl>
    </aside>
  );
}

/** One fact: a label and its value, behind a spoiler disclosure when `reveal` says so. */
export function InfoRow({
  label,
  reveal,
  children,
}: {
  label: string;
  reveal?: Reveal | undefined;
  children: ReactNode;
}) {
  return (
    <div className="infobox__row">
      <dt>{label}</dt>
      <dd>
        {reveal ? (
          <Gated reveal={reveal} as="span">
            {children}
          </Gated>
        ) : (
          children
        )}
      </dd>
    </div>
  );
}

/** Items joined as a reader writes them: "a, b and c". */
export function Joined({ children }: { children: ReactNode[] }) {
  return (
    <>
      {children.map((child, i) => (
        <span key={i}>
          {i > 0 && (i === children.length - 1 ? ' and ' : ', ')}
          {child}
        </span>
      ))}
    </>
  );
}

export interface ContentsItem {
  id: string;
  title: string;
}

export function Contents({ items }: { items: readonly ContentsItem[] }) {
  if (items.length < 3) return null;
  return (
    <nav className="contents" aria-label="On this page">
      <details className="contents__fold">
        <summary className="contents__title">On this page</summary>
        <ol className="contents__list">
          {items.map((item) => (
            <li key={item.id}>
              <a href={`#${item.id}`}>{item.title}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}

export interface NavboxGroup {
  /** Left out when the navbox has one group, named by its own heading. */
  title?: string;
  items: { href: string; label: string; current?: boolean }[];
  /** Shown after the items, in the list: "and 276 more" when they are only part of the group. */
  after?: ReactNode;
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
            {group.after}
          </ul>
        </div>
      ))}
    </nav>
  );
}
