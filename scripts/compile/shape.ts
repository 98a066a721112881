/**
 * The story's shape, derived from the content: which volumes exist, and the seasons and the film
 * with their labels and episode counts. Written to src/data/shape.json by `npm run check:data`
 * so the browser code, the early script and the filters read one small file instead of
 * restating "six volumes, three seasons and the film" in many places.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../../src/data/check.ts';
import type { EpisodeTitles, StoryShape } from '../../src/data/story-shape.ts';
import { adaptationsOf, nextSteps, type NextStep } from '../../src/data/next-medium.ts';
import { nextMediumCss, spoilerCss } from './spoiler-css.ts';

export function storyShape(content: Content): StoryShape {
  return {
    volumes: content.volumes.map((v) => v.number).sort((a, b) => a - b),
    screens: [...content.seasons]
      .sort((a, b) => a.number - b.number)
      .map((s) => ({
        number: s.number,
        slug: s.slug,
        kind: s.kind,
        title: s.title,
        short: s.short,
        param: s.param,
        ...(s.episodes ? { episodes: s.episodes.count } : {}),
      })),
  };
}

/**
 * Each season's episode titles, in order, by season number: only the settings dialog names
 * episodes, so they live apart from the shape every page loads.
 */
export function episodeTitles(content: Content): EpisodeTitles {
  return Object.fromEntries(
    content.seasons
      .filter((s) => s.episodes)
      .sort((a, b) => a.number - b.number)
      .map((s) => [
        String(s.number),
        Array.from(
          { length: s.episodes!.count },
          (_, i) =>
            content.episodes.find((e) => e.season === s.number && e.number === i + 1)?.title ??
            `Episode ${i + 1}`,
        ),
      ]),
  );
}

/** Writes a file when its text differs; returns true if it changed. */
function writeIfChanged(file: string, text: string): boolean {
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    // first run
  }
  if (old === text) return false;
  writeFileSync(file, text);
  return true;
}

/** The files derived from the story's shape: what changed, by repository path. */
export function generatedFiles(
  shape: StoryShape,
  titles: EpisodeTitles,
  steps: readonly NextStep[],
): Record<string, string> {
  return {
    'src/data/shape.json': `${JSON.stringify(shape, null, 2)}\n`,
    'src/data/episode-titles.json': `${JSON.stringify(titles, null, 2)}\n`,
    'src/styles/spoilers.generated.css': spoilerCss(shape) + nextMediumCss(steps),
  };
}

/** Brings shape.json and the spoiler stylesheet in step with the content; returns those changed. */
export function writeGenerated(content: Content): string[] {
  const root = join(import.meta.dirname, '..', '..');
  const shape = storyShape(content);
  const steps = nextSteps(
    adaptationsOf(content.volumes),
    shape.screens.map((s) => s.number),
  );
  return Object.entries(generatedFiles(shape, episodeTitles(content), steps)).flatMap(
    ([file, text]) => (writeIfChanged(join(root, file), text) ? [file] : []),
  );
}
