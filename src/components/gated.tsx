/**
 * Wraps content that gives part of the story away. `reveal` is the earliest volume and/or
 * screen entry that reveals it. When the reader has not got that far (the spoiler shield in
 * the header), the content is not rendered at all, so nothing is announced, and a button
 * "Show spoiler: Volume 4" reveals this one item.
 *
 * Before the app starts, the prerendered content carries `data-reveal`, and the stylesheet hides
 * it when <html data-hide> (set by the early script from the stored setting) lists its tag.
 * Content the reader revealed by hand carries `data-open`, which the stylesheet never hides.
 */
import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { isRevealed, revealLabel, type Reveal } from '../lib/reveal';
import { usePreferences } from '../lib/use-preferences';

export function revealAttr(reveal: Reveal | undefined): string | undefined {
  if (!reveal) return undefined;
  return `${reveal.volume ?? 'n'}.${reveal.screen ?? 'n'}`;
}

type Tag = 'div' | 'li' | 'span' | 'p';

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
  const ref = useRef<HTMLElement>(null);
  const focusOnOpen = useRef(false);

  useEffect(() => {
    if (open && focusOnOpen.current) {
      focusOnOpen.current = false;
      ref.current?.focus();
    }
  }, [open]);

  if (!reveal) return <Tag className={className}>{children}</Tag>;
  if (open || !progress || isRevealed(reveal, progress)) {
    return (
      <Tag
        // The ref type differs per tag; every one of them is an HTMLElement.
        ref={ref as Ref<never>}
        className={className}
        data-reveal={revealAttr(reveal)}
        {...(open ? { 'data-open': '', tabIndex: -1 } : {})}
      >
        {children}
      </Tag>
    );
  }
  return (
    <Tag className={className ? `${className} spoiler` : 'spoiler'}>
      <button
        type="button"
        className="spoiler__button"
        onClick={() => {
          focusOnOpen.current = true;
          setOpen(true);
        }}
      >
        Show spoiler: {revealLabel(reveal)}
      </button>
    </Tag>
  );
}
