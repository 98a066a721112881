/**
 * Scrolling like a multi-page site, in a few lines instead of the router's ScrollRestoration
 * (which costs ~1 KB gzip on every page): a new page starts at the top, or at its #fragment;
 * Back and Forward return to where the reader was on that entry. Reloads keep the browser's own
 * restoration.
 */
import { useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

const positions = new Map<string, number>();

/** "#caf%C3%A9" → "café"; a fragment with broken %-encoding is taken as written. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

export function useScrollMemory(): void {
  const { key, hash } = useLocation();
  const type = useNavigationType();
  const first = useRef(true);

  // Remember this entry's position as the reader scrolls. A layout effect, so the listener is
  // gone before a shorter next page clamps the scroll and fires an event of its own.
  useLayoutEffect(() => {
    const save = () => positions.set(key, window.scrollY);
    window.addEventListener('scroll', save, { passive: true });
    return () => window.removeEventListener('scroll', save);
  }, [key]);

  useLayoutEffect(() => {
    if (first.current) {
      first.current = false; // the first page: the browser has placed it already
      return;
    }
    if (type === 'POP') {
      window.scrollTo(0, positions.get(key) ?? 0);
      return;
    }
    const target = hash ? document.getElementById(fragmentId(hash)) : null;
    if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  }, [key, hash, type]);
}
