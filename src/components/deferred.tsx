/**
 * Code for a part of a page that works without it: pictures and tables whose links are plain
 * links and whose spoilers the stylesheet already hides. On a prerendered page React keeps that
 * part's HTML exactly as it is and loads its code only when the reader points at it or moves
 * focus into it (then React hydrates it and replays the hover or focus, so its details show).
 * When the page is drawn in the browser instead (moving between pages), or the caller says so
 * (`loadNow`: an address whose view the part must apply), the code loads at once. The server
 * always has the code, so the HTML is complete.
 */
import { lazy, memo, Suspense, useEffect, useRef, type ComponentType, type ReactNode } from 'react';

const FALLBACK = 'data-deferred-fallback';

export function deferHydration<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
) {
  let start: () => void = () => {};
  const wanted = new Promise<void>((resolve) => (start = resolve));
  if (typeof document === 'undefined') start();
  const Lazy = lazy(() => wanted.then(load));

  function Deferred({
    fallback,
    loadNow = false,
    ...props
  }: P & { fallback?: ReactNode; loadNow?: boolean }) {
    const place = useRef<HTMLDivElement>(null);
    // Rendered again once in place (new props: the next page of the same kind, say): React would
    // wait for the code before showing anything (a navigation is a transition), so ask for it
    // now. Starting resolves a promise: safe to repeat, and nothing renders differently for it.
    const mounted = useRef(false);
    // eslint-disable-next-line react-hooks/refs -- read to decide a side effect, not to render
    if (mounted.current) start();
    useEffect(() => {
      mounted.current = true;
    }, []);
    useEffect(() => {
      const element = place.current;
      if (!element) return;
      if (loadNow) return start();
      // Already pointed at or focused: inside another deferred part, the event that woke that
      // part passed before this one was listening.
      if (element.matches(':hover') || element.contains(document.activeElement)) return start();
      // Drawn in the browser, the fallback is showing: load now. (The fallback starts the load
      // itself too, for when React gives up the prerendered HTML later: new props arriving
      // before the code has, say, a later "today" than the build's.)
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
    }, [loadNow]);
    return (
      <div ref={place}>
        <Suspense
          fallback={
            <div {...{ [FALLBACK]: '' }}>
              <StartOnMount start={start} />
              {fallback}
            </div>
          }
        >
          <Lazy {...(props as unknown as P)} />
        </Suspense>
      </div>
    );
  }
  // A parent that re-renders with the same data (the page waking up, say) must not touch the
  // part: React would give up its prerendered HTML and load its code after all.
  return memo(Deferred, sameProps);
}

function sameProps(a: object, b: object): boolean {
  const keys = Object.keys(a).filter((k) => k !== 'fallback');
  return (
    keys.length === Object.keys(b).filter((k) => k !== 'fallback').length &&
    keys.every((k) =>
      Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** Rendered only inside a fallback the browser shows: that part's code is wanted now. */
function StartOnMount({ start }: { start: () => void }) {
  useEffect(() => start(), [start]);
  return null;
}
