import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const same = () => true;

/**
 * False while React hydrates prerendered HTML (and on the server), true afterwards.
 * Anything that depends on the browser (the URL's query, stored settings, the clock) reads
 * its value only once this is true, so the first client render matches the HTML exactly.
 *
 * A part that hydrates turns true in a transition after its hydration has committed: React
 * renders every such part again in short slices, so a tap that comes meanwhile is answered at
 * once. (Reading `useSyncExternalStore`'s value itself would re-render them all in one
 * synchronous task, which held a slow phone for 100–250 ms just after a page had hydrated.)
 * The store's two values are the same, so React never forces that re-render; asking for the
 * server's value only tells this hook that it is hydrating. A part drawn in the browser
 * (moving between pages) is true from its first render.
 */
export function useHydrated(): boolean {
  // React asks for the server's value only in a render that hydrates HTML, and asks during this
  // call: `probe` is written before it is read, never after the render.
  const probe = [false];
  // eslint-disable-next-line react-hooks/immutability -- called during this render, see above
  useSyncExternalStore(subscribe, same, () => (probe[0] = true));
  const [hydrated, setHydrated] = useState(!probe[0]);
  useEffect(() => startTransition(() => setHydrated(true)), []);
  return hydrated;
}
