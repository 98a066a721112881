import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Load from '../../src/data/load-data';
import type * as Reload from '../../src/lib/reload';
import { renderRoute } from './render-route';

// Lets a test replace how a page's data downloads: hang forever, or fail once.
const control = vi.hoisted(() => ({
  load: null as null | ((key: string, real: () => Promise<unknown>) => Promise<unknown>),
  reloads: 0,
}));

vi.mock('../../src/data/load-data', async (importOriginal) => {
  const real = await importOriginal<typeof Load>();
  return {
    ...real,
    loadData: (key: string) =>
      control.load ? control.load(key, () => real.loadData(key)) : real.loadData(key),
  };
});

vi.mock('../../src/lib/reload', async (importOriginal) => ({
  ...(await importOriginal<typeof Reload>()),
  reloadPage: () => void control.reloads++,
}));

afterEach(() => {
  control.load = null;
  control.reloads = 0;
});

describe('loading and error states', () => {
  it('shows a loading message inside the layout while a page’s data downloads', async () => {
    let asked = false;
    control.load = () => {
      asked = true;
      return new Promise(() => {});
    };
    renderRoute('/characters/');
    await vi.waitFor(() => expect(asked).toBe(true));
    expect(screen.getByRole('status')).toHaveTextContent('Loading page…');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it('explains a failed download and recovers when the reader tries again', async () => {
    let calls = 0;
    control.load = (_key, real) =>
      ++calls === 1 ? Promise.reject(new Error('The server answered 503')) : real();
    const user = userEvent.setup();
    renderRoute('/characters/bo-friend/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Check your connection');
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bo Friend' })).toBeInTheDocument();
  });

  it('reloads the page when a code chunk failed to download, since the browser will not fetch it again', async () => {
    control.load = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'));
    const user = userEvent.setup();
    renderRoute('/characters/bo-friend/');
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(control.reloads).toBe(1);
  });
});
