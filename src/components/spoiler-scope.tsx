/**
 * "One tap a section": a section (or the whole page) whose spoilers one button opens at once
 * (docs/decisions/040). The button is in the prerendered page wherever the section holds tagged
 * content; the stylesheet shows it only while something in it is still closed and not reached,
 * and only where scripts run (the early script marks <html> with data-js). Its click is handled
 * by the early script (early-script.ts), so it works before the app's code has arrived; once the
 * app runs, the button also says how many spoilers it opens.
 */
import type { ReactNode } from 'react';
import { revealLabel } from '../data/story';
import { usePreferences } from '../data/use-preferences';
import { isRevealed, type Reveal } from '../lib/reveal';
import { useHydrated } from '../lib/use-hydrated';

/** The furthest of some tags, by volume and by screen position, for "(up to Season 3)". */
function furthest(reveals: readonly Reveal[]): Reveal {
  let volume: number | undefined;
  let screen: { screen: number; episode?: number } | undefined;
  for (const r of reveals) {
    if (r.volume !== undefined && (volume === undefined || r.volume > volume)) volume = r.volume;
    if (r.screen === undefined) continue;
    const later =
      !screen ||
      r.screen > screen.screen ||
      (r.screen === screen.screen && (r.episode ?? 99) > (screen.episode ?? 99));
    if (later)
      screen =
        r.episode === undefined ? { screen: r.screen } : { screen: r.screen, episode: r.episode };
  }
  return { ...(volume !== undefined ? { volume } : {}), ...(screen ?? {}) };
}

/** The button that opens every spoiler of its scope; `scope` is "section" or "page". */
export function RevealAll({
  reveals,
  scope,
}: {
  reveals: readonly (Reveal | undefined)[];
  scope: 'section' | 'page';
}) {
  const { progress } = usePreferences();
  const hydrated = useHydrated();
  const tagged = reveals.filter((r): r is Reveal => r !== undefined);
  if (tagged.length === 0) return null;
  const hidden = hydrated && progress ? tagged.filter((r) => !isRevealed(r, progress)) : [];
  const count = hidden.length > 0 ? String(hidden.length) : 'the';
  const what = hidden.length === 1 ? 'spoiler' : 'spoilers';
  const where = scope === 'page' ? 'on this page' : 'in this section';
  return (
    <p className={`reveal-all reveal-all--${scope}`}>
      <button type="button" className="reveal-all__button" data-reveal-all={scope}>
        {/* Two lines of set height: the words the app fills in never move the page. */}
        <span className="reveal-all__what">
          Show {count} {what} {where}
        </span>{' '}
        <span className="reveal-all__upto">
          {hidden.length > 0 ? `(up to ${revealLabel(furthest(hidden))})` : '\u00a0'}
        </span>
      </button>
    </p>
  );
}

/** A section with a heading whose spoilers one tap opens. */
export function SpoilerSection({
  id,
  title,
  reveals,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  reveals: readonly (Reveal | undefined)[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className={className ? `spoiler-scope ${className}` : 'spoiler-scope'}
    >
      <h2 id={id}>{title}</h2>
      <RevealAll reveals={reveals} scope="section" />
      {children}
    </section>
  );
}
