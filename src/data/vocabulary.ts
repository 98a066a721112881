/**
 * The wiki's fixed words: lists of values the content may use and how each reads on a page.
 * A leaf module (it imports nothing), so the schema, the story's rules and the pages can all
 * read it without importing one another.
 */

/** Role tiers, best billing first. */
export const TIERS = ['main', 'recurring', 'guest'] as const;
export type RoleTier = (typeof TIERS)[number];

/** How a prediction fared, in the order the scorecard counts them. */
export const OUTCOMES = ['right', 'close', 'wrong', 'unverifiable'] as const;
export type Outcome = (typeof OUTCOMES)[number];
