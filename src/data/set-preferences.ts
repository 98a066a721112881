/**
 * Changing the settings: saves them (if storage lets us) and updates the store, so the change
 * applies at once even where storage refuses. Only the settings panel needs this, so it loads
 * with the panel rather than with every page.
 */
import { browserStorage, SHOW_ALL, STORAGE_KEYS, type Theme } from '../lib/preferences';
import type { Progress } from '../lib/reveal';
import { currentPreferences, replacePreferences } from './use-preferences';

type WritableStorage = Pick<Storage, 'setItem'>;

export function serialiseProgress(progress: Progress | null): string {
  if (!progress) return SHOW_ALL;
  const digit = (n: number) => Math.min(9, Math.max(0, Math.trunc(n)));
  const volume = digit(progress.volume);
  const screen = digit(progress.screen);
  const episode =
    progress.episode !== undefined && screen > 0
      ? Math.min(99, Math.max(1, Math.trunc(progress.episode)))
      : undefined;
  return episode === undefined ? `${volume}.${screen}` : `${volume}.${screen}.${episode}`;
}

/** Saves one setting; returns false when the storage refused (private mode, quota), true otherwise. */
export function writePreference(
  storage: WritableStorage | undefined,
  key: keyof typeof STORAGE_KEYS,
  value: string,
): boolean {
  try {
    if (!storage) return false;
    storage.setItem(STORAGE_KEYS[key], value);
    return true;
  } catch {
    return false;
  }
}

/** Sets how far the reader has got (null: show everything). */
export function setProgress(progress: Progress | null) {
  writePreference(browserStorage(), 'progress', serialiseProgress(progress));
  replacePreferences({ ...currentPreferences(), progress, chosen: true });
}

export function setTheme(theme: Theme) {
  writePreference(browserStorage(), 'theme', theme);
  replacePreferences({ ...currentPreferences(), theme });
}
