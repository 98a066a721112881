/**
 * Near-duplicate sentences: two sentences say nearly the same thing when most of the word
 * trigrams (three words in a row) of the shorter one are in the other. Pure; the build's page
 * text checks (scripts/compile/page-text-checks.ts) run it over the text of each page.
 */

/** Sentences shorter than this (in words) are too short to judge: "He agrees." */
export const MIN_WORDS = 6;
/** The share of the shorter sentence's trigrams found in the other above which two repeat. */
export const THRESHOLD = 0.5;

/** A text's sentences: split after . ! or ? (and a closing quote) before a capital or a quote. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?][”’"')]?)\s+(?=[A-Z“‘"(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A sentence's words, lower-cased, with accents, punctuation and possessive 's folded away. */
export function wordsOf(sentence: string): string[] {
  return sentence
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function trigramsOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** The share of the smaller trigram set found in the larger one (0 to 1). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared / small.size;
}

export interface Repeat<T> {
  first: { sentence: string; from: T };
  second: { sentence: string; from: T };
  /** The share of trigrams shared, 0 to 1. */
  score: number;
}

/**
 * Every pair of near-duplicate sentences among some texts (each with where it comes from), in
 * the order the texts are given. A text given twice (the same words from the same place) counts
 * once; the same words from two places are a repeat.
 */
export function nearDuplicates<T>(
  texts: readonly { text: string; from: T }[],
  threshold = THRESHOLD,
): Repeat<T>[] {
  const seen = new Set<string>();
  const items: { sentence: string; from: T; grams: Set<string> }[] = [];
  for (const { text, from } of texts) {
    for (const sentence of sentencesOf(text)) {
      const words = wordsOf(sentence);
      if (words.length < MIN_WORDS) continue;
      const key = `${JSON.stringify(from)}\u0000${sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({ sentence, from, grams: trigramsOf(words) });
    }
  }
  const repeats: Repeat<T>[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const score = overlap(a.grams, b.grams);
      if (score > threshold) {
        repeats.push({
          first: { sentence: a.sentence, from: a.from },
          second: { sentence: b.sentence, from: b.from },
          score,
        });
      }
    }
  }
  return repeats;
}
