/**
 * The spoiler shield as a reader meets it (docs/decisions/040): a new visitor sees nothing
 * tagged until they say how far they have got; each spoiler is a disclosure that one tap opens;
 * a section's spoilers open together; the settings are a dialog; the early script answers the
 * page's question before the app and tells it.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORY_LIMITS } from '../../src/data/story';
import { reloadPreferences } from '../../src/data/use-preferences';
import { ArrivalQuestion } from '../../src/features/spoilers/arrival';
import { earlyScript } from '../../src/lib/early-script';
import { STORAGE_KEYS } from '../../src/lib/preferences';
import { renderRoute } from './render-route';

// Whole pages are rendered and queried by role: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const SHIELD = ['data-all', 'data-ask', 'data-read', 'data-seen', 'data-seen-ep', 'data-theme'];

beforeEach(() => {
  localStorage.clear();
  for (const name of SHIELD) document.documentElement.removeAttribute(name);
  reloadPreferences();
});

function storeProgress(value: string) {
  localStorage.setItem(STORAGE_KEYS.progress, value);
  reloadPreferences();
}

/** The disclosure holding some text, and whether it is open. */
const disclosureOf = (text: RegExp | string) => screen.getByText(text).closest('details');

describe('a new visitor', () => {
  it('meets a change about a tagged relationship as a closed spoiler on /changes/', async () => {
    renderRoute('/changes/');
    await screen.findByRole('heading', { level: 1, name: 'Recent changes' });
    expect(screen.getByText(/Ana and Bo get together/)).not.toBeVisible();
    expect(disclosureOf(/Ana and Bo get together/)).not.toHaveAttribute('open');
    // Once everything is chosen, it reads like any other change.
    // (The page opens what is reached once it is live: under load that can be a moment later.)
    act(() => storeProgress('all'));
    await waitFor(() => expect(screen.getByText(/Ana and Bo get together/)).toBeVisible());
  });

  it('meets a source whose title gives the story away as a closed "Title hidden" in the source list', async () => {
    renderRoute('/characters/ana-lead/');
    await screen.findByRole('heading', { level: 1, name: 'Ana Lead' });
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getByText('Title hidden: Season 2')).toBeVisible();
    expect(
      within(sources).getByRole('link', { name: /Recap: Ana and Bo in Paris/ }),
    ).not.toBeVisible();
    // A title with nothing to give away stays a plain link.
    expect(within(sources).getByRole('link', { name: /Season 2 cast and date/ })).toBeVisible();
  });

  it('sees nothing tagged as a spoiler until they choose, and the header says so', async () => {
    renderRoute('/volumes/3/');
    await screen.findByRole('heading', { level: 1, name: /Volume 3/ });
    expect(screen.getByText(/trip to Paris/)).not.toBeVisible();
    expect(disclosureOf(/trip to Paris/)).not.toHaveAttribute('open');
    expect(
      screen.getByRole('button', { name: 'Spoilers hidden: set how far you have got' }),
    ).toBeInTheDocument();
  });

  it('a corrupt or out-of-range stored level counts as no choice', async () => {
    for (const bad of ['{"volume":1}', '9.9', '1.4.2']) {
      storeProgress(bad);
      const { unmount } = renderRoute('/volumes/3/');
      await screen.findByRole('heading', { level: 1, name: /Volume 3/ });
      expect(screen.getByText(/trip to Paris/)).not.toBeVisible();
      unmount();
    }
  });
});

describe('one spoiler, one tap', () => {
  it('hides a Volume 3 plot point from a reader who has only watched Season 1, until they open it', async () => {
    storeProgress('0.1');
    const user = userEvent.setup();
    renderRoute('/volumes/3/');
    await screen.findByRole('heading', { level: 1, name: /Volume 3/ });
    const plot = screen.getByRole('region', { name: 'What happens' });
    expect(within(plot).getByText(/trip to Paris/)).not.toBeVisible();
    await user.click(within(plot).getByText('Spoiler: Volume 3 / Season 2'));
    expect(within(plot).getByText(/trip to Paris/)).toBeVisible();
  });

  it('goes down to the episode: a reader at season 1, episode 1 sees that episode and no further', async () => {
    storeProgress('0.1.1');
    renderRoute('/characters/ana-lead/');
    await screen.findByRole('heading', { level: 1, name: 'Ana Lead' });
    const onScreen = screen.getByRole('region', { name: 'On screen' });
    expect(within(onScreen).getByText('Ana meets Bo in form.')).toBeVisible();
    expect(within(onScreen).getByText('Ana goes to Paris.')).not.toBeVisible();
    expect(within(onScreen).getByText('Spoiler: Season 2')).toBeInTheDocument();
  });

  it('a reader who chose everything sees everything, with no disclosures left closed', async () => {
    storeProgress('all');
    renderRoute('/volumes/3/');
    await screen.findByRole('heading', { level: 1, name: /Volume 3/ });
    expect(screen.getByText(/trip to Paris/)).toBeVisible();
    for (const details of document.querySelectorAll('details[data-reveal]'))
      expect(details).toHaveAttribute('open');
  });
});

describe('one tap a section, or the page', () => {
  it('says how many spoilers a section hides and up to where', async () => {
    storeProgress('0.0');
    renderRoute('/characters/ana-lead/');
    await screen.findByRole('heading', { level: 1, name: 'Ana Lead' });
    const onScreen = screen.getByRole('region', { name: 'On screen' });
    expect(
      within(onScreen).getByRole('button', {
        name: /^Show 2 spoilers in this section \(up to Season 2\)$/,
      }),
    ).toHaveAttribute('data-reveal-all', 'section');
    expect(screen.getByRole('button', { name: /^Show \d+ spoilers on this page/ })).toHaveAttribute(
      'data-reveal-all',
      'page',
    );
  });
});

describe('the settings dialog', () => {
  it('opens as a modal dialog, sets progress on both axes to the episode, and remembers it', async () => {
    const user = userEvent.setup();
    renderRoute('/characters/ana-lead/');
    await screen.findByRole('heading', { level: 1, name: 'Ana Lead' });
    const toggle = screen.getByRole('button', { name: /set how far you have got/ });
    await user.click(toggle);
    const dialog = await screen.findByRole('dialog', { name: 'Settings' });
    expect(dialog).toHaveAttribute('open');

    const shield = within(dialog).getByRole('group', { name: 'Spoiler protection' });
    await user.click(within(shield).getByRole('radio', { name: "Hide what I haven't reached" }));
    const watched = within(shield).getByRole('combobox', { name: 'Watched up to' });
    await user.selectOptions(watched, 'Season 1, episode 1: Meet');
    expect(screen.getByText('Ana meets Bo in form.')).toBeVisible();
    expect(screen.getByText(/fall for each other/)).not.toBeVisible();
    expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe('0.1.1');
    expect(document.documentElement.getAttribute('data-seen-ep')).toBe('1-1');

    await user.selectOptions(watched, 'All of season 1');
    expect(screen.getByText(/fall for each other/)).toBeVisible();
    await user.selectOptions(
      within(shield).getByRole('combobox', { name: 'Read up to' }),
      'Volume 5',
    );
    expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe('5.1');

    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Spoilers: hiding after Volume 5 and Season 1/ }),
    ).toHaveFocus();
  });

  it('switches the theme; Escape (the dialog closing) returns focus to its button', async () => {
    const user = userEvent.setup();
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 });
    const toggle = screen.getByRole('button', { name: /set how far you have got/ });
    await user.click(toggle);
    const dialog = await screen.findByRole('dialog', { name: 'Settings' });
    const theme = within(dialog).getByRole('group', { name: 'Theme' });
    await user.click(within(theme).getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(STORAGE_KEYS.theme)).toBe('dark');
    act(() => (dialog as HTMLDialogElement).close());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
  });

  it('still works for the visit when storage refuses to save', async () => {
    const user = userEvent.setup();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    try {
      renderRoute('/volumes/3/');
      await screen.findByRole('heading', { level: 1, name: /Volume 3/ });
      await user.click(screen.getByRole('button', { name: /set how far you have got/ }));
      await user.click(await screen.findByRole('radio', { name: 'Show me everything' }));
      expect(screen.getByText(/trip to Paris/)).toBeVisible();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('"How far have you got?", answered before the app and after', () => {
  function runEarlyScript() {
    // The inline script, as the page runs it: against this document and its storage.
    const script = document.createElement('script');
    script.textContent = earlyScript(STORY_LIMITS);
    document.head.append(script);
    script.remove();
  }

  it('a new visitor is asked; one tap stores the answer, updates the page and tells the app', async () => {
    runEarlyScript();
    const root = document.documentElement;
    expect(root).toHaveAttribute('data-ask');
    const told = vi.fn();
    window.addEventListener('hs-level', told);
    const user = userEvent.setup();
    render(<ArrivalQuestion />);
    await user.click(screen.getByRole('button', { name: 'Season 2', hidden: true }));
    expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe('0.2');
    expect(root).not.toHaveAttribute('data-ask');
    expect(root.getAttribute('data-seen')).toBe('1 2');
    // A season keeps the question for the books, until Done.
    expect(root).toHaveAttribute('data-asking');
    await user.click(screen.getByRole('button', { name: 'Volume 3', hidden: true }));
    expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe('3.2');
    await user.click(screen.getByRole('button', { name: 'Done', hidden: true }));
    expect(root).not.toHaveAttribute('data-asking');
    await user.click(screen.getByRole('button', { name: 'Show me everything', hidden: true }));
    expect(localStorage.getItem(STORAGE_KEYS.progress)).toBe('all');
    expect(root).toHaveAttribute('data-all');
    expect(told).toHaveBeenCalledTimes(3);
    window.removeEventListener('hs-level', told);
  });

  it('the app follows an answer given through the page', async () => {
    renderRoute('/volumes/3/');
    await screen.findByRole('heading', { level: 1, name: /Volume 3/ });
    expect(screen.getByText(/trip to Paris/)).not.toBeVisible();
    act(() => {
      localStorage.setItem(STORAGE_KEYS.progress, '3.0');
      window.dispatchEvent(new CustomEvent('hs-level', { detail: '3.0' }));
    });
    expect(screen.getByText(/trip to Paris/)).toBeVisible();
  });
});
