/**
 * The state a prerendered page hands to the browser: the router's loader data and the React
 * Query cache. It travels as JSON in a non-executable <script type="application/json">, so the
 * Content-Security-Policy needs no allowance for it.
 */
import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router-dom';

export const PAGE_STATE_ID = 'page-state';

export interface PageState {
  /** The path (below the base) the page was rendered for. */
  path: string;
  router: HydrationState;
  queries: DehydratedState;
}

/** "/cast" and "/cast/" are the same page; compare paths in one form. */
export const samePath = (a: string, b: string) =>
  (a.endsWith('/') ? a : `${a}/`) === (b.endsWith('/') ? b : `${b}/`);

/** JSON that is safe inside a <script> element (no "</script>", no "<!--"). */
export function serialisePageState(state: PageState): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function readPageState(doc: Document): PageState | null {
  const text = doc.getElementById(PAGE_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    const state = JSON.parse(text) as PageState;
    return state &&
      typeof state === 'object' &&
      typeof state.path === 'string' &&
      state.router &&
      state.queries
      ? state
      : null;
  } catch {
    return null;
  }
}
