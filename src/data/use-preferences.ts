/**
 * The reader's settings as a tiny store any component can read with `usePreferences()`, read
 * from storage and checked against the story's shape (a stored level the story has no place for
 * counts as no setting).
 * The server and the hydrating render see the defaults (so the HTML matches); right after
 * hydration the stored settings apply. Changes (set-preferences.ts, loaded with the settings
 * panel) are mirrored onto <html>; other tabs' changes arrive through the storage event.
 */
import { useSyncExternalStore } from 'react';
import {
  applyToDocument,
  browserStorage,
  DEFAULT_PREFERENCES,
  parseProgress,
  readPreferences,
  STORAGE_KEYS,
  type Preferences,
} from '../lib/preferences';
import { STORY_LIMITS } from './story';

/** The stored settings, or the defaults for anything missing or out of the story's range. */
export const readStoredPreferences = () => readPreferences(browserStorage(), STORY_LIMITS);

let current: Preferences | undefined;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

function snapshot(): Preferences {
  current ??= readStoredPreferences();
  return current;
}

function onStorage(event: StorageEvent) {
  if (event.key !== null && !Object.values<string>(STORAGE_KEYS).includes(event.key)) return;
  current = readStoredPreferences();
  applyToDocument(current, document.documentElement);
  emit();
}

/** The page's "How far have you got?" answered (the early script stores it and sets <html>). */
function onLevel(event: Event) {
  const progress = parseProgress((event as CustomEvent<string>).detail, STORY_LIMITS);
  if (progress === undefined) return;
  current = { ...snapshot(), progress, chosen: true };
  emit();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('storage', onStorage);
    window.addEventListener('hs-level', onLevel);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('hs-level', onLevel);
    }
  };
}

const serverSnapshot = () => DEFAULT_PREFERENCES;

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}

/** Replaces the settings in memory, mirrors them onto <html> and tells every reader. */
export function replacePreferences(next: Preferences) {
  current = next;
  if (typeof document !== 'undefined') applyToDocument(next, document.documentElement);
  emit();
}

export const currentPreferences = snapshot;

/** Forgets the in-memory copy so the next read goes to storage again (tests, storage events). */
export function reloadPreferences() {
  current = undefined;
  emit();
}
