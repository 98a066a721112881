/**
 * The state a prerendered page hands to the browser: the path it was rendered for, the router's
 * loader data (the page's head metadata) and which data files it was built from, each with its
 * revision. The data itself is not inlined: the browser fetches those files (cached by the
 * service worker) and hydrates with them, so the HTML carries the page once, as markup
 * (docs/decisions/024). The state travels as JSON in a non-executable
 * <script type="application/json">, so the Content-Security-Policy needs no allowance for it.
 */
import type { HydrationState } from 'react-router-dom';

export const PAGE_STATE_ID = 'page-state';

/** A data file a page was rendered from: its key (data-keys.ts) and content revision. */
export interface PageDataRef {
  key: string;
  rev: string;
}

export interface PageState {
  /** The path (below the base) the page was rendered for. */
  path: string;
  router: HydrationState;
  data: PageDataRef[];
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

const isDataRef = (value: unknown): value is PageDataRef =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PageDataRef).key === 'string' &&
  typeof (value as PageDataRef).rev === 'string';

export function readPageState(doc: Document): PageState | null {
  const text = doc.getElementById(PAGE_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    const state = JSON.parse(text) as PageState;
    return state &&
      typeof state === 'object' &&
      typeof state.path === 'string' &&
      state.router &&
      typeof state.router === 'object' &&
      Array.isArray(state.data) &&
      state.data.every(isDataRef)
      ? state
      : null;
  } catch {
    return null;
  }
}
