/**
 * The header field once enhanced: a combobox with a listbox of suggestions (WAI-ARIA combobox
 * pattern, focus stays in the field and aria-activedescendant marks the active option).
 * Arrow keys move, Enter opens the active option (or, with none, the full results page),
 * Escape closes the list and then clears the field. Options show only a title, a kind and a
 * line that gives nothing of the story away.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { useNavigate } from 'react-router-dom';
import { GetForm } from '../../components/get-form';
import { Highlight } from '../../components/highlight';
import { paths } from '../../config/paths';
import { usePreferences } from '../../data/use-preferences';
import { NOTHING_YET, type Progress } from '../../lib/reveal';
import type { SearchHit } from '../../lib/search-engine';
import { plural } from '../../lib/text';
import { EMPTY_VIEW, serialiseViewParams } from '../../components/filters/view-params';
import { isComposing, nextActive } from './combobox-keys';
import type { SearchDoc } from './documents';
import { groupByKind, KIND_LABEL } from './kinds';
import { SEARCH_FIELD, SearchLabel } from './header-search';
import { searchClient } from './search-client';

export interface HeaderComboboxProps {
  inputRef: RefObject<HTMLInputElement | null>;
  initialValue: string;
  keepFocus: boolean;
}

/** How many suggestions the list shows; the results page has the rest. */
export const SUGGESTION_LIMIT = 8;

interface Option {
  key: string;
  href: string;
  hit?: SearchHit<SearchDoc>;
}

/**
 * Suggestions for a query: the names its words are filed under, fetched on first need. Records
 * found only by their descriptions show when no name matches (the results page lists them all).
 */
function useSuggestions(query: string, progress: Progress | null) {
  const queryClient = useQueryClient();
  const levelKey = JSON.stringify(progress);
  const client = searchClient(queryClient);
  const [found, setFound] = useState<{
    query: string;
    hits: SearchHit<SearchDoc>[];
    /** The index could not be downloaded (offline with nothing kept, or a failed request). */
    failed?: boolean;
  } | null>(null);
  useEffect(() => {
    if (!query) return;
    let live = true;
    void (async () => {
      await client.load(query);
      let hits = client.names(query, SUGGESTION_LIMIT);
      // Descriptions only from three letters: fewer match nothing there but a whole word.
      if (hits.length === 0 && query.length >= 3) {
        await client.load(query, { full: true });
        hits = await client.resolve(client.search(query, SUGGESTION_LIMIT));
        // Only where text the reader has reached holds the words (snippets.ts).
        const level = JSON.parse(levelKey) as Progress | null;
        if (level && hits.length > 0) {
          const { withinLevel } = await import('./snippets');
          hits = withinLevel(
            hits,
            await client.details(hits.map((h) => h.record.id)),
            query,
            level,
          ).hits;
        }
      }
      if (live) setFound({ query, hits });
    })().catch(() => {
      // Offline with nothing kept: say so; the field still submits to the results page.
      if (live) setFound({ query, hits: [], failed: true });
    });
    return () => {
      live = false;
    };
  }, [client, query, levelKey]);
  return found;
}

export function HeaderCombobox({ inputRef, initialValue, keepFocus }: HeaderComboboxProps) {
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState(initialValue);
  const [open, setOpen] = useState(initialValue.trim() !== '');
  const [active, setActive] = useState(-1);

  // The enhanced field replaces the plain one: keep the reader's focus and caret.
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (keepFocus && input) {
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }, [keepFocus, inputRef]);

  const trimmed = query.trim();
  const prefs = usePreferences();
  const found = useSuggestions(trimmed, prefs.chosen ? prefs.progress : NOTHING_YET);
  const ready = found !== null;
  const groups = useMemo(() => {
    if (!found || !trimmed) return [];
    return groupByKind(found.hits);
  }, [found, trimmed]);
  const allHref = paths.search.href(serialiseViewParams({ ...EMPTY_VIEW, q: trimmed }));
  const options: Option[] = [
    ...groups.flatMap((g) =>
      g.hits.map((hit) => ({ key: hit.record.id, href: hit.record.href, hit })),
    ),
    ...(trimmed ? [{ key: 'all', href: allHref }] : []),
  ];
  const showList = open && trimmed !== '' && ready;
  const optionId = (i: number) => `${listId}-option-${i}`;
  const resultCount = options.length - 1;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function go(href: string) {
    close();
    setQuery('');
    void navigate(href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    // While an input method composes (kana, hanzi, hangul), its keys choose a candidate.
    if (isComposing(event.nativeEvent)) return;
    if (event.key === 'Escape') {
      if (showList) close();
      else setQuery('');
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' && showList && active >= 0 && options[active]) {
      event.preventDefault();
      go(options[active].href);
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      const next = nextActive(event.key, active, options.length);
      if (next !== null) setActive(next);
    }
  }

  return (
    <GetForm
      action={paths.search.href()}
      role="search"
      className="header-search header-search--enhanced"
      onSubmit={close}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close();
      }}
    >
      <SearchLabel />
      <input
        ref={inputRef}
        {...SEARCH_FIELD}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => trimmed && setOpen(true)}
      />
      <div id={listId} role="listbox" aria-label="Suggestions" className="combo" hidden={!showList}>
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`}>
            <div id={`${listId}-${group.kind}`} className="combo__group" role="presentation">
              {KIND_LABEL[group.kind].many}
            </div>
            {group.hits.map((hit) => {
              const i = options.findIndex((o) => o.key === hit.record.id);
              return (
                <OptionRow
                  key={hit.record.id}
                  id={optionId(i)}
                  selected={i === active}
                  onPick={() => go(hit.record.href)}
                >
                  <span className="combo__title">
                    <Highlight text={hit.record.title} query={trimmed} matched={hit.matched} />
                  </span>
                  <span className="combo__line">{hit.record.line}</span>
                </OptionRow>
              );
            })}
          </div>
        ))}
        {trimmed && (
          <OptionRow
            id={optionId(options.length - 1)}
            selected={active === options.length - 1}
            onPick={() => go(allHref)}
          >
            <span className="combo__title">
              {found?.failed
                ? 'Search could not load: try the results page'
                : resultCount === 0
                  ? 'No quick matches: search all pages'
                  : 'See all results'}{' '}
              for “{trimmed}”
            </span>
          </OptionRow>
        )}
      </div>
      <div role="status" className="visually-hidden">
        {showList
          ? found?.failed
            ? 'Search could not load.'
            : resultCount === 0
              ? 'No suggestions.'
              : `${plural(resultCount, 'suggestion')}. Use the up and down arrows to choose.`
          : ''}
      </div>
    </GetForm>
  );
}

function OptionRow({
  id,
  selected,
  onPick,
  children,
}: {
  id: string;
  selected: boolean;
  onPick: () => void;
  children: React.ReactNode;
}) {
  return (
    // The keyboard works on the field (aria-activedescendant); a pointer picks with a click.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      id={id}
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      className={selected ? 'combo__option combo__option--active' : 'combo__option'}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
    >
      {children}
    </div>
  );
}
