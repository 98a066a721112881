import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { reloadPreferences } from '../src/data/use-preferences';

// jsdom has <dialog> but not its methods: the settings use showModal() and close().
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// findBy and waitFor wait up to 5 s, not 1: a page's code loads on demand, and on a busy
// machine (a second suite beside this one) the first load alone can pass a second.
configure({ asyncUtilTimeout: 5000 });

// Tests read as a returning reader who chose to see everything; the spoiler shield's own tests
// start from a new visitor (nothing stored) or store the level they test.
beforeEach(() => {
  if (typeof localStorage === 'undefined') return;
  localStorage.setItem('hs-progress', 'all');
  reloadPreferences();
});

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
  vi.useRealTimers();
});
