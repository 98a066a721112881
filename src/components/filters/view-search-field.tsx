/**
 * The search field of a list or results page. Its text follows the URL's `q`, but the field
 * keeps its own value while the reader types (so the caret never jumps); it takes the URL's
 * value again after Back, Forward or a pushed change such as "Clear all".
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';
import { MAX_QUERY_LENGTH } from './view-params';

export function ViewSearchField({
  label,
  value,
  hydrated,
  onType,
  hint,
}: {
  label: string;
  value: string;
  hydrated: boolean;
  onType: (value: string) => void;
  hint?: string;
}) {
  const id = useId();
  const location = useLocation();
  const navigationType = useNavigationType();
  const [syncKey, setSyncKey] = useState(location.key);
  if (navigationType !== 'REPLACE' && location.key !== syncKey) setSyncKey(location.key);
  // The URL's text when the app started: a field rendered before then is replaced to show it.
  const [atStart, setAtStart] = useState<string | null>(null);
  if (hydrated && atStart === null) setAtStart(value);
  const input = useRef<HTMLInputElement>(null);
  // Letters typed into the prerendered field before the app started count once it is here
  // (after the router is ready to navigate). The field is never replaced, so nothing else is
  // handed over.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (hydrated && typed !== '' && typed !== value) onType(typed);
    // Only at hydration or mount: afterwards every change arrives through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        // A new element takes the URL's text: after Back or Forward, and at hydration when the
        // address carried a search (until then the field shows what the server rendered).
        key={`${atStart ? 'url' : 'page'}-${syncKey}`}
        id={id}
        type="search"
        name="q"
        className="field__input"
        autoComplete="off"
        maxLength={MAX_QUERY_LENGTH}
        defaultValue={value}
        onChange={(event) => onType(event.target.value)}
        {...(hint ? { 'aria-describedby': `${id}-hint` } : {})}
      />
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
