/**
 * Nothing leaks, on any page, at any level (no browser: the build output, parsed). For every
 * built page and a set of readers across both axes, every text the page's data tags as a spoiler
 * must sit, wherever it appears in the page, inside a gate the stylesheet keeps closed for a
 * reader who has not reached it: a closed <details data-reveal> (its summary says only "Spoiler:
 * Season 3") or another tagged element, hidden. The gate's rules are the generated stylesheet's
 * (scripts/compile/spoiler-css.ts): data-rv by volumes read, data-rs by seasons or episodes
 * watched. The page's title, description and preview never carry a tagged text at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { JSDOM, VirtualConsole } from 'jsdom';
import { isRevealed, type Progress, type Reveal } from '../../src/lib/reveal';
import { builtPages, DIST } from './site';

/** Readers across both axes: nothing, books only, show only, both, and down to the episode. */
const LEVELS: Progress[] = [
  { volume: 0, screen: 0 },
  { volume: 2, screen: 0 },
  { volume: 0, screen: 1 },
  { volume: 0, screen: 2, episode: 4 },
  { volume: 3, screen: 1 },
  { volume: 4, screen: 2 },
  { volume: 0, screen: 3, episode: 1 },
  { volume: 5, screen: 3 },
];

interface Tagged {
  text: string;
  reveal: Reveal;
}

const TEXT_KEYS = ['text', 'statement', 'note'];

/**
 * Every tagged text in a page's data, without its final full stop (pages add citations); a
 * source's tag is its title's. A text the data also holds untagged (the same change note on two
 * files, say) is no secret, and is left out.
 */
function taggedTexts(data: unknown): Tagged[] {
  const tagged: Tagged[] = [];
  const open = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const node = value as Record<string, unknown>;
      const isSource = typeof node.publisher === 'string' && typeof node.url === 'string';
      for (const key of isSource ? ['title'] : TEXT_KEYS) {
        const text = node[key];
        if (typeof text !== 'string' || text.length < 12) continue;
        const bare = text.replace(/[.!?]$/, '');
        if (node.reveal !== undefined) tagged.push({ text: bare, reveal: node.reveal as Reveal });
        else open.add(bare);
      }
      Object.values(node).forEach(visit);
    }
  };
  visit(data);
  return tagged.filter((t) => !open.has(t.text));
}

/**
 * Whether the stylesheet counts a gate as reached by this reader: its attributes read back as a
 * tag (data-rv a volume, data-rs "3" a season or "3-1" an episode), judged by the shield's rule.
 */
function reached(gate: Element, level: Progress): boolean {
  const rv = gate.getAttribute('data-rv');
  const [screen, episode] = (gate.getAttribute('data-rs') ?? '').split('-').map(Number);
  return isRevealed(
    {
      ...(rv !== null ? { volume: Number(rv) } : {}),
      ...(screen ? { screen } : {}),
      ...(episode ? { episode } : {}),
    },
    level,
  );
}

/** Whether this element's text is hidden from the reader: some gate round it is closed. */
function hiddenFrom(element: Element, level: Progress): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (!node.hasAttribute('data-reveal') || node.hasAttribute('data-open')) continue;
    if (reached(node, level)) continue;
    // A closed disclosure shows its summary only; anything else tagged is not shown at all.
    if (node.tagName !== 'DETAILS') return true;
    if (!(node as HTMLDetailsElement).open && !element.closest('summary')) return true;
  }
  return false;
}

/** The smallest elements whose text holds `text`, from each element's text worked out once. */
function holders(elements: readonly Element[], texts: ReadonlyMap<Element, string>, text: string) {
  const holding = new Set(elements.filter((e) => texts.get(e)!.includes(text)));
  return [...holding].filter((e) => ![...e.children].some((c) => holding.has(c)));
}

test('no page shows a text tagged past the reader’s level, at any of several levels on both axes, and no title or preview carries one', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const path of builtPages()) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const state = /<script type="application\/json" id="page-state">([^<]*)<\/script>/.exec(html);
    if (!state) continue;
    const refs = (JSON.parse(state[1]!) as { data: { key: string }[] }).data;
    const tagged = refs.flatMap((ref) =>
      taggedTexts(JSON.parse(readFileSync(join(DIST, 'data', `${ref.key}.json`), 'utf8'))),
    );
    if (tagged.length === 0) continue;
    // Markup only: the stylesheet's rules are applied by hand below.
    const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window;
    const main = document.querySelector('main');
    if (!main) continue;
    const elements = [...main.querySelectorAll('*')];
    const texts = new Map(elements.map((e) => [e, e.textContent ?? '']));
    const head = [
      document.title,
      ...[...document.querySelectorAll('meta[name="description"], meta[property^="og:"]')].map(
        (m) => m.getAttribute('content') ?? '',
      ),
    ].join('\n');
    for (const { text, reveal } of tagged) {
      if (head.includes(text)) problems.push(`${path}: the title or preview says “${text}”`);
      for (const element of holders(elements, texts, text)) {
        checked++;
        for (const level of LEVELS) {
          if (isRevealed(reveal, level) || hiddenFrom(element, level)) continue;
          problems.push(
            `${path}: “${text.slice(0, 60)}” shows to a reader at ${JSON.stringify(level)}`,
          );
          break;
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(500);
  expect(problems).toEqual([]);
});
