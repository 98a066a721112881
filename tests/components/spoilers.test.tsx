import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Gated } from '../../src/components/gated';
import { STORAGE_KEYS } from '../../src/lib/preferences';
import { reloadPreferences } from '../../src/data/use-preferences';
import { render } from '@testing-library/react';
import { renderRoute } from './render-route';

// Whole pages are rendered and queried by role: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  localStorage.clear();
  for (const name of ['data-shield', 'data-read', 'data-seen', 'data-seen-ep', 'data-theme'])
    document.documentElement.removeAttribute(name);
  reloadPreferences();
});

function storeProgress(value: string) {
  localStorage.setItem(STORAGE_KEYS.progress, value);
  reloadPreferences();
}

describe('the reveal control', () => {
  it('hides a Volume 3 plot point from a reader who has only watched Season 1, until they ask', async () => {
    storeProgress('0.1');
    const user = userEvent.setup();
    renderRoute('/volumes/3/');
    await screen.findByRole('heading', { level: 1, name: /Volume 3/ });
    const plot = screen.getByRole('region', { name: 'Plot points' });
    expect(within(plot).queryByText(/trip to Paris/)).not.toBeInTheDocument();
    const button = within(plot).getByRole('button', { name: 'Show spoiler: Volume 3 / Season 2' });
    await user.click(button);
    const revealed = within(plot).getByText(/trip to Paris/);
    expect(revealed.closest('[data-open]')).toHaveFocus();
  });

  it('goes down to the episode: a reader at season 1, episode 1 sees that episode and no further', async () => {
    storeProgress('0.1.1');
    renderRoute('/characters/ana-lead/');
    await screen.findByRole('heading', { level: 1, name: 'Ana Lead' });
    const onScreen = screen.getByRole('region', { name: 'On screen' });
    expect(within(onScreen).getByText('Ana meets Bo in form.')).toBeInTheDocument();
    expect(within(onScreen).queryByText('Ana goes to Paris.')).not.toBeInTheDocument();
    expect(
      within(onScreen).getByRole('button', { name: 'Show spoiler: Season 2' }),
    ).toBeInTheDocument();
    const about = screen.getByRole('region', { name: 'About Ana Lead' });
    expect(within(about).queryByText(/fall for each other/)).not.toBeInTheDocument();
    expect(
      within(about).getByRole('button', {
        name: 'Show spoiler: Volume 1 / Season 1, episode 2',
      }),
    ).toBeInTheDocument();
  });

  it('shows everything to a new visitor', async () => {
    renderRoute('/volumes/3/');
    await screen.findByRole('heading', { level: 1, name: /Volume 3/ });
    expect(screen.getByText(/trip to Paris/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Show spoiler/ })).not.toBeInTheDocument();
  });

  it('works inline, as a span inside a sentence', async () => {
    storeProgress('2.0');
    const user = userEvent.setup();
    render(
      <p>
        Result:{' '}
        <Gated reveal={{ volume: 3 }} as="span">
          Paris
        </Gated>
        .
      </p>,
    );
    expect(screen.queryByText('Paris')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show spoiler: Volume 3' }));
    expect(screen.getByText('Paris').tagName).toBe('SPAN');
  });

  it('falls back to showing everything when the stored value is corrupt', async () => {
    storeProgress('{"volume":1}');
    renderRoute('/volumes/3/');
    await screen.findByRole('heading', { level: 1, name: /Volume 3/ });
    expect(screen.getByText(/trip to Paris/)).toBeInTheDocument();
  });
});

describe('the settings panel', () => {
  it('invites a new visitor, then sets progress on both axes, to the episode, and remembers it', async () => {
    const user = userEvent.setup();
    renderRoute('/characters/ana-lead/');
    await screen.findByRole('heading', { level: 1, name: 'Ana Lead' });
    const toggle = screen.getByRole('button', { name: 'Set spoiler protection' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const shield = await screen.findByRole('group', { name: 'Spoiler protection' });
    expect(within(shield).getByRole('radio', { name: 'Show me everything' })).toBeChecked();
    await user.click(within(shield).getByRole('radio', { name: "Hide what I haven't reached" }));
    expect(screen.queryByText('Ana meets Bo in form.')).not.toBeInTheDocument();

    const watched = within(shield).getByRole('combobox', { name: 'Watched up to' });
    await user.selectOptions(watched, 'Season 1, episode 1: Meet');
    expect(screen.getByText('Ana meets Bo in form.')).toBeInTheDocument();
    expect(screen.queryByText(/fall for each other/)).not.toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe('0.1.1');
    expect(document.documentElement.getAttribute('data-seen-ep')).toBe('1-1');

    // The seasons stay as shortcuts.
    await user.selectOptions(watched, 'All of season 1');
    expect(screen.getByText(/fall for each other/)).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe('0.1');

    await user.selectOptions(
      within(shield).getByRole('combobox', { name: 'Read up to' }),
      'Volume 5',
    );
    expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe('5.1');
    expect(
      screen.getByRole('button', { name: /Spoilers: hiding after Volume 5 and Season 1/ }),
    ).toBeInTheDocument();

    await user.click(within(shield).getByRole('radio', { name: 'Show me everything' }));
    expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe('all');
    expect(document.documentElement.hasAttribute('data-shield')).toBe(false);
  });

  it('switches the theme, and Escape closes the panel and returns focus', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    const toggle = screen.getByRole('button', { name: 'Set spoiler protection' });
    await user.click(toggle);
    const theme = await screen.findByRole('group', { name: 'Theme' });
    expect(within(theme).getByRole('radio', { name: 'Same as my device' })).toBeChecked();
    await user.click(within(theme).getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(STORAGE_KEYS.theme)).toBe('dark');
    await user.click(within(theme).getByRole('radio', { name: 'Same as my device' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Theme' })).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
  });

  it('still works for the session when storage refuses to save', async () => {
    const user = userEvent.setup();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    try {
      renderRoute('/volumes/3/');
      await screen.findByRole('heading', { level: 1, name: /Volume 3/ });
      await user.click(screen.getByRole('button', { name: 'Set spoiler protection' }));
      await user.click(await screen.findByRole('radio', { name: "Hide what I haven't reached" }));
      expect(screen.queryByText(/trip to Paris/)).not.toBeInTheDocument();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

it('revealed content keeps its place without taking focus back when the setting changes', async () => {
  storeProgress('0.1');
  const user = userEvent.setup();
  renderRoute('/volumes/3/');
  await screen.findByRole('heading', { level: 1, name: /Volume 3/ });
  const plot = screen.getByRole('region', { name: 'Plot points' });
  await user.click(within(plot).getAllByRole('button', { name: /^Show spoiler/ })[0]!);
  const toggle = screen.getByRole('button', { name: /Spoilers: hiding after Season 1/ });
  await user.click(toggle);
  const watched = await screen.findByRole('combobox', { name: 'Watched up to' });
  await user.selectOptions(watched, 'All of season 2');
  expect(watched).toHaveFocus();
  expect(within(plot).getByText(/trip to Paris/)).toBeInTheDocument();
});
