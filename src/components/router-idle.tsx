import { createContext, useContext } from 'react';

/**
 * Whether the router has no navigation on its way, read when asked. React Router moves its state
 * in a transition, so a render caused by something else just after a tap on a link (a list's
 * filtering code arriving) still sees "idle" from `useNavigation`; code that is about to start a
 * navigation of its own asks this instead, and never replaces the reader's. The app provides it
 * from its router; outside the app (a component test) the last render's state serves.
 */
export const RouterIdle = createContext<(() => boolean) | null>(null);

/** Asks the router's state at call time; `rendered` is useNavigation's, for outside the app. */
export function useRouterIdle(rendered: boolean): () => boolean {
  const live = useContext(RouterIdle);
  return live ?? (() => rendered);
}
