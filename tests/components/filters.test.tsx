import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

const cards = () =>
  screen
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent)
    .filter((t) => t !== null);

describe('character list filters', () => {
  it('applies filters from the URL, with counts in the labels, and says how many show', async () => {
    renderRoute('/characters?season=2&role=main');
    const season = await screen.findByRole('group', { name: 'Season' });
    const two = within(season).getByRole('checkbox', { name: /^Season 2 \(\d+\)$/ });
    await waitFor(() => expect(two).toBeChecked());
    const main = screen.getByRole('checkbox', { name: /^Main cast \(\d+\)$/ });
    expect(main).toBeChecked();
    const shown = cards().length;
    expect(shown).toBeGreaterThan(0);
    // With both groups in force, each checked option's count is what the list shows.
    expect(main.parentElement).toHaveTextContent(`(${shown})`);
    expect(two.parentElement).toHaveTextContent(`(${shown})`);
    expect(screen.getByText(new RegExp(`^Showing ${shown} of \\d+ characters`))).toHaveTextContent(
      '2 filters in use',
    );
  });

  it('a count says what ticking the box would show', async () => {
    const { router } = renderRoute('/characters');
    await userEvent.click(await screen.findByRole('button', { name: 'Search and filter' }));
    const role = await screen.findByRole('group', { name: 'Role' });
    const guest = within(role).getByRole('checkbox', { name: /^Guest/ });
    await waitFor(() => expect(guest).toBeEnabled());
    const expected = Number(/\((\d+)\)/.exec(guest.parentElement!.textContent!)![1]);
    await userEvent.click(guest);
    await waitFor(() => expect(router.state.location.search).toBe('?role=guest'));
    expect(
      screen.getAllByRole('listitem').filter((li) => li.classList.contains('card')),
    ).toHaveLength(expected);
  });

  it('finds a character by a misspelt name and offers to clear everything when nothing matches', async () => {
    const { router } = renderRoute('/characters');
    await userEvent.click(await screen.findByRole('button', { name: 'Search and filter' }));
    const field = await screen.findByRole('searchbox', { name: 'Search characters' });
    // Opening the panel puts the reader in its search field.
    await waitFor(() => expect(field).toHaveFocus());
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Clear all' })).toBeInTheDocument(),
    );
    await userEvent.type(field, 'charlei');
    await waitFor(() => expect(cards()[0]).toBe('Charlie Spring'));
    expect(router.state.location.search).toBe('?q=charlei');

    await userEvent.clear(field);
    await userEvent.type(field, 'chrlyy');
    expect(await screen.findByText('No characters match.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Charlie Spring' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=Charlie+Spring'));
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() =>
      expect(screen.getByText(/^Showing all \d+ characters$/)).toBeInTheDocument(),
    );
    expect(screen.getByRole('searchbox', { name: 'Search characters' })).toHaveValue('');
  });
});
