import type { ReactNode } from 'react';
import type { Reveal } from '../lib/reveal';
import { ShareButton } from './share-button';
import { RevealAll } from './spoiler-scope';

/**
 * A page's h1 with its share control beside it, and, on a page with spoilers (`reveals`), one
 * "Show everything on this page".
 */
export function PageHead({
  title,
  children,
  shareLabel,
  reveals,
}: {
  title: string;
  children?: ReactNode;
  shareLabel?: string;
  reveals?: readonly Reveal[];
}) {
  return (
    <>
      <div className="page-head">
        <h1>{children ?? title}</h1>
        <ShareButton title={title} {...(shareLabel ? { label: shareLabel } : {})} />
      </div>
      {reveals && <RevealAll reveals={reveals} scope="page" />}
    </>
  );
}
