/**
 * The settings: how far the reader has read and watched (two separate axes, since the books and
 * the show differ), or "show me everything", and the colour theme. Every change applies at once
 * and is saved in this browser only.
 *
 * A modal dialog (<dialog> shown with showModal): focus stays inside while it is open, Escape
 * closes it, and focus goes back to the header's button. On a phone it is a sheet along the
 * bottom of the screen, every control on screen from 320 px up.
 */
import { useEffect, useId, useRef } from 'react';
import episodeTitlesJson from '../../data/episode-titles.json';
import { SCREENS, VOLUME_NUMBERS, volumeTitle } from '../../data/story';
import type { EpisodeTitles } from '../../data/story-shape';
import { THEMES, type Theme } from '../../lib/preferences';
import type { Progress } from '../../lib/reveal';
import { setProgress, setTheme } from '../../data/set-preferences';
import { usePreferences } from '../../data/use-preferences';

const THEME_LABEL: Record<Theme, string> = {
  system: 'Same as my device',
  light: 'Light',
  dark: 'Dark',
};

const volumeOptions = [
  { value: 0, label: 'Nothing yet' },
  ...VOLUME_NUMBERS.map((n) => ({ value: n, label: volumeTitle(n) })),
];

/** "2.4" for season 2, episode 4; "2" for the whole of season 2; "0" for nothing yet. */
const watchValue = (p: Pick<Progress, 'screen' | 'episode'>) =>
  p.episode === undefined ? String(p.screen) : `${p.screen}.${p.episode}`;

function parseWatch(value: string): Pick<Progress, 'screen' | 'episode'> {
  const [screen, episode] = value.split('.').map(Number);
  return episode === undefined ? { screen: screen ?? 0 } : { screen: screen ?? 0, episode };
}

const EPISODE_TITLES = episodeTitlesJson as EpisodeTitles;

/** Each season's episodes, then the season as a whole (a shortcut), then the film. */
function WatchOptions() {
  return (
    <>
      <option value="0">Nothing yet</option>
      {SCREENS.map((s) =>
        s.kind === 'film' ? (
          <option key={s.number} value={String(s.number)}>
            The film, {s.title}
          </option>
        ) : (
          <optgroup key={s.number} label={s.title}>
            {(EPISODE_TITLES[s.number] ?? []).map((title, i) => (
              <option key={title + i} value={`${s.number}.${i + 1}`}>
                {s.title}, episode {i + 1}: {title}
              </option>
            ))}
            <option value={String(s.number)}>All of {s.title.toLowerCase()}</option>
          </optgroup>
        ),
      )}
    </>
  );
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), button:not([disabled])';

/**
 * Tab and Shift+Tab go round the dialog's own controls: the page behind is inert, and focus
 * never leaves for the browser's own toolbar while the dialog is open.
 */
function keepFocusInside(event: React.KeyboardEvent, dialog: HTMLDialogElement | null) {
  if (event.key !== 'Tab' || !dialog) return;
  // A radio group is one stop: its checked radio.
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (c) => !(c instanceof HTMLInputElement && c.type === 'radio' && !c.checked),
  );
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export default function SettingsPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const prefs = usePreferences();
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const limited = prefs.progress !== null;
  const progress: Progress = prefs.progress ?? { volume: 0, screen: 0 };

  // Shown as a modal on mount: the browser keeps focus inside and closes it on Escape. Once the
  // tap's own frame is painted: making the rest of the page inert holds a slow phone for about
  // 40 ms (4× CPU), which would otherwise hold that frame back too.
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const element = dialog.current;
        if (element && !element.open) element.showModal();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);

  return (
    // A dialog is the control here: its backdrop click and Tab wrapping are its own behaviour.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialog}
      id={id}
      className="settings__panel"
      aria-labelledby={`${ids}-title`}
      onClose={onClose}
      // A tap on the backdrop (outside the sheet) closes it too.
      onClick={(event) => {
        if (event.target === dialog.current) dialog.current?.close();
      }}
      // The dialog handles its own keys: Tab wraps round inside it (Escape is the browser's).
      onKeyDown={(event) => keepFocusInside(event, dialog.current)}
    >
      <h2 id={`${ids}-title`} className="settings__title">
        Settings
      </h2>
      <fieldset>
        <legend>Spoiler protection</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${ids}-shield`}
            checked={!limited}
            onChange={() => setProgress(null)}
          />
          Show me everything
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${ids}-shield`}
            checked={limited}
            onChange={() => setProgress(progress)}
          />
          Hide what I haven't reached
        </label>
        {limited && (
          <div className="settings__axes">
            <label htmlFor={`${ids}-volume`}>Read up to</label>
            <select
              id={`${ids}-volume`}
              value={progress.volume}
              onChange={(e) => setProgress({ ...progress, volume: Number(e.target.value) })}
            >
              {volumeOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            <label htmlFor={`${ids}-screen`}>Watched up to</label>
            <select
              id={`${ids}-screen`}
              value={watchValue(progress)}
              onChange={(e) => {
                const { episode: _old, ...rest } = progress;
                setProgress({ ...rest, ...parseWatch(e.target.value) });
              }}
            >
              <WatchOptions />
            </select>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme} className="choice">
            <input
              type="radio"
              name={`${ids}-theme`}
              checked={prefs.theme === theme}
              onChange={() => setTheme(theme)}
            />
            {THEME_LABEL[theme]}
          </label>
        ))}
      </fieldset>
      <p className="settings__note">
        Saved in this browser only. Links you share never carry it, so others see their own setting.
      </p>
      <button type="button" className="button" onClick={() => dialog.current?.close()}>
        Done
      </button>
    </dialog>
  );
}
