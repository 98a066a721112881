/**
 * The search field in every page's header: one field, always mounted (decision record 049). From
 * the first paint it is a GET form to /search (it works without JavaScript) with the `/`, Ctrl+K
 * and Cmd+K shortcuts. What suggesting takes (header-suggestions.tsx: the list, its keys, the
 * search engine and its index) loads through React Query when the reader shows intent: a finger
 * or pointer going down on the field, a focus, a keystroke. When it arrives it takes the same
 * field as its combobox and puts its list beside it; nothing is swapped, so the letters typed and
 * the focus stay where they are by construction. Only this much ships with every page.
 */
import { useQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useRef, useState } from 'react';
import { GetForm } from '../../components/get-form';
import { paths } from '../../config/paths';
import { isSearchShortcut, isTypingTarget } from './search-keys';

export const SEARCH_INPUT_ID = 'site-search';

/** The suggestions' code, as a query: loaded once a visit, on the reader's first sign of intent. */
const suggestionsCode = {
  queryKey: ['code', 'header-suggestions'],
  queryFn: () => import('./header-suggestions'),
  staleTime: Infinity,
  gcTime: Infinity,
} as const;

export function HeaderSearch() {
  const input = useRef<HTMLInputElement>(null);
  const [wanted, setWanted] = useState(false);
  const code = useQuery({ ...suggestionsCode, enabled: wanted }).data;

  useEffect(() => {
    // Letters typed before the app took over count as intent too.
    if (input.current?.value) setWanted(true);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event) || isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
      setWanted(true);
    };
    // In the capture phase: a key pressed on a part of the page still waiting for its code never
    // bubbles past React's root (React holds it back to replay once that part has hydrated).
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  // Not urgent: the tap's own paint (the caret, the focus ring) comes first; the code is asked
  // for in the render that follows.
  const want = () => startTransition(() => setWanted(true));
  return (
    <GetForm action={paths.search.href()} role="search" className="header-search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search the wiki
      </label>
      {/* Never controlled: the field keeps what the reader typed, whoever is listening. */}
      <input
        ref={input}
        id={SEARCH_INPUT_ID}
        className="header-search__input"
        type="search"
        name="q"
        placeholder="Search"
        autoComplete="off"
        aria-keyshortcuts="/ Control+K Meta+K"
        onPointerDown={want}
        onFocus={want}
        onInput={want}
      />
      {code && <code.Suggestions field={input} />}
    </GetForm>
  );
}
