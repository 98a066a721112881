/**
 * The settings panel: how far the reader has read and watched (two separate axes, since the
 * books and the show differ), or "show me everything", and the colour theme. Every change
 * applies at once and is saved in this browser only.
 */
import { useEffect, useId } from 'react';
import { THEMES, type Theme } from '../../lib/preferences';
import { MAX_SCREEN, MAX_VOLUME, type Progress } from '../../lib/reveal';
import { setProgress, setTheme } from '../../lib/set-preferences';
import { usePreferences } from '../../lib/use-preferences';

const THEME_LABEL: Record<Theme, string> = {
  system: 'Same as my device',
  light: 'Light',
  dark: 'Dark',
};

const volumeOptions = Array.from({ length: MAX_VOLUME + 1 }, (_, n) => ({
  value: n,
  label: n === 0 ? 'Nothing yet' : `Volume ${n}`,
}));
const screenOptions = Array.from({ length: MAX_SCREEN + 1 }, (_, n) => ({
  value: n,
  label:
    n === 0 ? 'Nothing yet' : n === MAX_SCREEN ? 'The film, Heartstopper Forever' : `Season ${n}`,
}));

export default function SettingsPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const prefs = usePreferences();
  const ids = useId();
  const limited = prefs.progress !== null;
  const progress: Progress = prefs.progress ?? { volume: 0, screen: 0 };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div id={id} className="settings__panel">
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
              value={progress.screen}
              onChange={(e) => setProgress({ ...progress, screen: Number(e.target.value) })}
            >
              {screenOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
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
      <button type="button" className="button" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
