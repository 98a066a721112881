import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '../../src/lib/preferences';
import { reloadPreferences } from '../../src/data/use-preferences';
import { setToday } from '../clock';
import { renderRoute } from './render-route';

// Whole pages are rendered and queried by role: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

/** Deferred parts load their own code: give a busy machine time. */
const SLOW = { timeout: 5000 };

// The settings store keeps what it read; start every test from what storage says now.
beforeEach(() => reloadPreferences());
// The release page's verdicts depend on the day: fix it inside the days the build scored for.
beforeEach(() => setToday('2026-12-15'));

async function openRelease() {
  renderRoute('/release/');
  await screen.findByRole('heading', { level: 1, name: 'Release: the guesses and what happened' });
  // The chart's code loads on its own, once its place is reached.
  await screen.findByRole('figure', { name: /Guesses against the record/ }, SLOW);
}

describe('release timeline', () => {
  it('is a named figure whose every mark links to its row in the table beside it', async () => {
    await openRelease();
    const figure = screen.getByRole('figure', { name: /Guesses against the record/ });
    const marks = within(figure).getAllByRole('link');
    const table = screen.getByRole('table', { name: /The timeline as a table/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(marks).toHaveLength(rows.length);
    for (const mark of marks) {
      const id = mark.getAttribute('href')!.slice(1);
      const row = document.getElementById(id);
      expect(row, id).not.toBeNull();
      expect(table).toContainElement(row);
    }
    const s2 = within(figure).getByRole('link', { name: '3 August 2023: Season 2 released' });
    expect(
      within(document.getElementById(s2.getAttribute('href')!.slice(1))!).getByText(
        'Season 2 released',
      ),
    ).toBeInTheDocument();
  });

  it('the table lists every event and each date guess with its verdict, in date order', async () => {
    await openRelease();
    const table = screen.getByRole('table', { name: /The timeline as a table/ });
    const autumn = within(table).getByRole('row', { name: /autumn 2023/ });
    expect(autumn).toHaveTextContent('Guess, close: about a month early');
    expect(autumn).toHaveTextContent('The Guesser');
    const film = within(table).getByRole('row', { name: /The film/ });
    expect(film).toHaveTextContent('2026 (expected)');
    const order = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent ?? '');
    expect(order.findIndex((t) => t.startsWith('Season 1 released'))).toBeLessThan(
      order.findIndex((t) => t.startsWith('Season 2 released')),
    );
  });

  it('shows a mark’s detail on keyboard focus and on hover', async () => {
    const user = userEvent.setup();
    await openRelease();
    const figure = screen.getByRole('figure', { name: /Guesses against the record/ });
    const guess = within(figure).getByRole('link', { name: /The Guesser: autumn 2023/ });
    act(() => guess.focus());
    await waitFor(() =>
      expect(figure).toHaveTextContent(
        'Season 2 released on 3 August 2023. Close: about a month early.',
      ),
    );
    await user.hover(within(figure).getByRole('link', { name: '20 May 2022: Renewed' }));
    await waitFor(() => expect(figure).toHaveTextContent('Two more seasons.'));
  });
});

describe('scorecard and what’s next', () => {
  it('scores each source, with the close calls and by how much', async () => {
    await openRelease();
    const card = screen.getByRole('region', { name: 'Scorecard' });
    const guesser = within(card).getByRole('row', { name: /The Guesser/ });
    // Guesses, right, close, wrong, can't be checked, rate.
    expect(
      within(guesser)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['7', '4', '1', '1', '1', '67%']);
    expect(
      within(card).getByText(/When season 2 arrives \(The Guesser\): about a month early/),
    ).toBeInTheDocument();
  });

  it('is honest that the film has no date yet', async () => {
    await openRelease();
    const next = screen.getByRole('region', { name: "What's next" });
    expect(next).toHaveTextContent('The film: 2026, date not announced');
  });
});

describe('books-to-screen map', () => {
  it('on /volumes: a named figure whose boxes link to every volume and screen', async () => {
    renderRoute('/volumes/');
    await screen.findByRole('heading', { level: 1, name: 'Volumes' });
    const map = await screen.findByRole('figure', { name: /From the books to the screen/ }, SLOW);
    expect(
      within(map).getByRole('link', { name: 'Volume 3, adapted in Season 2' }),
    ).toHaveAttribute('href', '/volumes/3/');
    expect(
      within(map).getByRole('link', {
        name: /^Heartstopper Forever, adapting Volume 6 and The Novella/,
      }),
    ).toHaveAttribute('href', '/seasons/heartstopper-forever/');
    expect(within(map).queryByRole('link', { current: 'page' })).not.toBeInTheDocument();
  });

  it('on a volume page: the volume is highlighted in the picture and the table, and its boxes navigate', async () => {
    const user = userEvent.setup();
    renderRoute('/volumes/4/');
    await screen.findByRole('heading', { level: 1, name: /Volume 4/ });
    const map = await screen.findByRole('figure', { name: /Volume 4 is highlighted/ }, SLOW);
    expect(
      within(map).getByRole('link', { current: 'page', name: 'Volume 4, adapted in Season 3' }),
    ).toBeInTheDocument();
    // The table says the same in words, right after the picture.
    const table = screen.getByRole('table', { name: 'The map as a table' });
    expect(map.nextElementSibling).toBe(table);
    expect(within(table).getByRole('row', { name: /Volume 4 \(this page\)/ })).toHaveTextContent(
      'Season 3',
    );
    await user.click(
      within(map).getByRole('link', { name: 'Season 3, adapting Volume 4 and Volume 5' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Season 3' })).toBeInTheDocument();
  });
});

describe('relationship diagram', () => {
  it('shows each tie as a link named with the kind of tie', async () => {
    renderRoute('/characters/ana-lead/');
    await screen.findByRole('heading', { level: 1, name: 'Ana Lead' });
    const picture = await screen.findByRole('figure', { name: /Who Ana Lead is tied to/ }, SLOW);
    expect(
      within(picture).getByRole('link', { name: 'Cy Reader: friend (friend)' }),
    ).toHaveAttribute('href', '/characters/cy-reader/');
    expect(
      within(picture).getByRole('link', { name: 'Bo Friend: boyfriend (partner or romance)' }),
    ).toHaveAttribute('href', '/characters/bo-friend/');
  });

  it('marks a tie beyond the reader’s level for the stylesheet to leave out, while the list offers to reveal it', async () => {
    localStorage.setItem(STORAGE_KEYS.progress, '0.0');
    reloadPreferences();
    renderRoute('/characters/ana-lead/');
    await screen.findByRole('heading', { level: 1, name: 'Ana Lead' });
    const picture = await screen.findByRole('figure', {
      name: /Ties past your spoiler setting are left out of the picture/,
    });
    // Hidden by the level it carries (the stylesheet's rule, checked in the browser tests), in
    // its place from the first paint, so nothing moves when the reader's level is applied.
    const bo = within(picture)
      .getByRole('link', { name: /Bo Friend/ })
      .closest('g');
    expect(bo).toHaveAttribute('data-reveal');
    expect(bo).toHaveAttribute('data-rs', '1-2');
    expect(
      within(picture)
        .getByRole('link', { name: /Cy Reader/ })
        .closest('[data-reveal]'),
    ).toBeNull();
    const list = screen.getByRole('region', { name: 'Relationships' });
    // The tie is a closed disclosure: its summary names the level, its content stays hidden.
    const summary = within(list).getByText('Spoiler: Volume 1 / Season 1, episode 2');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(within(list).getByText('Bo Friend', { selector: 'a' })).not.toBeVisible();
  });
  it('gives a character whose every tie is a spoiler a line saying so, for the stylesheet to show while none is reached', async () => {
    renderRoute('/characters/bo-friend/');
    await screen.findByRole('heading', { level: 1, name: 'Bo Friend' });
    const picture = await screen.findByRole('figure', { name: /Who Bo Friend is tied to/ }, SLOW);
    expect(picture).toHaveClass('ties--all-tagged');
    expect(within(picture).getByText(/^Your spoiler setting leaves out the one tie/)).toHaveClass(
      'ties__none',
    );
  });

  it('gives no such line where a tie is not a spoiler', async () => {
    renderRoute('/characters/ana-lead/');
    const picture = await screen.findByRole('figure', { name: /Who Ana Lead is tied to/ }, SLOW);
    expect(picture).not.toHaveClass('ties--all-tagged');
    expect(within(picture).queryByText(/^Your spoiler setting leaves out/)).not.toBeInTheDocument();
  });
});

describe('empty results are a state, never a crash', () => {
  it('a release filter that matches nothing shows the empty timeline and a way out', async () => {
    const { router } = renderRoute('/release/?type=event&verdict=right');
    await screen.findByRole('heading', {
      level: 1,
      name: 'Release: the guesses and what happened',
    });
    const timeline = () => screen.getByRole('region', { name: 'Timeline' });
    await waitFor(
      () => expect(timeline()).toHaveTextContent('No events or predictions match these filters'),
      SLOW,
    );
    expect(
      await screen.findByText('No entries match these filters.', {}, SLOW),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This page could not be loaded' })).toBeNull();
    await userEvent.click(within(timeline()).getByRole('link', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(
      await screen.findByRole('figure', { name: /Guesses against the record/ }, SLOW),
    ).toBeInTheDocument();
  });

  it('typing text nothing matches into the release filter keeps the page', async () => {
    renderRoute('/release/');
    await screen.findByRole('heading', {
      level: 1,
      name: 'Release: the guesses and what happened',
    });
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search events and predictions' }),
      'harry styles',
    );
    expect(
      await screen.findByText('No entries match “harry styles”.', {}, SLOW),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent('nothing to draw'),
    );
  });
});
