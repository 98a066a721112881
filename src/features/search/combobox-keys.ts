/** Which option a key press makes active in the suggestions list (-1: none, focus stays typing). */
export function nextActive(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return active + 1 >= count ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'PageDown':
      return count - 1;
    case 'PageUp':
      return 0;
    default:
      return null;
  }
}

/**
 * Is an input method composing text (Japanese, Chinese, Korean)? Its Enter and arrow keys pick a
 * candidate, not a suggestion. `keyCode` 229 covers browsers that end composition first.
 */
export function isComposing(event: { isComposing?: boolean; keyCode?: number }): boolean {
  return event.isComposing === true || event.keyCode === 229;
}
