import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './render-route';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

describe('character page', () => {
  it('shows who plays Charlie, where he first appears, his relationships and numbered sources', async () => {
    renderRoute('/characters/charlie-spring');
    await h1('Charlie Spring');
    const main = screen.getByRole('main');
    expect(
      within(main).getByText(/one of the very few boys there who are openly gay/),
    ).toBeInTheDocument();

    const playedBy = screen.getByRole('region', { name: 'Played by' });
    expect(within(playedBy).getByRole('link', { name: 'Joe Locke' })).toHaveAttribute(
      'href',
      '/cast/joe-locke',
    );

    const firsts = screen.getByRole('region', { name: 'First appearances' });
    expect(within(firsts).getByRole('link', { name: 'Volume 1' })).toHaveAttribute(
      'href',
      '/volumes/1',
    );
    expect(within(firsts).getByRole('link', { name: 'Season 1' })).toHaveAttribute(
      'href',
      '/seasons/season-1',
    );

    const relationships = screen.getByRole('region', { name: 'Relationships' });
    expect(within(relationships).getByRole('link', { name: 'Nick Nelson' })).toHaveAttribute(
      'href',
      '/characters/nick-nelson',
    );
    expect(within(relationships).getByText(/older sister/, { selector: 'li' })).toBeInTheDocument();

    const sources = screen.getByRole('region', { name: 'Sources' });
    const items = within(sources).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('The Digital Fix');
    // The first citation on the page points at source 1.
    expect(within(main).getAllByRole('link', { name: /^Source 1:/ })[0]).toHaveAttribute(
      'href',
      '#source-1',
    );
  });

  it('marks a fact that rests only on a secondary source', async () => {
    renderRoute('/characters/jane-spring');
    await h1('Jane Spring');
    expect(screen.getAllByText('(secondary source)', { exact: false }).length).toBeGreaterThan(0);
    expect(
      within(screen.getByRole('region', { name: 'Sources' })).getByText('secondary source'),
    ).toBeInTheDocument();
  });
});

describe('cast pages', () => {
  it('lists actors and the creative team', async () => {
    renderRoute('/cast');
    await h1('Cast and crew');
    const cast = screen.getByRole('region', { name: 'Cast' });
    expect(within(cast).getByRole('link', { name: 'Olivia Colman' })).toHaveAttribute(
      'href',
      '/cast/olivia-colman',
    );
    const crew = screen.getByRole('region', { name: 'Creative team' });
    expect(within(crew).getByRole('link', { name: 'Alice Oseman' })).toBeInTheDocument();
    expect(within(crew).queryByRole('link', { name: 'Joe Locke' })).not.toBeInTheDocument();
  });

  it("shows an actor's roles by season in a table", async () => {
    renderRoute('/cast/kit-connor');
    await h1('Kit Connor');
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /Nick Nelson/ });
    expect(within(row).getByRole('link', { name: 'Season 1' })).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Season 2' })).toBeInTheDocument();
    expect(row).toHaveTextContent('main cast');
  });

  it("gives Alice Oseman's pronouns and their jobs", async () => {
    renderRoute('/cast/alice-oseman');
    await h1('Alice Oseman');
    expect(screen.getByText('Pronouns: they/them')).toBeInTheDocument();
    const jobs = screen.getByRole('region', { name: 'Behind the camera' });
    expect(jobs).toHaveTextContent('Creator');
    expect(jobs).toHaveTextContent('Showrunner');
  });
});

describe('volumes and seasons', () => {
  it('a volume page shows publication, what adapts it and its plot points', async () => {
    renderRoute('/volumes/5');
    await h1('Volume 5');
    expect(screen.getByRole('region', { name: 'Publication' })).toHaveTextContent(
      '9 November 2023',
    );
    expect(
      within(screen.getByRole('region', { name: 'On screen' })).getByRole('link', {
        name: 'Season 3',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Plot points' })).toHaveTextContent(
      'what comes after school',
    );
    const pager = screen.getByRole('navigation', { name: 'Other volumes' });
    expect(within(pager).getByRole('link', { name: /Volume 4/ })).toHaveAttribute(
      'href',
      '/volumes/4',
    );
    expect(within(pager).getByRole('link', { name: /Volume 6/ })).toHaveAttribute(
      'href',
      '/volumes/6',
    );
  });

  it('Volume 6 notes it is the final volume and that the film adapts it with the novella', async () => {
    renderRoute('/volumes/6');
    await h1(/Volume 6/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('the final volume');
    const onScreen = screen.getByRole('region', { name: 'On screen' });
    expect(
      within(onScreen).getByRole('link', { name: 'Heartstopper Forever' }),
    ).toBeInTheDocument();
    expect(onScreen).toHaveTextContent('Nick and Charlie');
  });

  it('the film page says its date has not been announced', async () => {
    renderRoute('/seasons/heartstopper-forever');
    await h1('Heartstopper Forever');
    expect(screen.getByText('2026, date not announced')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Wash Westmoreland' })).toBeInTheDocument();
  });

  it('a season page lists its episodes and its cast on record', async () => {
    renderRoute('/seasons/season-3');
    await h1('Season 3');
    expect(
      screen.getByText(/Love, Home, Talk, Journey, Winter, Body, Together, Apart/),
    ).toBeInTheDocument();
    const cast = screen.getByRole('region', { name: 'Cast on record' });
    expect(within(cast).getByRole('link', { name: 'Darragh Hand' })).toBeInTheDocument();
    expect(cast).toHaveTextContent('role not on record');
  });
});

describe('release and home', () => {
  it('the release page scores every prediction', async () => {
    renderRoute('/release');
    await h1('Release: the guesses and what happened');
    expect(
      await screen.findByRole('region', { name: 'Scorecard' }, { timeout: 5000 }),
    ).toHaveTextContent('13 predictions: 9 right, 2 close, 0 wrong');
    const predictions = screen.getByRole('region', { name: 'The predictions' });
    const autumn = within(predictions)
      .getByText(/autumn 2023/)
      .closest('li')!;
    expect(autumn).toHaveTextContent('Close: about a month early');
  });

  it('the front page says what comes next, honestly', async () => {
    renderRoute('/');
    await h1('Heartstopper Fan Wiki');
    const now = screen.getByRole('region', { name: 'Where things stand' });
    expect(now).toHaveTextContent('Heartstopper Forever on Netflix: 2026, date not announced');
    expect(
      within(screen.getByRole('navigation', { name: 'Explore the wiki' })).getAllByRole('link'),
    ).toHaveLength(5);
  });
});

describe('not found', () => {
  it('an unknown character shows the not-found page inside the layout', async () => {
    renderRoute('/characters/nobody-at-all');
    await h1('Page not found');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });

  it('a volume number out of range is not found', async () => {
    renderRoute('/volumes/9');
    await h1('Page not found');
  });
});

describe('navigation', () => {
  it('following a link moves to the page and updates the document title', async () => {
    const user = userEvent.setup();
    renderRoute('/characters');
    await h1('Characters');
    await user.click(screen.getByRole('link', { name: 'Tori Spring' }));
    await h1('Tori Spring');
    // The title follows in an effect once the page is shown.
    await waitFor(() => expect(document.title).toBe('Tori Spring · Heartstopper Fan Wiki'));
  });
});
