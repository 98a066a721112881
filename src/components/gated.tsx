/**
 * Wraps content that gives part of the story away. `reveal` is the earliest volume and/or
 * screen entry that reveals it. When the reader has not got that far (the spoiler shield in
 * the header), the content is not rendered at all, so nothing is announced, and a button
 * "Show spoiler: Volume 4" reveals this one item.
 *
 * Before the app starts, the prerendered content carries `data-reveal` with its volume
 * (`data-rv`) and screen position (`data-rs`), and the stylesheet hides it unless <html> (set by
 * the early script from the stored setting) says the reader has reached one of them.
 * Content the reader revealed by hand carries `data-open`, which the stylesheet never hides.
 */
import { useState, type ReactNode } from 'react';
import { revealLabel } from '../data/story';
import { isRevealed, revealAttributes, type Reveal } from '../lib/reveal';
import { usePreferences } from '../data/use-preferences';

type Tag = 'div' | 'li' | 'span' | 'p';

/** Stable, so React calls it once, when revealed content first gets it: not on every render. */
const focusOnReveal = (element: HTMLElement | null) => element?.focus();

export function Gated({
  reveal,
  children,
  as: Tag = 'div',
  className,
}: {
  reveal: Reveal | undefined;
  children: ReactNode;
  as?: Tag;
  className?: string;
}) {
  const { progress } = usePreferences();
  const [open, setOpen] = useState(false);

  if (!reveal) return <Tag className={className}>{children}</Tag>;
  if (open || !progress || isRevealed(reveal, progress)) {
    return (
      <Tag
        className={className}
        {...revealAttributes(reveal)}
        // Revealed by hand: focus moves from the button to what it revealed.
        {...(open ? { 'data-open': '', tabIndex: -1, ref: focusOnReveal } : {})}
      >
        {children}
      </Tag>
    );
  }
  return (
    <Tag className={className ? `${className} spoiler` : 'spoiler'}>
      <button type="button" className="spoiler__button" onClick={() => setOpen(true)}>
        Show spoiler: {revealLabel(reveal)}
      </button>
    </Tag>
  );
}
