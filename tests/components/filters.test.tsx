import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { compileSite } from '../../scripts/compile/compile';
import { LIST_PAGE_SIZE } from '../../src/data/data-keys';
import { fixtureContent } from '../fixtures/wiki';
import { renderRoute } from './render-route';

// Whole pages load their code on demand: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });
const slow = { timeout: 10_000 };

const cards = () =>
  screen
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent)
    .filter((t) => t !== null && !['Sources'].includes(t));

/** A wiki with enough characters for two pages of the list. */
function longList() {
  const content = fixtureContent();
  const bo = content.characters[1]!;
  for (let i = 1; i <= 60; i++)
    content.characters.push({
      ...bo,
      slug: `extra-${i}`,
      name: `Extra ${String(i).padStart(2, '0')}`,
    });
  for (let i = 1; i <= 60; i++)
    content.people[1]!.credits.push({
      kind: 'cast',
      character: `extra-${i}`,
      screen: 1,
      tier: 'guest',
      sources: ['paper-2022'],
    });
  return compileSite(content).files;
}

describe('character list', () => {
  it('has its search field on a plain visit, as a form that works before the app starts', async () => {
    renderRoute('/characters/');
    const field = await screen.findByRole('searchbox', { name: 'Search characters' }, slow);
    const form = field.closest('form')!;
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/characters/');
    expect(field).toHaveAttribute('name', 'q');
    expect(screen.getByRole('button', { name: 'More filters' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('filters as the reader types, keeps the text in the URL, and offers a way out when nothing matches', async () => {
    const { router } = renderRoute('/characters/');
    await userEvent.type(
      await screen.findByRole('searchbox', { name: 'Search characters' }),
      'anna',
    );
    await waitFor(() => expect(cards()).toEqual(['Ana Lead']));
    expect(router.state.location.search).toBe('?q=anna');
    // The field that filters took the plain one's place, with the letters and the focus.
    const field = screen.getByRole('searchbox', { name: 'Search characters' });
    expect(field).toHaveValue('anna');
    expect(field).toHaveFocus();

    await userEvent.clear(field);
    await userEvent.type(field, 'zzzqq');
    expect(await screen.findByText('No characters match “zzzqq”.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(screen.getByText(/^Showing all 4 characters$/)).toBeInTheDocument());
  });

  it('applies filters from the URL, with counts in the labels, and says how many show', async () => {
    renderRoute('/characters/?season=1&role=main');
    const season = await screen.findByRole('group', { name: 'Season' });
    const one = within(season).getByRole('checkbox', { name: /^Season 1 \(\d+\)$/ });
    await waitFor(() => expect(one).toBeChecked());
    const main = screen.getByRole('checkbox', { name: /^Main cast \(\d+\)$/ });
    expect(main).toBeChecked();
    expect(cards()).toEqual(['Ana Lead']);
    expect(main.parentElement).toHaveTextContent('(1)');
    expect(screen.getByText(/^Showing 1 of 4 characters/)).toHaveTextContent('2 filters in use');
  });

  it('a shared link with a search says it is finding, not loading, when every row is there', async () => {
    const seen = new Set<string>();
    const watch = new MutationObserver(() => {
      const line = document.querySelector('.result-count')?.textContent;
      if (line) seen.add(line);
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    renderRoute('/characters/?q=anna');
    await waitFor(() => expect(cards()).toEqual(['Ana Lead']));
    await screen.findByText(/^Showing 1 of 4 characters/);
    watch.disconnect();
    expect([...seen]).toContain('Finding characters…');
    expect([...seen].filter((line) => line.startsWith('Loading'))).toEqual([]);
  });

  it('"More filters" opens the facets; a count says what ticking the box would show', async () => {
    const { router } = renderRoute('/characters/');
    await userEvent.click(await screen.findByRole('button', { name: 'More filters' }));
    const role = await screen.findByRole('group', { name: 'Role' });
    const recurring = within(role).getByRole('checkbox', { name: /^Recurring \(1\)$/ });
    await userEvent.click(recurring);
    await waitFor(() => expect(router.state.location.search).toBe('?role=recurring'));
    expect(cards()).toEqual(['Bo Friend']);
  });
});

describe('a long list', () => {
  it('shows its first page, then fetches the rest for another page, with page links', async () => {
    const files = longList();
    const { router } = renderRoute('/characters/', { files });
    await screen.findByRole('heading', { level: 1, name: 'Characters' });
    expect(cards()).toHaveLength(LIST_PAGE_SIZE);
    expect(screen.getByText(`Showing 1–${LIST_PAGE_SIZE} of 64 characters`)).toBeInTheDocument();
    const pager = await screen.findByRole('navigation', { name: 'Pages of characters' });
    expect(pager).toHaveTextContent('Page 1 of 2');
    await userEvent.click(within(pager).getByRole('link', { name: 'Next page, 2 of 2' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    await waitFor(() => expect(cards()).toHaveLength(64 - LIST_PAGE_SIZE));
    expect(
      screen.getByText(`Showing ${LIST_PAGE_SIZE + 1}–64 of 64 characters`),
    ).toBeInTheDocument();
  });

  it('gets its matcher ready when the field is focused, so typing never shows a loading line', async () => {
    const files = longList();
    const { queryClient } = renderRoute('/characters/', { files });
    const field = await screen.findByRole('searchbox', { name: 'Search characters' });
    await userEvent.click(field);
    // Focus alone builds the whole list's matcher, before any letter is typed.
    await waitFor(
      () =>
        expect(
          queryClient
            .getQueryCache()
            .findAll({ queryKey: ['text-matcher'] })
            .map((q) => q.state.status),
        ).toContain('success'),
      slow,
    );
    const status = screen.getByText(/^Showing/);
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(status.textContent ?? ''));
    watch.observe(status, { childList: true, subtree: true, characterData: true });
    await userEvent.type(field, 'extra 60');
    await waitFor(() => expect(cards()[0]).toBe('Extra 60'));
    watch.disconnect();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((t) => t.startsWith('Loading'))).toEqual([]);
  });

  it('searches the whole list, not only the first page', async () => {
    const files = longList();
    renderRoute('/characters/', { files });
    const field = await screen.findByRole('searchbox', { name: 'Search characters' });
    await userEvent.type(field, 'extra 60');
    await waitFor(() => expect(cards()[0]).toBe('Extra 60'));
  });
});
