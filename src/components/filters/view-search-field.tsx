/**
 * The search field of a list or results page. Its text follows the URL's `q`, but the field
 * keeps its own value while the reader types (so the caret never jumps); it takes the URL's
 * value again after Back, Forward or a pushed change such as "Clear all".
 */
import { useId, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';
import { MAX_QUERY_LENGTH } from '../../lib/view-params';

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
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        key={`${hydrated}-${syncKey}`}
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
