/**
 * Addresses arrive from anywhere: pasted, truncated, hand-edited. A path with broken
 * %-encoding ("/cast/%", "/characters/%E0%A4%A") cannot be decoded, which the router reports as
 * a warning. `repairPath` escapes just the segments that do not decode, so the reader lands on
 * the not-found page at an address that still reads the same.
 */

/** The decoded segment, or null when its %-encoding is broken. (The value is returned, not
 * discarded: a minifier may treat an unused decodeURIComponent call as removable.) */
function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

const decodes = (segment: string) => safeDecode(segment) !== null;

/** The same path with undecodable segments escaped, or null when it decodes as it is. */
export function repairPath(pathname: string): string | null {
  const segments = pathname.split('/');
  if (segments.every(decodes)) return null;
  return segments.map((s) => (decodes(s) ? s : encodeURIComponent(s))).join('/');
}
