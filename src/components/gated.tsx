/**
 * Content that gives part of the story away (docs/decisions/040). `reveal` is the earliest volume
 * and/or screen entry that reveals it.
 *
 * It is a native disclosure, <details>, so it works before the app's code arrives and without
 * JavaScript: closed, it shows only "Spoiler: Volume 4 / Season 3" (one tap opens it) and its
 * content is not in the page for screen readers. The stylesheet (spoilers.generated.css), reading
 * what the early script put on <html>, shows the content of whatever the reader has reached
 * from the first paint; once the app runs it also opens those. A section or the whole page can
 * open all of its spoilers at once (spoiler-scope.tsx).
 *
 * A gated list item or table cell keeps its own element, with the disclosure inside it; a gated
 * paragraph or span becomes the disclosure (a <details> may not sit inside a paragraph).
 */
import type { ReactNode } from 'react';
import { revealLabelKeptTogether } from '../data/story';
import { usePreferences } from '../data/use-preferences';
import { isRevealed, revealAttributes, type Reveal } from '../lib/reveal';
import { useHydrated } from '../lib/use-hydrated';

type Tag = 'div' | 'p' | 'span' | 'li' | 'td';
/** Elements that keep their place and hold the disclosure; the rest become it. */
const CONTAINERS = new Set<Tag>(['li', 'td']);

export function Gated({
  reveal,
  children,
  as: Tag = 'div',
  className,
  label,
}: {
  reveal: Reveal | undefined;
  children: ReactNode;
  as?: Tag;
  className?: string;
  /** What the closed disclosure calls it, before the level: "Spoiler: Season 2". */
  label?: string;
}) {
  const { progress } = usePreferences();
  const hydrated = useHydrated();
  if (!reveal) return <Tag className={className}>{children}</Tag>;
  // The server and the hydrating render know no reader: the stylesheet decides until then.
  const reached = hydrated && (!progress || isRevealed(reveal, progress));
  const disclosure = (
    <details
      className={!CONTAINERS.has(Tag) && className ? `spoiler ${className}` : 'spoiler'}
      {...revealAttributes(reveal)}
      {...(reached ? { 'data-reached': '' } : {})}
      open={reached}
    >
      <summary className="spoiler__summary">
        <span className="spoiler__label">
          {label ?? 'Spoiler'}: {revealLabelKeptTogether(reveal)}
        </span>
      </summary>
      <div className="spoiler__body">{children}</div>
    </details>
  );
  if (!CONTAINERS.has(Tag)) return disclosure;
  return <Tag className={className}>{disclosure}</Tag>;
}
