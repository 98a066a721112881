import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy and waitFor wait up to 5 s, not 1: a page's code loads on demand, and on a busy
// machine (a second suite beside this one) the first load alone can pass a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.useRealTimers();
});
