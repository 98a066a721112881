/**
 * Folding text for matching: lowercase, accents removed, anything that is not a letter or digit
 * treated as a word break. `foldWithOffsets` also says where each folded character came from,
 * so a match found in folded text can be highlighted in the original.
 */

const folds = new Map<string, string>();

/** Folds one code point: "É" → "e", "ß" → "ß", "ﬁ" → "fi", "-" → " ". Remembered: texts reuse few. */
function foldChar(char: string): string {
  let folded = folds.get(char);
  if (folded === undefined) {
    folded = char
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, ' ');
    if (folds.size < 10_000) folds.set(char, folded);
  }
  return folded;
}

export interface FoldedText {
  /** The folded text, the same length in code units as `offsets`. */
  text: string;
  /** For each code unit of `text`, where the original character it came from starts… */
  starts: number[];
  /** …and where that character ends. */
  ends: number[];
}

export function foldWithOffsets(value: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of value) {
    const folded = foldChar(char);
    for (let i = 0; i < folded.length; i++) {
      starts.push(index);
      ends.push(index + char.length);
    }
    text += folded;
    index += char.length;
  }
  return { text, starts, ends };
}

/** The words of a text, folded: "Stéphane O'Neil" → ["stephane", "o", "neil"]. */
export function foldWords(value: string): string[] {
  let text = '';
  for (const char of value) text += foldChar(char);
  return text.split(' ').filter((w) => w.length > 0);
}
