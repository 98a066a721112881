/**
 * Wraps content that gives part of the story away. `reveal` is the earliest volume and/or
 * screen entry that reveals it. The data attribute lets the stylesheet hide tagged content
 * before the app starts; the spoiler shield decides what to show once it has.
 */
import type { ReactNode } from 'react';
import type { Reveal } from '../lib/reveal';

export function revealAttr(reveal: Reveal | undefined): string | undefined {
  if (!reveal) return undefined;
  return `${reveal.volume ?? 'n'}.${reveal.screen ?? 'n'}`;
}

export function Gated({
  reveal,
  children,
  as: Tag = 'div',
  className,
}: {
  reveal: Reveal | undefined;
  children: ReactNode;
  as?: 'div' | 'li' | 'span' | 'p';
  className?: string;
}) {
  if (!reveal) return <Tag className={className}>{children}</Tag>;
  return (
    <Tag className={className} data-reveal={revealAttr(reveal)}>
      {children}
    </Tag>
  );
}
