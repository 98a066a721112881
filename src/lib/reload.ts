/**
 * A code or data chunk that failed to download cannot be imported again in the same page:
 * browsers remember the failed module. Only a fresh load of the page (which, after a deploy,
 * also picks up the new build's file names) recovers from that.
 */
// Chromium: "Failed to fetch dynamically imported module"; Firefox: "error loading dynamically
// imported module"; Safari: "Importing a module script failed".
const CHUNK_FAILURE = /dynamically imported module|module script failed/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_FAILURE.test(error.message);
}

export function reloadPage(): void {
  window.location.reload();
}
