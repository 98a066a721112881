import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../src/app/routes';
import { reloadPreferences } from '../../src/data/use-preferences';
import { STORAGE_KEYS } from '../../src/lib/preferences';
import { renderRoute, serveFiles } from './render-route';

const slow = { timeout: 10000 };

// Whole pages load their search code on demand: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

describe('header search', () => {
  it('is a labelled GET form to the results page, under the site base path too', async () => {
    serveFiles();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const router = createMemoryRouter(createRoutes(queryClient), {
      basename: '/heartstopper-wiki',
      initialEntries: ['/heartstopper-wiki/volumes/'],
    });
    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    const field = await screen.findByRole('searchbox', { name: 'Search the wiki' }, slow);
    expect(field).toHaveAttribute('name', 'q');
    const form = field.closest('form')!;
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/heartstopper-wiki/search/');
    router.dispose();
  });

  it('becomes a combobox on focus, the same field with the letters typed, and lists suggestions for a misspelt name', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 }, slow);
    const field = screen.getByRole('searchbox', { name: 'Search the wiki' });
    await userEvent.click(field);
    await userEvent.keyboard('al');
    const combobox = await screen.findByRole('combobox', { name: 'Search the wiki' }, slow);
    // Nothing was swapped: the field the reader tapped is the combobox, focused, letters kept.
    expect(combobox).toBe(field);
    expect(combobox).toHaveFocus();
    expect(combobox).toHaveValue('al');
    await userEvent.clear(combobox);
    await userEvent.type(combobox, 'alexz');
    const listbox = await screen.findByRole('listbox', { name: 'Suggestions' }, slow);
    await waitFor(
      () => expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('Alex Actor'),
      slow,
    );
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(combobox).toHaveAttribute('aria-controls', listbox.id);
    // The matched letters are marked with an element, not raw HTML.
    expect(within(listbox).getAllByRole('option')[0]!.querySelector('mark')).toHaveTextContent(
      'Alex',
    );
  });

  it('leaves Enter and the arrow keys to an input method while it composes', async () => {
    const { router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1 }, slow);
    // Each visit (each query client) loads the list's code afresh: nothing is kept between tests.
    await userEvent.click(screen.getByRole('searchbox', { name: 'Search the wiki' }));
    const combobox = await screen.findByRole('combobox', { name: 'Search the wiki' }, slow);
    await userEvent.type(combobox, 'ana');
    await waitFor(
      () => expect(screen.getAllByRole('option')[0]).toHaveTextContent('Ana Lead'),
      slow,
    );
    // Choosing a candidate in a Japanese IME: arrows and Enter while composing.
    combobox.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    for (const key of ['ArrowDown', 'Enter']) {
      combobox.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, isComposing: true }),
      );
    }
    combobox.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    expect(combobox).not.toHaveAttribute('aria-activedescendant');
    expect(router.state.location.pathname).toBe('/');
    // Once composed, the same keys choose and open a suggestion.
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/characters/ana-lead/'), slow);
  });

  it('suggests nothing found only in text past the reader’s level', async () => {
    const suggest = async (level: string) => {
      localStorage.setItem(STORAGE_KEYS.progress, level);
      reloadPreferences();
      const { unmount } = renderRoute('/');
      await screen.findByRole('heading', { level: 1 }, slow);
      await userEvent.click(
        screen.queryByRole('searchbox', { name: 'Search the wiki' }) ??
          screen.getByRole('combobox', { name: 'Search the wiki' }),
      );
      const combobox = await screen.findByRole('combobox', { name: 'Search the wiki' }, slow);
      // No name holds "trip": Volume 3's season 2 plot does.
      await userEvent.type(combobox, 'trip');
      await waitFor(() => expect(combobox).toHaveAttribute('aria-expanded', 'true'), slow);
      const options = await waitFor(() => {
        const found = screen.queryAllByRole('option').map((o) => o.textContent ?? '');
        expect(found.length).toBeGreaterThan(0);
        if (level === 'all') expect(found.some((o) => o.includes('Volume 3'))).toBe(true);
        return found;
      }, slow);
      unmount();
      return options;
    };
    expect(await suggest('0.1')).toEqual(['No quick matches: search all pages for “trip”']);
    expect((await suggest('all')).some((o) => o.includes('Volume 3'))).toBe(true);
  });
});

describe('results page', () => {
  it('lists results best first, marks matches, and follows typing in the URL', async () => {
    const { router } = renderRoute('/search/?q=actor');
    await screen.findByRole('heading', { level: 1, name: 'Search' }, slow);
    const results = await screen.findByRole('list', { name: 'Results for “actor”' }, slow);
    await waitFor(
      () => expect(within(results).getAllByRole('link')[0]).toHaveTextContent('Alex Actor'),
      slow,
    );
    const field = screen.getByRole('searchbox', { name: /^Search people, characters/ });
    await userEvent.clear(field);
    await userEvent.type(field, 'volume 6');
    await waitFor(() => expect(router.state.location.search).toBe('?q=volume+6'), slow);
    const books = await screen.findByRole('list', { name: 'Results for “volume 6”' }, slow);
    await waitFor(
      () => expect(within(books).getAllByRole('link')[0]).toHaveTextContent('Volume 6'),
      slow,
    );
    // A description match shows the words that matched, with their spoiler gate.
    await userEvent.clear(field);
    await userEvent.type(field, 'drums');
    const found = await screen.findByRole('list', { name: 'Results for “drums”' }, slow);
    expect(await within(found).findByText(/plays the/, {}, slow)).toBeInTheDocument();
  });

  it('a reader who has watched only season 1 is not shown results found in text past it, only told how many', async () => {
    localStorage.setItem(STORAGE_KEYS.progress, '0.1');
    reloadPreferences();
    renderRoute('/search/?q=paris');
    await screen.findByRole('heading', { level: 1, name: 'Search' }, slow);
    const status = await screen.findByText(/past your spoiler level/, {}, slow);
    // Ana's trip and Volume 3's plot mention Paris only in season 2's story.
    expect(status).toHaveTextContent(/2 more results are past your spoiler level\.$/);
    const results = screen.queryByRole('list', { name: 'Results for “paris”' });
    const titles = results
      ? within(results)
          .getAllByRole('link')
          .map((l) => l.textContent)
      : [];
    expect(titles).not.toContain('Ana Lead');
    expect(titles).not.toContain('Volume 3');
    expect(document.body).not.toHaveTextContent('Ana goes to Paris');

    // Everything: the same search finds them, with nothing held back.
    localStorage.setItem(STORAGE_KEYS.progress, 'all');
    reloadPreferences();
    await waitFor(() => {
      const all = screen.getByRole('list', { name: 'Results for “paris”' });
      expect(within(all).getByRole('link', { name: 'Ana Lead' })).toBeVisible();
    }, slow);
    expect(screen.queryByText(/past your spoiler level/)).toBeNull();
  });

  it('shows hints and no results before anything is typed', async () => {
    renderRoute('/search/');
    await screen.findByRole('heading', { level: 1, name: 'Search' }, slow);
    expect(screen.getByRole('link', { name: 'charlei' })).toHaveAttribute(
      'href',
      '/search/?q=charlei',
    );
    expect(screen.queryByRole('list', { name: /^Results for/ })).not.toBeInTheDocument();
  });
});
