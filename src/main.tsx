/**
 * Browser entry. On a prerendered page it hydrates the HTML with the state the page carries;
 * elsewhere (the dev server, the 404 page) it renders from scratch.
 */
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router-dom';
import { App } from './app/app';
import { readPageState, samePath, type PageDataRef } from './app/page-state';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { loadData } from './data/load-data';
import { pageQuery } from './data/queries';
import { registerServiceWorker } from './lib/service-worker';
import { repairPath } from './lib/url';
import { readStoredPreferences } from './data/use-preferences';
import { applyToDocument } from './lib/preferences';
import './styles/index.css';
import './styles/spoilers.generated.css';
import './styles/search.css';

// A pasted address with broken %-encoding becomes one that decodes (and then finds no page).
const repaired = repairPath(window.location.pathname);
if (repaired !== null) {
  window.history.replaceState(
    window.history.state,
    '',
    repaired + window.location.search + window.location.hash,
  );
}

// The prerendered page's early script has done this already; the dev server's page has not.
if (import.meta.env.DEV) applyToDocument(readStoredPreferences(), document.documentElement);

const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const queryClient = createQueryClient();
const routes = createRoutes(queryClient);
const basePath = basename === '/' ? '' : basename;
/**
 * The prerendered state, if the HTML was made for this address. A host that answers unknown
 * paths with index.html (a common SPA setting) sends the home page's HTML for /volumes/0: that
 * page is rendered afresh, never hydrated against HTML made for another path.
 */
function stateForThisPage() {
  const found = readPageState(document);
  const here = window.location.pathname.slice(basePath.length) || '/';
  return found && samePath(found.path, here) ? found : null;
}
const state = stateForThisPage();

/** Loads the code of the routes the page shows, so hydration renders what the HTML has. */
async function loadMatchedRoutes(list: RouteObject[]) {
  const matches = matchRoutes(list, window.location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const resolved = await route.lazy();
      Object.assign(route, { ...resolved, lazy: undefined });
    }),
  );
}

/**
 * Puts the page's data, at the revision the HTML was made from, into the query cache. False if a
 * file cannot be had (offline, with nothing cached): the page is then rendered afresh.
 */
async function loadPageData(refs: readonly PageDataRef[]): Promise<boolean> {
  try {
    const loaded = await Promise.all(
      refs.map(async ({ key, rev }) => ({ key, data: await loadData<unknown>(key, { rev }) })),
    );
    for (const { key, data } of loaded) queryClient.setQueryData(pageQuery(key).queryKey, data);
    return true;
  } catch {
    return false;
  }
}

/** Resolves once the router has loaded its first page (or after three seconds, whichever is first). */
function firstPageLoaded(router: ReturnType<typeof createBrowserRouter>): Promise<void> {
  return new Promise((resolve) => {
    if (router.state.initialized) return resolve();
    const timer = setTimeout(done, 3000);
    const stop = router.subscribe((s) => {
      if (s.initialized) done();
    });
    function done() {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  const ready = state
    ? (await Promise.all([loadPageData(state.data), loadMatchedRoutes(routes)]))[0]
    : false;
  if (state && ready) {
    const router = createBrowserRouter(routes, { basename, hydrationData: state.router });
    // As a transition, hydration works in short slices and yields to the browser between them,
    // so a long page (a list of 48 cards) never holds the main thread in one long task; a click
    // meanwhile hydrates its part of the page first.
    startTransition(() => {
      hydrateRoot(
        container,
        <StrictMode>
          <App router={router} queryClient={queryClient} />
        </StrictMode>,
      );
    });
  } else {
    const router = createBrowserRouter(routes, { basename });
    // The 404 page (no state, but HTML saying "Page not found") keeps what it shows until the
    // router knows what this address holds, so the reader never sees it turn into "Loading…".
    if (!readPageState(document) && container.firstElementChild) await firstPageLoaded(router);
    createRoot(container).render(
      <StrictMode>
        <App router={router} queryClient={queryClient} />
      </StrictMode>,
    );
  }
}

void start();
if (import.meta.env.PROD) registerServiceWorker(import.meta.env.BASE_URL);
