/** Site-wide constants. The public URL and base path come from the build environment. */

export const SITE_NAME = 'Heartstopper Fan Wiki';
export const SITE_TAGLINE = 'An unofficial, cited guide to the books, the show and the film';

/** The day this build was made (YYYY-MM-DD): the "today" of prerendered pages. */
export const BUILD_DATE: string =
  import.meta.env.VITE_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
