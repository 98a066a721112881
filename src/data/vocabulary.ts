/**
 * The wiki's fixed words: lists of values the content may use and how each reads on a page.
 * A leaf module (it imports nothing), so the schema, the story's rules and the pages can all
 * read it without importing one another.
 */

/**
 * Themes a content note can name: what a reader may want warning of, never a plot event. A page
 * lists them near its top, and "If this affects you" points to the support services that cover
 * them.
 */
export const CONTENT_THEMES = [
  'eating-disorders',
  'self-harm',
  'suicide',
  'mental-health',
  'homophobia',
  'transphobia',
  'bullying',
  'outing',
  'sexual-content',
  'sexual-harassment',
  'alcohol',
  'grief',
  'racism',
  'violence',
] as const;
export type ContentTheme = (typeof CONTENT_THEMES)[number];

export const THEME_LABEL: Record<ContentTheme, string> = {
  'eating-disorders': 'Eating disorders',
  'self-harm': 'Self-harm',
  suicide: 'Suicidal thoughts',
  'mental-health': 'Mental health',
  homophobia: 'Homophobia',
  transphobia: 'Transphobia',
  bullying: 'Bullying',
  outing: 'Being outed',
  'sexual-content': 'Sexual content',
  'sexual-harassment': 'Sexual harassment',
  alcohol: 'Alcohol',
  grief: 'Grief',
  racism: 'Racism',
  violence: 'Violence',
};

/** Role tiers, best billing first. */
export const TIERS = ['main', 'recurring', 'guest'] as const;
export type RoleTier = (typeof TIERS)[number];

/** How a prediction fared, in the order the scorecard counts them. */
export const OUTCOMES = ['right', 'close', 'wrong', 'unverifiable'] as const;
export type Outcome = (typeof OUTCOMES)[number];
