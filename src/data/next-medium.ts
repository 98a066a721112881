/**
 * "Where to go next in the other medium", from the story's rules: which season (or the film)
 * adapts which volumes. Never hand-written: the steps are derived from the volumes' `adaptedIn`
 * at build time, rendered on the home page and /volumes/, and shown by the stylesheet for the
 * reader's own level (scripts/compile/spoiler-css.ts), before the app starts.
 *
 * - Watched a screen in full, and no further: "You've watched season 2. It adapts Volume 3, so
 *   read on from Volume 4." Unless they have already read that far.
 * - Read a volume, and no further: "You've read Volume 4. Season 3 covers it." Unless they have
 *   already watched it.
 */

export interface Adaptation {
  volume: number;
  /** The seasons (or the film) that adapt it. */
  screens: readonly number[];
}

/** After watching a screen in full: the volumes it brings the reader to, and the next one. */
export interface ReadNext {
  id: string;
  kind: 'read';
  screen: number;
  /** The volumes this screen adapts. */
  adapts: number[];
  volume: number;
  /** Shown when the reader has watched exactly up to `screen` and read less than `volume`. */
  when: Condition;
}

/** After reading a volume: the screens that adapt it. */
export interface WatchNext {
  id: string;
  kind: 'watch';
  volume: number;
  screens: number[];
  when: Condition;
}

export type NextStep = ReadNext | WatchNext;

/** What a page carries of a step: the stylesheet holds its condition. */
export type ShownStep = Omit<ReadNext, 'when'> | Omit<WatchNext, 'when'>;

/** The steps as a page carries them, from the content's volumes and screens. */
export function shownSteps(
  volumes: readonly { number: number; adaptedIn: readonly { screen: number }[] }[],
  screens: readonly number[],
): ShownStep[] {
  return nextSteps(adaptationsOf(volumes), screens).map(({ when: _when, ...step }) => step);
}

/** What <html> must say (early-script.ts) for a step to show: volumes read, screens seen. */
export interface Condition {
  read?: number;
  notRead?: number;
  seen?: number;
  notSeen: number[];
}

/** Each volume and the screens that adapt it, from the content's volumes. */
export function adaptationsOf(
  volumes: readonly { number: number; adaptedIn: readonly { screen: number }[] }[],
): Adaptation[] {
  return volumes.map((v) => ({ volume: v.number, screens: v.adaptedIn.map((a) => a.screen) }));
}

export function nextSteps(
  adaptations: readonly Adaptation[],
  screens: readonly number[],
): NextStep[] {
  const volumes = adaptations.map((a) => a.volume).sort((a, b) => a - b);
  const ordered = [...screens].sort((a, b) => a - b);
  const after = <T>(list: readonly T[], item: T) => list[list.indexOf(item) + 1];

  const read: ReadNext[] = ordered.flatMap((screen) => {
    const adapts = adaptations.filter((a) => a.screens.includes(screen)).map((a) => a.volume);
    if (adapts.length === 0) return [];
    // Everything adapted up to and including this screen counts as covered.
    const covered = Math.max(
      ...adaptations.filter((a) => a.screens.some((s) => s <= screen)).map((a) => a.volume),
    );
    const volume = after(volumes, covered);
    if (volume === undefined) return [];
    const next = after(ordered, screen);
    return [
      {
        id: `s${screen}`,
        kind: 'read' as const,
        screen,
        adapts: adapts.sort((a, b) => a - b),
        volume,
        when: { seen: screen, notSeen: next === undefined ? [] : [next], notRead: volume },
      },
    ];
  });

  const watch: WatchNext[] = volumes.flatMap((volume) => {
    const on = [...(adaptations.find((a) => a.volume === volume)?.screens ?? [])].sort(
      (a, b) => a - b,
    );
    if (on.length === 0) return [];
    const next = after(volumes, volume);
    return [
      {
        id: `v${volume}`,
        kind: 'watch' as const,
        volume,
        screens: on,
        when: { read: volume, ...(next === undefined ? {} : { notRead: next }), notSeen: on },
      },
    ];
  });

  return [...read, ...watch];
}

/** Whether a step shows for a reader who has read up to `volume` and watched `screen` in full. */
export function showsFor(step: NextStep, reader: { volume: number; screen: number }): boolean {
  const { read, notRead, seen, notSeen } = step.when;
  if (read !== undefined && reader.volume < read) return false;
  if (notRead !== undefined && reader.volume >= notRead) return false;
  if (seen !== undefined && reader.screen < seen) return false;
  return notSeen.every((s) => reader.screen < s);
}
