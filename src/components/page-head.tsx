import type { ReactNode } from 'react';
import { ShareButton } from './share-button';

/** A page's h1 with its share control beside it. */
export function PageHead({
  title,
  children,
  shareLabel,
}: {
  title: string;
  children?: ReactNode;
  shareLabel?: string;
}) {
  return (
    <div className="page-head">
      <h1>{children ?? title}</h1>
      <ShareButton title={title} {...(shareLabel ? { label: shareLabel } : {})} />
    </div>
  );
}
