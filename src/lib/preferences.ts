/**
 * The reader's settings: how far they have read and watched (the spoiler shield) and the colour
 * theme. Stored in localStorage as two short strings, never in a URL, so a shared link shows the
 * recipient their own level. Anything unexpected in storage (corrupt, foreign, oversized, or a
 * storage that throws) falls back to the defaults: show everything, follow the system theme.
 *
 * The same values are mirrored onto <html> as attributes (data-theme, data-hide) so the
 * stylesheet can apply them; an inline script (early-script.ts) does that before the app starts.
 */
import { MAX_SCREEN, MAX_VOLUME, isRevealed, type Progress } from './reveal';

export type Theme = 'system' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export interface Preferences {
  /** How far the reader has got; null shows everything. */
  progress: Progress | null;
  theme: Theme;
  /** Whether the reader has ever set the spoiler shield (the header invites them until then). */
  chosen: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { progress: null, theme: 'system', chosen: false };

export const STORAGE_KEYS = { progress: 'hs-progress', theme: 'hs-theme' } as const;

/** Stored form of "show everything". Progress is stored as "volume.screen", e.g. "3.1". */
export const SHOW_ALL = 'all';
const PROGRESS_PATTERN = /^([0-6])\.([0-4])$/;

/**
 * Reads a stored progress value. Returns null for "show everything", undefined for anything that
 * is not a value this site wrote (the caller then uses the default).
 */
export function parseProgress(value: unknown): Progress | null | undefined {
  if (value === SHOW_ALL) return null;
  if (typeof value !== 'string') return undefined;
  const match = PROGRESS_PATTERN.exec(value);
  if (!match) return undefined;
  return { volume: Number(match[1]), screen: Number(match[2]) };
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

export function readPreferences(storage: ReadableStorage | undefined): Preferences {
  const progress = parseProgress(safeGet(storage, STORAGE_KEYS.progress));
  const theme = parseTheme(safeGet(storage, STORAGE_KEYS.theme)) ?? DEFAULT_PREFERENCES.theme;
  if (progress === undefined) return { ...DEFAULT_PREFERENCES, theme };
  return { progress, theme, chosen: true };
}

/** Every value a `data-reveal` attribute can take: "<volume|n>.<screen|n>", except "n.n". */
export function allRevealTags(): string[] {
  const volumes = ['n', ...Array.from({ length: MAX_VOLUME }, (_, i) => String(i + 1))];
  const screens = ['n', ...Array.from({ length: MAX_SCREEN }, (_, i) => String(i + 1))];
  return volumes.flatMap((v) => screens.map((s) => `${v}.${s}`)).filter((t) => t !== 'n.n');
}

const tagReveal = (tag: string) => {
  const [v, s] = tag.split('.');
  return {
    ...(v !== 'n' ? { volume: Number(v) } : {}),
    ...(s !== 'n' ? { screen: Number(s) } : {}),
  };
};

/** The data-reveal values a reader at this progress must not see yet (none when showing all). */
export function hiddenTags(progress: Progress | null): string[] {
  if (!progress) return [];
  return allRevealTags().filter((tag) => !isRevealed(tagReveal(tag), progress));
}

/** Mirrors the settings onto <html> for the stylesheet: data-theme and data-hide. */
export function applyToDocument(prefs: Preferences, root: HTMLElement): void {
  if (prefs.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = prefs.theme;
  const hide = hiddenTags(prefs.progress);
  if (hide.length === 0) delete root.dataset.hide;
  else root.dataset.hide = hide.join(' ');
}

/** "Everything", "Volume 3 and Season 1", "nothing yet". */
export function describeProgress(progress: Progress | null): string {
  if (!progress) return 'everything';
  const read = progress.volume > 0 ? `Volume ${progress.volume}` : '';
  const watched =
    progress.screen === MAX_SCREEN
      ? 'the film'
      : progress.screen > 0
        ? `Season ${progress.screen}`
        : '';
  if (read && watched) return `${read} and ${watched}`;
  return read || watched || 'nothing yet';
}
