/**
 * The header's settings control: a disclosure button that says where the spoiler shield stands
 * (or invites a new visitor to set it) and opens the settings panel, whose code loads on first
 * open so it costs nothing on pages where nobody opens it.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import { watchLabel } from '../../data/story';
import { describeProgress } from '../../lib/preferences';
import { usePreferences } from '../../data/use-preferences';

const SettingsPanel = lazy(() => import('./settings-panel'));
const PANEL_ID = 'settings-panel';

export function SettingsMenu() {
  const prefs = usePreferences();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const label = !prefs.chosen
    ? 'Set spoiler protection'
    : prefs.progress
      ? `Spoilers: hiding after ${describeProgress(prefs.progress, watchLabel)}`
      : 'Spoilers: showing everything';
  return (
    <div className="settings">
      <button
        ref={button}
        type="button"
        className="button button--quiet settings__toggle"
        aria-expanded={open}
        {...(open ? { 'aria-controls': PANEL_ID } : {})}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open && (
        <Suspense fallback={<p role="status">Loading settings…</p>}>
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
