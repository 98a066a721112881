/** Site-wide constants. The public URL and base path come from the build environment. */

export const SITE_NAME = 'Heartstopper Fan Wiki';
export const SITE_TAGLINE = 'An unofficial, cited guide to the books, the show and the film';

/** The longest search text a field or an address may carry. */
export const MAX_QUERY_LENGTH = 100;
