/** The frame of every page: skip link, header, main landmark, footer; document title on navigation. */
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation, useMatches, useNavigation } from 'react-router-dom';
import { SiteHeader } from '../components/layout/site-header';
import { SkipLink } from '../components/layout/skip-link';
import { Loading } from '../components/status';
import { SiteFooter } from '../components/layout/site-footer';
import { UpdatePrompt } from '../components/update-prompt';
import { applyUpdate, useUpdateWaiting } from '../lib/service-worker';
import { ArrivalQuestion } from '../features/spoilers/arrival';
import { SettingsMenu } from '../features/spoilers/settings-menu';
import { HeaderSearch } from '../features/search/header-search';
import { documentTitle, isMetaLoaderData, type PageMeta } from './page-meta';
import { useScrollMemory } from './use-scroll-memory';

function useCurrentMeta(): PageMeta | undefined {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const data = matches[i]?.loaderData;
    if (isMetaLoaderData(data)) return data.meta;
  }
  return undefined;
}

/** Keeps <title> and the meta description in step with client-side navigation. */
export function useDocumentMeta(meta: PageMeta | undefined) {
  useEffect(() => {
    if (!meta) return;
    document.title = documentTitle(meta);
    document.querySelector('meta[name="description"]')?.setAttribute('content', meta.description);
  }, [meta]);
}

/** After moving to another page, put focus on its heading so screen readers start there. */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [pathname]);
}

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader search={<HeaderSearch />} settings={<SettingsMenu />} />
      <main id="main" tabIndex={-1}>
        <ArrivalQuestion />
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

/** Marks <html data-hydrated> once the app runs: the stylesheet and the browser tests key off it. */
function useMarkHydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
}

export function RootLayout() {
  const navigation = useNavigation();
  useMarkHydrated();
  const updateWaiting = useUpdateWaiting();
  useDocumentMeta(useCurrentMeta());
  useFocusHeadingOnNavigate();
  useScrollMemory();
  return (
    <Frame>
      {navigation.state === 'loading' && (
        <div className="nav-progress" role="status">
          <span className="visually-hidden">Loading page…</span>
        </div>
      )}
      <Suspense fallback={<Loading what="page" />}>
        <Outlet />
      </Suspense>
      {updateWaiting && <UpdatePrompt onReload={applyUpdate} />}
    </Frame>
  );
}

/** Shown while the first page's code loads when there is no prerendered HTML (dev server, 404 page). */
export function RootFallback() {
  return (
    <Frame>
      <Loading what="page" />
    </Frame>
  );
}
