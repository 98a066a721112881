/**
 * The reader's settings: how far they have read and watched (the spoiler shield) and the colour
 * theme. Stored in localStorage as two short strings, never in a URL, so a shared link shows the
 * recipient their own level. Until a reader chooses, nothing tagged as a spoiler is shown and
 * the page asks how far they have got (docs/decisions/040). Anything unexpected in storage
 * (corrupt, foreign, oversized, a level the story has no place for, or a storage that throws)
 * counts as no choice; the theme follows the system.
 *
 * The same values are mirrored onto <html> as attributes (data-theme; data-all, or data-read,
 * data-seen and data-seen-ep; data-ask while there is no choice) so the stylesheet can apply
 * them; an inline script (early-script.ts) does that before the page first paints.
 */
import { NOTHING_YET, progressAttributes, type Progress } from './reveal';

export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export interface Preferences {
  /** How far the reader has got; null shows everything. Nothing yet until they choose. */
  progress: Progress | null;
  theme: Theme;
  /** Whether the reader has chosen a level (the page asks until then). */
  chosen: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = {
  progress: NOTHING_YET,
  theme: 'system',
  chosen: false,
};

export const STORAGE_KEYS = { progress: 'hs-progress', theme: 'hs-theme' } as const;

/**
 * Stored form of "show everything". Progress is stored as "volume.screen" ("3.1": Volume 3 read,
 * season 1 watched) or "volume.screen.episode" ("3.2.4": up to season 2, episode 4).
 */
export const SHOW_ALL = 'all';
const PROGRESS_PATTERN = /^(\d)\.(\d)(?:\.([1-9]\d?))?$/;

/** The story's shape as far as a stored progress needs it (src/data/story.ts gives the real one). */
export interface StoryLimits {
  /** The last volume. */
  volumes: number;
  /** Every screen entry by number, 1 up; `episodes` for a season (none for the film). */
  screens: readonly { number: number; episodes?: number }[];
}

/**
 * Reads a stored progress value. Returns null for "show everything", undefined for anything that
 * is not a place in the story as `limits` shapes it (the caller then treats it as no setting):
 * "7.0" past the last volume, "1.5" past the film, "3.1.99" past season 1's last episode,
 * "1.4.2" an episode of the film, "3.0.4" an episode of no season.
 */
export function parseProgress(value: unknown, limits: StoryLimits): Progress | null | undefined {
  if (value === SHOW_ALL) return null;
  if (typeof value !== 'string') return undefined;
  const match = PROGRESS_PATTERN.exec(value);
  if (!match) return undefined;
  const progress: Progress = { volume: Number(match[1]), screen: Number(match[2]) };
  if (progress.volume > limits.volumes) return undefined;
  const screen = limits.screens.find((s) => s.number === progress.screen);
  if (progress.screen > 0 && !screen) return undefined;
  if (match[3] !== undefined) {
    const episode = Number(match[3]);
    if (!screen?.episodes || episode > screen.episodes) return undefined;
    progress.episode = episode;
  }
  return progress;
}

export function parseTheme(value: unknown): Theme | undefined {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value)
    ? (value as Theme)
    : undefined;
}

type ReadableStorage = Pick<Storage, 'getItem'>;

/** The browser's localStorage, or undefined where there is none or touching it throws. */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function safeGet(storage: ReadableStorage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function readPreferences(
  storage: ReadableStorage | undefined,
  limits: StoryLimits,
): Preferences {
  const progress = parseProgress(safeGet(storage, STORAGE_KEYS.progress), limits);
  const theme = parseTheme(safeGet(storage, STORAGE_KEYS.theme)) ?? DEFAULT_PREFERENCES.theme;
  if (progress === undefined) return { ...DEFAULT_PREFERENCES, theme };
  return { progress, theme, chosen: true };
}

/** The attributes `applyToDocument` manages on <html> for the spoiler shield. */
const SHIELD_ATTRIBUTES = ['data-all', 'data-ask', 'data-read', 'data-seen', 'data-seen-ep'];

/** Mirrors the settings onto <html> for the stylesheet: data-theme and the shield's attributes. */
export function applyToDocument(prefs: Preferences, root: HTMLElement): void {
  if (prefs.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = prefs.theme;
  for (const name of SHIELD_ATTRIBUTES) root.removeAttribute(name);
  if (!prefs.chosen) root.setAttribute('data-ask', '');
  if (!prefs.progress) return root.setAttribute('data-all', '');
  for (const [name, value] of Object.entries(progressAttributes(prefs.progress)))
    root.setAttribute(name, value);
}

/** With the story's labels (data/story): "everything", "Volume 3 and Season 1", "Volume 3 and Season 2, episode 4", "nothing yet". */
export function describeProgress(
  progress: Progress | null,
  labels: {
    volume: (volume: number) => string;
    watch: (screen: number, episode?: number) => string;
  },
): string {
  if (!progress) return 'everything';
  const read = progress.volume > 0 ? labels.volume(progress.volume) : '';
  const watched = progress.screen > 0 ? labels.watch(progress.screen, progress.episode) : '';
  if (read && watched) return `${read} and ${watched}`;
  return read || watched || 'nothing yet';
}
