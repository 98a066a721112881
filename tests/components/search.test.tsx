import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../src/app/routes';
import { renderRoute } from './render-route';

const slow = { timeout: 10000 };

describe('header search', () => {
  it('is a labelled GET form to the results page, under the site base path too', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const router = createMemoryRouter(createRoutes(queryClient), {
      basename: '/heartstopper-wiki',
      initialEntries: ['/heartstopper-wiki/volumes'],
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
    expect(form).toHaveAttribute('action', '/heartstopper-wiki/search');
    router.dispose();
  });

  it('becomes a combobox on focus and lists suggestions for a misspelt name', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1 }, slow);
    const field = screen.getByRole('searchbox', { name: 'Search the wiki' });
    await userEvent.click(field);
    const combobox = await screen.findByRole('combobox', { name: 'Search the wiki' }, slow);
    expect(combobox).toHaveFocus();
    await userEvent.type(combobox, 'oseman');
    const listbox = await screen.findByRole('listbox', { name: 'Suggestions' }, slow);
    await waitFor(
      () => expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent('Alice Oseman'),
      slow,
    );
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(combobox).toHaveAttribute('aria-controls', listbox.id);
    // The matched letters are marked with an element, not raw HTML.
    expect(within(listbox).getAllByRole('option')[0]!.querySelector('mark')).toHaveTextContent(
      'Oseman',
    );
  });
});

describe('results page', () => {
  it('groups results by kind, marks matches, and follows typing in the URL', async () => {
    const { router } = renderRoute('/search?q=nelson');
    await screen.findByRole('heading', { level: 1, name: 'Search' }, slow);
    const characters = await screen.findByRole('region', { name: /^Characters \(\d+\)$/ }, slow);
    const links = within(characters).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(
      expect.arrayContaining(['Nick Nelson', 'Sarah Nelson']),
    );
    const field = screen.getByRole('searchbox', { name: /^Search people, characters/ });
    await userEvent.clear(field);
    await userEvent.type(field, 'volume 6');
    await waitFor(() => expect(router.state.location.search).toBe('?q=volume+6'), slow);
    const books = await screen.findByRole('region', { name: /^Books/ }, slow);
    expect(within(books).getAllByRole('link')[0]).toHaveTextContent('Volume 6');
  });

  it('shows hints and no results before anything is typed', async () => {
    renderRoute('/search');
    await screen.findByRole('heading', { level: 1, name: 'Search' }, slow);
    expect(screen.getByRole('link', { name: 'charlei' })).toHaveAttribute(
      'href',
      '/search?q=charlei',
    );
    expect(screen.queryByRole('region', { name: /^People/ })).not.toBeInTheDocument();
  });
});
