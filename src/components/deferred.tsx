/**
 * Code for a part of a page that works without it: pictures and tables whose links are plain
 * links and whose spoilers the stylesheet already hides. On a prerendered page React keeps that
 * part's HTML exactly as it is and loads its code only when the reader points at it or moves
 * focus into it (then React hydrates it and replays the hover or focus, so its details show).
 * When the page is drawn in the browser instead (moving between pages), the code loads at once.
 * The server always has the code, so the HTML is complete.
 */
import { lazy, Suspense, useEffect, useRef, type ComponentType, type ReactNode } from 'react';

const FALLBACK = 'data-deferred-fallback';

export function deferHydration<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
) {
  let start: () => void = () => {};
  const wanted = new Promise<void>((resolve) => (start = resolve));
  if (typeof document === 'undefined') start();
  const Lazy = lazy(() => wanted.then(load));

  return function Deferred({ fallback, ...props }: P & { fallback?: ReactNode }) {
    const place = useRef<HTMLDivElement>(null);
    useEffect(() => {
      const element = place.current;
      if (!element) return;
      // Drawn in the browser, the fallback is showing: load now.
      if (element.querySelector(`[${FALLBACK}]`)) return start();
      // Listen on the document, in the capture phase: React stops these events at its root while
      // the part is not hydrated yet (to replay them once it is), so they never reach the part.
      const onEvent = (event: Event) => {
        if (event.target instanceof Node && element.contains(event.target)) start();
      };
      const events = ['pointerover', 'focusin', 'touchstart'] as const;
      for (const e of events)
        document.addEventListener(e, onEvent, { capture: true, passive: true });
      return () => {
        for (const e of events) document.removeEventListener(e, onEvent, { capture: true });
      };
    }, []);
    return (
      <div ref={place}>
        <Suspense fallback={<div {...{ [FALLBACK]: '' }}>{fallback}</div>}>
          <Lazy {...(props as unknown as P)} />
        </Suspense>
      </div>
    );
  };
}
