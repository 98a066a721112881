/**
 * The tiers a search hit is graded in (src/lib/search-engine.ts ranks by them). On their own, so
 * the results page can tell how a record was found without loading the engine.
 */
/** Lower is better: the order of the ranking rules (search-engine.ts). */
export const Tier = {
  /** The whole query is a name, title, alias or episode code of the record. */
  wholeName: 0,
  /** Every word exactly in the names. */
  exactName: 1,
  /** Every word exactly, some in the names and the rest in the text. */
  exactMixed: 2,
  /** Every word exactly in the text. */
  exactText: 3,
  /** Every word in the names, some by their beginning. */
  prefixName: 4,
  /** Every word, some by their beginning, not all in the names. */
  prefixMixed: 5,
  /** Every word, some only with a typo (only when nothing above matches). */
  loose: 6,
  /** Some of the words (only when nothing above matches). */
  partial: 7,
} as const;
export type Tier = (typeof Tier)[keyof typeof Tier];
