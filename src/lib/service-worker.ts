/**
 * Registers the build's service worker (dist/sw.js, made by scripts/lib/service-worker.ts) and
 * tells the page when a newer build has been installed and is waiting, so it can offer a reload.
 * Only in production builds and in browsers that have service workers.
 *
 * Every open tab follows the new build: when one tab's Reload lets the new worker take over,
 * the others find themselves controlled by it while running the old build's code. A tab that is
 * out of sight reloads at once; one in view keeps its notice, whose Reload now simply reloads.
 */
import { useSyncExternalStore } from 'react';

let waiting: ServiceWorker | null = null;
/** A newer build already controls this tab (another tab switched to it). */
let switched = false;
let reloadRequested = false;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

function setWaiting(worker: ServiceWorker) {
  waiting = worker;
  emit();
}

function watch(worker: ServiceWorker) {
  worker.addEventListener('statechange', () => {
    // "installed" with a page already controlled means an update, not the first install.
    if (worker.state === 'installed' && navigator.serviceWorker.controller) setWaiting(worker);
  });
}

export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  // Whether this tab had a worker already: the very first install's takeover is no update.
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install taking over a page it did not serve is no update.
    if (!hadController && !waiting && !reloadRequested) return;
    if (reloadRequested || document.visibilityState === 'hidden') return window.location.reload();
    switched = true;
    emit();
    // Out of sight later: nothing to lose, so follow the new build then.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') window.location.reload();
    });
  });
  const register = async () => {
    try {
      const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
      if (registration.waiting && navigator.serviceWorker.controller)
        setWaiting(registration.waiting);
      if (registration.installing) watch(registration.installing);
      registration.addEventListener('updatefound', () => {
        if (registration.installing) watch(registration.installing);
      });
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void registration.update().catch(() => {});
      });
    } catch {
      // Offline support is an extra: the wiki works without it.
    }
  };
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

/** Hands control to the waiting build; the page reloads once it has taken over. */
export function applyUpdate(): void {
  // Another tab has switched already: this one only needs its new pages.
  if (switched || !waiting || waiting.state === 'activated') return window.location.reload();
  reloadRequested = true;
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True once a newer build is installed and waiting for the reader's go-ahead. */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => waiting !== null || switched,
    () => false,
  );
}
