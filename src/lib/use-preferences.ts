/**
 * The reader's settings as a tiny store any component can read with `usePreferences()`.
 * The server and the hydrating render see the defaults (so the HTML matches); right after
 * hydration the stored settings apply. Changes are saved, mirrored onto <html>, and followed
 * across tabs through the storage event.
 */
import { useSyncExternalStore } from 'react';
import type { Progress } from './reveal';
import {
  applyToDocument,
  browserStorage,
  DEFAULT_PREFERENCES,
  readPreferences,
  serialiseProgress,
  STORAGE_KEYS,
  writePreference,
  type Preferences,
  type Theme,
} from './preferences';

let current: Preferences | undefined;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

function snapshot(): Preferences {
  current ??= readPreferences(browserStorage());
  return current;
}

function onStorage(event: StorageEvent) {
  if (event.key !== null && !Object.values<string>(STORAGE_KEYS).includes(event.key)) return;
  current = readPreferences(browserStorage());
  applyToDocument(current, document.documentElement);
  emit();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

const serverSnapshot = () => DEFAULT_PREFERENCES;

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}

function update(next: Preferences) {
  current = next;
  if (typeof document !== 'undefined') applyToDocument(next, document.documentElement);
  emit();
}

/** Sets how far the reader has got (null: show everything). Works for the session even if storage fails. */
export function setProgress(progress: Progress | null) {
  writePreference(browserStorage(), 'progress', serialiseProgress(progress));
  update({ ...snapshot(), progress, chosen: true });
}

export function setTheme(theme: Theme) {
  writePreference(browserStorage(), 'theme', theme);
  update({ ...snapshot(), theme });
}

/** Forgets the in-memory copy so the next read goes to storage again (tests, storage events). */
export function reloadPreferences() {
  current = undefined;
  emit();
}
