/**
 * The search field in every page's header. This part ships with the first page, so it is only a
 * GET form to /search (it works without JavaScript) and the `/`, Ctrl+K and Cmd+K shortcuts. The
 * suggestions combobox, the search engine and the index load on first focus or keystroke.
 */
import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { GetForm } from '../../components/get-form';
import { paths } from '../../config/paths';
import { isSearchShortcut, isTypingTarget } from './search-keys';
import type { HeaderComboboxProps } from './header-combobox';

export const SEARCH_INPUT_ID = 'site-search';

/** The field as both versions render it: the plain one here and the combobox that replaces it. */
export const SEARCH_FIELD = {
  id: SEARCH_INPUT_ID,
  className: 'header-search__input',
  type: 'search',
  name: 'q',
  placeholder: 'Search',
  autoComplete: 'off',
  'aria-keyshortcuts': '/ Control+K Meta+K',
} as const;

export function SearchLabel() {
  return (
    <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
      Search the wiki
    </label>
  );
}

/** Once loaded, the combobox stays loaded, even if the header is rendered afresh. */
let loadedCombobox: ComponentType<HeaderComboboxProps> | undefined;

export function HeaderSearch() {
  const inputRef = useRef<HTMLInputElement>(null);
  const requested = useRef(false);
  const [Combobox, setCombobox] = useState<ComponentType<HeaderComboboxProps> | undefined>(
    () => loadedCombobox,
  );
  // What the plain field holds, kept as the reader types, so that the combobox taking its place
  // starts from every letter typed, even those typed while its code was on its way.
  const [typed, setTyped] = useState('');
  const [focused, setFocused] = useState(false);

  const load = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    void import('./header-combobox').then(({ HeaderCombobox }) => {
      loadedCombobox = HeaderCombobox;
      setCombobox(() => HeaderCombobox);
    });
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event) || isTypingTarget(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
      load();
    };
    // In the capture phase: a key pressed on a part of the page still waiting for its code never
    // bubbles past React's root (React holds it back to replay once that part has hydrated).
    document.addEventListener('keydown', onKeyDown, { capture: true });
    return () => document.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [load]);

  if (Combobox) return <Combobox inputRef={inputRef} initialValue={typed} keepFocus={focused} />;
  return (
    <GetForm action={paths.search.href()} role="search" className="header-search">
      <SearchLabel />
      <input
        ref={inputRef}
        {...SEARCH_FIELD}
        onFocus={() => {
          setFocused(true);
          load();
        }}
        onBlur={() => setFocused(false)}
        onInput={(event) => {
          setTyped(event.currentTarget.value);
          load();
        }}
      />
    </GetForm>
  );
}
