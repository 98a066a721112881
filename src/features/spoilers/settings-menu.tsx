/**
 * The header's settings control: a button that says where the spoiler shield stands (or that
 * spoilers are hidden until the reader says how far they have got) and opens the settings
 * dialog, whose code loads when the pointer or focus comes to the button, before the tap.
 */
import { lazy, startTransition, Suspense, useRef, useState } from 'react';
import { volumeTitle, watchLabel } from '../../data/story';
import { describeProgress } from '../../lib/preferences';
import { usePreferences } from '../../data/use-preferences';

const loadPanel = () => void import('./settings-panel');
const SettingsPanel = lazy(() => import('./settings-panel'));
const PANEL_ID = 'settings-panel';

export function SettingsMenu() {
  const prefs = usePreferences();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const label = !prefs.chosen
    ? 'Spoilers hidden: set how far you have got'
    : prefs.progress
      ? `Spoilers: hiding after ${describeProgress(prefs.progress, { volume: volumeTitle, watch: watchLabel })}`
      : 'Spoilers: showing everything';
  return (
    <div className="settings">
      <button
        ref={button}
        type="button"
        className="button button--quiet settings__toggle"
        aria-haspopup="dialog"
        aria-expanded={open}
        {...(open ? { 'aria-controls': PANEL_ID } : {})}
        onPointerEnter={loadPanel}
        onFocus={loadPanel}
        // In a transition: the tap's own paint comes first, then the dialog is drawn (once its
        // code is in, if the tap came before it).
        onClick={() => startTransition(() => setOpen(!open))}
      >
        <span className="settings__label">{label}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SettingsPanel
            id={PANEL_ID}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
