/**
 * What the header's field (header-search.tsx) loads on the reader's first sign of intent: it
 * makes that field a combobox with a listbox of suggestions (WAI-ARIA combobox pattern: focus
 * stays in the field and aria-activedescendant marks the active option). Arrow keys move, Enter
 * opens the active option (or, with none, the full results page), Escape closes the list and
 * then clears the field. Options show only a title, a kind and a line that gives nothing of the
 * story away.
 *
 * The field is the header's own element, mounted from the first paint and never controlled: this
 * part listens to it and sets its combobox attributes, and reads what is in it when it arrives,
 * so letters typed while this code was on its way are kept.
 */
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useId, useLayoutEffect, useState, type RefObject } from 'react';
import { useNavigate } from 'react-router-dom';
import { Highlight } from '../../components/highlight';
import { EMPTY_VIEW, serialiseViewParams } from '../../components/filters/view-params';
import { paths } from '../../config/paths';
import { usePreferences } from '../../data/use-preferences';
import { NOTHING_YET, type Progress } from '../../lib/reveal';
import type { SearchHit } from '../../lib/search-engine';
import { plural } from '../../lib/text';
import { isComposing, nextActive } from './combobox-keys';
import type { SearchDoc } from './documents.build';
import { groupByKind, KIND_LABEL } from './kinds';
import { searchClient } from './search-client';

/** How many suggestions the list shows; the results page has the rest. */
export const SUGGESTION_LIMIT = 8;

type Hit = SearchHit<SearchDoc>;

/**
 * Suggestions for a query: the names its words are filed under, fetched on first need. Records
 * found only by their descriptions show when no name matches (the results page lists them all).
 * Rejects when the index cannot be downloaded (offline with nothing kept, or a failed request).
 */
export async function suggest(
  queryClient: QueryClient,
  query: string,
  level: Progress | null = null,
): Promise<Hit[]> {
  const client = searchClient(queryClient);
  await client.load(query);
  const hits = client.names(query, SUGGESTION_LIMIT);
  // Descriptions only from three letters: fewer match nothing there but a whole word.
  if (hits.length > 0 || query.length < 3) return hits;
  await client.load(query, { full: true });
  const found = await client.resolve(client.search(query, SUGGESTION_LIMIT));
  if (!level || found.length === 0) return found;
  // Only where text the reader has reached holds the words (snippets.ts).
  const { withinLevel } = await import('./snippets');
  return withinLevel(found, await client.details(found.map((h) => h.record.id)), query, level).hits;
}

export interface Option {
  key: string;
  href: string;
  hit?: Hit;
}

/** The options in the order the list shows them: the hits by kind, then every result. */
export function suggestionOptions(hits: readonly Hit[], query: string): Option[] {
  return [
    ...groupByKind(hits).flatMap((g) =>
      g.hits.map((hit) => ({ key: hit.record.id, href: hit.record.href, hit })),
    ),
    { key: 'all', href: paths.search.href(serialiseViewParams({ ...EMPTY_VIEW, q: query })) },
  ];
}

/** The combobox on the header's field: its state, its keys, its list. */
export function Suggestions({ field }: { field: RefObject<HTMLInputElement | null> }) {
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState(() => field.current?.value ?? '');
  const [open, setOpen] = useState(() => query.trim() !== '');
  const [active, setActive] = useState(-1);
  const trimmed = query.trim();
  // What the reader's spoiler level allows; null: everything. Before a choice, nothing tagged.
  const prefs = usePreferences();
  const level = prefs.chosen ? prefs.progress : NOTHING_YET;
  const found = useQuery({
    queryKey: ['search', 'suggest', trimmed, level],
    queryFn: ({ client }) => suggest(client, trimmed, level),
    enabled: trimmed !== '',
    // While the next letter's suggestions are on their way, the last ones stay.
    placeholderData: keepPreviousData,
    retry: false,
  });
  const options = trimmed ? suggestionOptions(found.data ?? [], trimmed) : [];
  const shown = open && trimmed !== '' && (found.data !== undefined || found.isError);
  const optionId = (i: number) => `${listId}-option-${i}`;

  // The field is a combobox while this is here.
  useLayoutEffect(() => {
    const input = field.current;
    if (!input) return;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-autocomplete', 'list');
    return () => {
      for (const name of ['role', 'aria-controls', 'aria-autocomplete', 'aria-expanded'])
        input.removeAttribute(name);
      input.removeAttribute('aria-activedescendant');
    };
  }, [field, listId]);
  useLayoutEffect(() => {
    const input = field.current;
    if (!input) return;
    input.setAttribute('aria-expanded', String(shown));
    if (shown && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
  });

  function close() {
    setOpen(false);
    setActive(-1);
  }
  function clear() {
    // The form holds only the field: resetting it empties the field.
    field.current?.form?.reset();
    setQuery('');
  }
  function go(href: string) {
    close();
    clear();
    void navigate(href);
  }

  // The field's events, with this render's state.
  useEffect(() => {
    const input = field.current;
    const form = input?.form;
    if (!input || !form) return;
    const onInput = () => {
      setQuery(input.value);
      setOpen(true);
      setActive(-1);
    };
    const onFocus = () => {
      if (input.value.trim()) setOpen(true);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // While an input method composes (kana, hanzi, hangul), its keys choose a candidate.
      if (isComposing(event)) return;
      if (event.key === 'Escape') {
        if (shown) close();
        else clear();
        event.preventDefault();
        return;
      }
      if (event.key === 'Enter' && shown && active >= 0 && options[active]) {
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
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!form.contains(event.relatedTarget as Node | null)) close();
    };
    input.addEventListener('input', onInput);
    input.addEventListener('focus', onFocus);
    input.addEventListener('keydown', onKeyDown);
    form.addEventListener('submit', close);
    form.addEventListener('focusout', onFocusOut);
    return () => {
      input.removeEventListener('input', onInput);
      input.removeEventListener('focus', onFocus);
      input.removeEventListener('keydown', onKeyDown);
      form.removeEventListener('submit', close);
      form.removeEventListener('focusout', onFocusOut);
    };
  });

  return (
    <SuggestionList
      id={listId}
      optionId={optionId}
      query={trimmed}
      options={options}
      active={active}
      shown={shown}
      failed={found.isError}
      onPick={go}
    />
  );
}

function SuggestionList({
  id,
  optionId,
  query,
  options,
  active,
  shown,
  failed,
  onPick,
}: {
  id: string;
  optionId: (index: number) => string;
  query: string;
  options: readonly Option[];
  active: number;
  shown: boolean;
  failed: boolean;
  onPick: (href: string) => void;
}) {
  const hits = options.flatMap((o) => (o.hit ? [o.hit] : []));
  const all = options.at(-1);
  const count = hits.length;
  return (
    <>
      <div id={id} role="listbox" aria-label="Suggestions" className="combo" hidden={!shown}>
        {groupByKind(hits).map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
            <div id={`${id}-${group.kind}`} className="combo__group" role="presentation">
              {KIND_LABEL[group.kind].many}
            </div>
            {group.hits.map((hit) => {
              const i = options.findIndex((o) => o.key === hit.record.id);
              return (
                <OptionRow
                  key={hit.record.id}
                  id={optionId(i)}
                  selected={i === active}
                  onPick={() => onPick(hit.record.href)}
                >
                  <span className="combo__title">
                    <Highlight text={hit.record.title} query={query} matched={hit.matched} />
                  </span>
                  <span className="combo__line">{hit.record.line}</span>
                </OptionRow>
              );
            })}
          </div>
        ))}
        {all && query && (
          <OptionRow
            id={optionId(options.length - 1)}
            selected={active === options.length - 1}
            onPick={() => onPick(all.href)}
          >
            <span className="combo__title">
              {failed
                ? 'Search could not load: try the results page'
                : count === 0
                  ? 'No quick matches: search all pages'
                  : 'See all results'}{' '}
              for “{query}”
            </span>
          </OptionRow>
        )}
      </div>
      <div role="status" className="visually-hidden">
        {shown
          ? failed
            ? 'Search could not load.'
            : count === 0
              ? 'No suggestions.'
              : `${plural(count, 'suggestion')}. Use the up and down arrows to choose.`
          : ''}
      </div>
    </>
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
