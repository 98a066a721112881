/**
 * The stylesheet rule that hides spoilers before the app runs, derived from the story's shape
 * and written to src/styles/spoilers.generated.css by `npm run check:data`.
 *
 * A gated element carries data-reveal, data-rv (its volume) and data-rs (its screen position:
 * "2" for a whole season, "2-4" for an episode). <html> carries what the reader has reached
 * (early-script.ts). The element is hidden unless one of its axes has been reached: one rule,
 * with an alternative per volume, per season and per episode.
 */
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
  return `/* Generated from the content by npm run check:data (scripts/compile/spoiler-css.ts). Do not edit. */
/* The spoiler shield before the app starts: hide what the reader has reached on neither axis. */
html[data-shield] [data-reveal]:not([data-open]):not(:is(${volumes.join(', ')})):not(:is(${[...seasons, ...episodes].join(', ')})) {
  display: none !important;
}
`;
}
