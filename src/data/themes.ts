/**
 * The themes a content note can name, and how each reads. A leaf module apart from the other
 * fixed words (vocabulary.ts), so the code every page loads never carries them.
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
