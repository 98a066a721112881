/**
 * Registers the build's service worker (dist/sw.js, made by scripts/lib/service-worker.ts) and
 * tells the page when a newer build has been installed and is waiting, so it can offer a reload.
 * Only in production builds and in browsers that have service workers.
 */
import { useSyncExternalStore } from 'react';

let waiting: ServiceWorker | null = null;
let reloadRequested = false;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker) {
  waiting = worker;
  for (const listener of listeners) listener();
}

function watch(worker: ServiceWorker) {
  worker.addEventListener('statechange', () => {
    // "installed" with a page already controlled means an update, not the first install.
    if (worker.state === 'installed' && navigator.serviceWorker.controller) setWaiting(worker);
  });
}

export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadRequested) window.location.reload();
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
  if (!waiting) return;
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
    () => waiting !== null,
    () => false,
  );
}
