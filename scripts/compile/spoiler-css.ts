/**
 * The stylesheet rules of the spoiler shield, derived from the story's shape and written to
 * src/styles/spoilers.generated.css by `npm run check:data`. They work before the app starts and
 * without JavaScript (docs/decisions/040).
 *
 * A gated element carries data-reveal, data-rv (its volume) and data-rs (its screen position:
 * "2" for a whole season, "2-4" for an episode). <html> carries what the reader has reached
 * (early-script.ts): data-all, or data-read, data-seen and data-seen-ep. With nothing on <html>
 * (a new visitor, or no JavaScript) nothing tagged is reached.
 *
 * - A gated block is a <details>: closed, it shows only its summary ("Spoiler: Volume 4"), which
 *   opens it natively. Reached, its summary goes and its content shows, closed or not.
 * - Anything else tagged (a tie in a picture) is hidden until reached; a ties picture whose every
 *   tie is hidden says so in words instead.
 * - A section's (or the page's) "Show the spoilers" button shows while something there is
 *   still closed and not reached (spoiler-scope.tsx).
 */
import type { NextStep } from '../../src/data/next-medium.ts';
import type { StoryShape } from '../../src/data/story-shape.ts';

export function spoilerCss(shape: StoryShape): string {
  const volumes = shape.volumes.map((v) => `html[data-read~='${v}'] [data-rv='${v}']`);
  const seasons = shape.screens.map(
    (s) => `html[data-seen~='${s.number}'] [data-rs|='${s.number}']`,
  );
  const episodes = shape.screens.flatMap((s) =>
    Array.from({ length: s.episodes ?? 0 }, (_, i) => {
      const tag = `${s.number}-${i + 1}`;
      return `html[data-seen-ep~='${tag}'] [data-rs='${tag}']`;
    }),
  );
  const reached = `:is(html[data-all] *, ${[...volumes, ...seasons, ...episodes].join(', ')})`;
  const chips = [
    ...shape.volumes.map((v) => `html[data-read~='${v}'] [data-level='v${v}']`),
    ...shape.screens.map((s) => `html[data-seen~='${s.number}'] [data-level='s${s.number}']`),
  ];
  return `/* Generated from the content by npm run check:data (scripts/compile/spoiler-css.ts). Do not edit. */
/* Reached: a gated block shows its content and not its summary, whether open or not. */
details[data-reveal]${reached} > summary {
  display: none;
}
details[data-reveal]${reached}::details-content {
  content-visibility: visible;
}
/* In a source list a gated title runs on in its line (index.css): reached, it shows there too. */
.sources details[data-reveal]${reached}::details-content,
.sources details[data-reveal]${reached} > .spoiler__body {
  display: inline;
}
/* Not reached, and not a block the reader can open: hidden. */
[data-reveal]:not(details):not([data-open]):not(${reached}) {
  display: none !important;
}
/* "Show the spoilers in this section / on this page": only while one is still closed there. */
.reveal-all {
  display: none;
}
html[data-js] .spoiler-scope:has(details[data-reveal]:not([open]):not(${reached})) > .reveal-all--section,
html[data-js] main:has(details[data-reveal]:not([open]):not(${reached})) .reveal-all--page {
  display: block;
}
/* A ties picture whose every tie is a spoiler: until one is reached, a line says so instead. */
.ties__none {
  display: none;
}
.ties--all-tagged:not(:has(g${reached})) :is(.ties__svg, .ties__legend) {
  display: none;
}
.ties--all-tagged:not(:has(g${reached})) .ties__none {
  display: block;
}
/* "How far have you got?": what the reader has reached so far is filled in, like progress. */
${chips.join(',\n')} {
  background: var(--link);
  border-color: var(--link);
  color: var(--surface);
}
`;
}

/**
 * "Where to go next in the other medium" (src/data/next-medium.ts): every step is in the page,
 * hidden; the one whose condition matches what <html> says the reader has reached shows.
 */
export function nextMediumCss(steps: readonly NextStep[]): string {
  const shows = steps.map((step) => {
    const { read, notRead, seen, notSeen } = step.when;
    const html = [
      read !== undefined ? `[data-read~='${read}']` : '',
      notRead !== undefined ? `:not([data-read~='${notRead}'])` : '',
      seen !== undefined ? `[data-seen~='${seen}']` : '',
      ...notSeen.map((s) => `:not([data-seen~='${s}'])`),
    ].join('');
    return `html${html} [data-next='${step.id}']`;
  });
  return `/* Where to go next in the other medium: the step for the reader's level shows. */
[data-next] {
  display: none;
}
${shows.join(',\n')} {
  display: block;
}
`;
}
