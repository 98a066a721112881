/**
 * `npm run bench` measures some scales (`--scales=1`, say) and rewrites docs/benchmarks.md; the
 * rows of the scales it did not measure this time (10x, 100x: long builds) are kept from the
 * report already there, with the notes about them. Pure text functions, so a unit test can hold
 * them to it.
 */

/** The scale a report row is for: `| 10x | ...` is 10, anything else null. */
export function rowScale(line: string): number | null {
  const match = /^\|\s*(\d+)x\s*\|/.exec(line);
  return match ? Number(match[1]) : null;
}

/** The lines of a `## ` section of a Markdown report, without its heading ([] if none). */
export function section(report: string, heading: string): string[] {
  const lines = report.split('\n');
  const start = lines.findIndex((line) => line === `## ${heading}`);
  if (start === -1) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? lines.length : end);
}

/**
 * A table's rows: the ones measured now, and the previous report's rows (in that section) for
 * every scale not measured now; in order of scale, measured rows in their own order.
 */
export function mergeRows(
  measured: readonly string[],
  previous: string,
  heading: string,
  measuredScales: readonly number[],
): string[] {
  const kept = section(previous, heading).filter((line) => {
    const scale = rowScale(line);
    return scale !== null && !measuredScales.includes(scale);
  });
  const all = [...measured, ...kept];
  return all
    .map((line, i) => ({ line, i, scale: rowScale(line) ?? 0 }))
    .sort((a, b) => a.scale - b.scale || a.i - b.i)
    .map(({ line }) => line);
}

/**
 * The previous report's paragraphs in a section that speak of a scale kept from it: those that
 * begin "The 100x rows" or "The 100x interactions".
 */
export function keptNotes(
  previous: string,
  heading: string,
  measuredScales: readonly number[],
): string[] {
  const paragraphs = section(previous, heading)
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim());
  return paragraphs.filter((p) => {
    const match = /^The (\d+)x (rows|interactions)\b/.exec(p);
    return match !== null && !measuredScales.includes(Number(match[1]));
  });
}

/**
 * The `### Nx` subsections of a section (one a scale): those measured now, and the previous
 * report's for every scale not measured now, in order of scale. Each subsection is its heading,
 * a blank line, its lines and a blank line.
 */
export function mergeSubsections(
  measured: readonly { scale: number; lines: readonly string[] }[],
  previous: string,
  heading: string,
): string[] {
  const old = section(previous, heading);
  const kept: { scale: number; lines: string[] }[] = [];
  for (let i = 0; i < old.length; i++) {
    const match = /^### (\d+)x$/.exec(old[i]!);
    if (!match) continue;
    const scale = Number(match[1]);
    if (measured.some((m) => m.scale === scale)) continue;
    const body: string[] = [];
    for (let j = i + 1; j < old.length && !/^#{2,3} /.test(old[j]!); j++) {
      // A subsection ends at its table's end: the section's own text follows it.
      if (body.some((l) => l.startsWith('|')) && !old[j]!.startsWith('|')) break;
      body.push(old[j]!);
    }
    kept.push({ scale, lines: body.filter((l) => l.trim() !== '') });
  }
  return [...measured, ...kept]
    .sort((a, b) => a.scale - b.scale)
    .flatMap(({ scale, lines }) => [`### ${scale}x`, '', ...lines, '']);
}
