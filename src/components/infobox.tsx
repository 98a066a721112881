/**
 * An entity page's infobox: the facts a fan looks for first (who plays them, when it came out),
 * as prerendered markup. It sits under the lede on a phone and in the right-hand column on a
 * wide screen, where it stays in view (docs/decisions/042). A fact that gives the story away
 * keeps its spoiler disclosure inside the box.
 */
import { Children, type ReactNode } from 'react';
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
  /** "On this page" (contents.tsx): after the box on a phone, under it on a wide screen. */
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
