/**
 * A list or search view's state, read from the URL (view-params.ts) — never copied into
 * component state. Until hydration the view is the default one, so the first client render
 * matches the prerendered HTML; then the URL applies, and a URL with bad parameters is replaced
 * by its cleaned form. Typing replaces the history entry; choosing a filter pushes one.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useNavigation } from 'react-router-dom';
import { useHydrated } from '../../lib/use-hydrated';
import {
  cleanedSearch,
  EMPTY_VIEW,
  parseViewParams,
  serialiseViewParams,
  type ViewKey,
  type ViewState,
} from './view-params';

export interface ViewParams {
  view: ViewState;
  hydrated: boolean;
  /** Moves to another view: `push` for a choice Back should undo, `replace` while typing. */
  setView: (next: (current: ViewState) => ViewState, mode: 'push' | 'replace') => void;
}

export function useViewParams(keys: readonly ViewKey[]): ViewParams {
  const hydrated = useHydrated();
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const keyList = keys.join(',');
  // While a change of view is on its way (the route's loader re-runs), show the view being
  // moved to, so a ticked box stays ticked.
  const shown = navigation.location?.pathname === pathname ? navigation.location.search : search;
  const view = useMemo(
    () => (hydrated ? parseViewParams(shown, keyList.split(',') as ViewKey[]) : EMPTY_VIEW),
    [hydrated, shown, keyList],
  );

  const idle = navigation.state === 'idle';
  useEffect(() => {
    // Never clean over a navigation the reader has started (a link clicked as the page woke up).
    if (!hydrated || !idle) return;
    const clean = cleanedSearch(search, keyList.split(',') as ViewKey[]);
    if (clean !== null)
      void navigate({ pathname, search: clean, hash }, { replace: true, preventScrollReset: true });
  }, [hydrated, idle, pathname, search, hash, keyList, navigate]);

  const setView = useCallback<ViewParams['setView']>(
    (next, mode) => {
      void navigate(
        { pathname, search: serialiseViewParams(next(view)) },
        { replace: mode === 'replace', preventScrollReset: true, flushSync: mode === 'push' },
      );
    },
    [pathname, view, navigate],
  );

  return { view, hydrated, setView };
}
