/**
 * One test per page template, on the fixture wiki: what a reader sees and can follow.
 * (The browser tests visit one real page of each template; tests/e2e/dist.spec.ts checks
 * every built page's HTML.)
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { compileSite } from '../../scripts/compile/compile';
import { fixtureContent } from '../fixtures/wiki';
import { setToday } from '../clock';
import { renderRoute } from './render-route';

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

/** The value beside `label` in the page's infobox. */
function infoboxFact(label: string): HTMLElement {
  const box = screen.getByRole('complementary', { name: 'At a glance' });
  const term = within(box).getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('character page', () => {
  it('shows who plays them, first appearances, story, relationships and numbered sources', async () => {
    renderRoute('/characters/ana-lead/');
    await h1('Ana Lead');
    const main = screen.getByRole('main');
    expect(within(main).getByText(/new to the form/)).toBeInTheDocument();

    expect(
      within(infoboxFact('Played by')).getByRole('link', { name: 'Alex Actor' }),
    ).toHaveAttribute('href', '/cast/alex-actor/');
    expect(
      within(infoboxFact('First in the books')).getByRole('link', { name: 'Volume 1' }),
    ).toHaveAttribute('href', '/volumes/1/');
    expect(screen.getByRole('region', { name: 'About Ana Lead' })).toHaveTextContent(
      'plays the drums',
    );
    const books = screen.getByRole('region', { name: 'In the books' });
    // Her own Volume 1 point, and Volume 3's plot point naming her (her own points leave it out).
    expect(within(books).getAllByRole('listitem')).toHaveLength(2);
    const onScreen = screen.getByRole('region', { name: 'On screen' });
    expect(within(onScreen).getAllByRole('listitem')[0]).toHaveTextContent(
      'Season 1, episode 1Ana meets Bo in form.',
    );
    expect(
      within(screen.getByRole('region', { name: 'Episodes' })).getByRole('link', {
        name: /Meet/,
      }),
    ).toHaveAttribute('href', '/seasons/season-1/episodes/1/');

    const relationships = screen.getByRole('region', { name: 'Relationships' });
    expect(within(relationships).getByRole('link', { name: 'Bo Friend' })).toHaveAttribute(
      'href',
      '/characters/bo-friend/',
    );
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    expect(within(contents).getByRole('link', { name: 'In the books' })).toHaveAttribute(
      'href',
      '#in-books',
    );
    expect(within(contents).getByRole('link', { name: 'Sources' })).toHaveAttribute(
      'href',
      '#sources-heading',
    );
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getAllByRole('listitem')[0]).toHaveTextContent('The Paper');
    expect(within(main).getAllByRole('link', { name: /^Source 1:/ })[0]).toHaveAttribute(
      'href',
      '#source-1',
    );
    expect(screen.getByRole('complementary', { name: 'About this page' })).toHaveTextContent(
      'Facts last checked against their sources on 29 November 2026',
    );
  });

  it('says a book-only character is in the books only, with no empty sections', async () => {
    renderRoute('/characters/cy-reader/');
    await h1('Cy Reader');
    expect(infoboxFact('On screen')).toHaveTextContent('Not on screen: the books only');
    expect(screen.queryByText('Played by', { selector: 'dt' })).not.toBeInTheDocument();
    expect(screen.queryByText(/not on record/)).not.toBeInTheDocument();
  });

  it('marks a secondary source at its citation number, not in the sentence', async () => {
    renderRoute('/characters/dot-dog/');
    await h1('Dot');
    const main = screen.getByRole('main');
    const marked = within(main).getAllByRole('link', {
      name: /^Source \d+: .*, secondary source$/,
    });
    expect(marked.length).toBeGreaterThan(0);
    expect(marked[0]).toHaveTextContent(/^\[\d+†\]$/);
    expect(within(main).queryByText(/\(secondary source\)/)).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sources' })).toHaveTextContent(
      '† marks a secondary source',
    );
  });
});

describe('cast pages', () => {
  it('lists actors and the creative team apart', async () => {
    renderRoute('/cast/');
    await h1('Cast and crew');
    const cast = screen.getByRole('region', { name: 'Cast' });
    expect(within(cast).getByRole('link', { name: 'Alex Actor' })).toHaveAttribute(
      'href',
      '/cast/alex-actor/',
    );
    const crew = screen.getByRole('region', { name: 'Creative team' });
    expect(within(crew).getByRole('link', { name: 'Cass Crew' })).toBeInTheDocument();
    expect(within(crew).queryByRole('link', { name: 'Alex Actor' })).not.toBeInTheDocument();
    expect(screen.getByText(/2 actors and 1 people behind the camera/)).toBeInTheDocument();
  });

  it("shows an actor's roles by season, their biography and awards", async () => {
    renderRoute('/cast/alex-actor/');
    await h1('Alex Actor');
    const row = within(screen.getByRole('table')).getByRole('row', { name: /Ana Lead/ });
    expect(within(row).getByRole('link', { name: 'Season 1' })).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Season 2' })).toBeInTheDocument();
    expect(row).toHaveTextContent('main cast');
    expect(screen.getByRole('region', { name: 'About Alex Actor' })).toHaveTextContent(
      'trained on stage',
    );
    expect(screen.getByRole('region', { name: 'Awards' })).toHaveTextContent(
      'Family Awards 2022: Lead Performer, won',
    );
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    expect(
      within(contents)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['About Alex Actor', 'Roles by season', 'Awards', 'Sources']);
  });

  it('gives a crew member their jobs, by season or for the series', async () => {
    renderRoute('/cast/cass-crew/');
    await h1('Cass Crew');
    const jobs = screen.getByRole('region', { name: 'Behind the camera' });
    expect(jobs).toHaveTextContent('Creator, the series');
    expect(within(jobs).getByRole('link', { name: 'Season 1' })).toBeInTheDocument();
  });
});

describe('books, seasons, episodes', () => {
  it('a volume page shows publication, what adapts it, its story and its neighbours', async () => {
    renderRoute('/volumes/1/');
    await h1('Volume 1');
    expect(screen.getByRole('region', { name: 'Publication' })).toHaveTextContent('2019');
    expect(
      within(screen.getByRole('region', { name: 'On screen' })).getByRole('link', {
        name: 'Season 1',
      }),
    ).toBeInTheDocument();
    // One list: the volume's plot points, with no second telling beside it.
    const story = screen.getByRole('region', { name: 'What happens' });
    expect(within(story).getByRole('listitem')).toHaveTextContent('Ana and Bo meet.');
    expect(screen.queryByRole('region', { name: 'Plot points' })).not.toBeInTheDocument();
    const pager = screen.getByRole('navigation', { name: 'Other volumes' });
    expect(within(pager).getByRole('link', { name: /Volume 2/ })).toHaveAttribute(
      'href',
      '/volumes/2/',
    );
  });

  it('Volume 6 is the final volume, adapted by the film with the novella', async () => {
    renderRoute('/volumes/6/');
    await h1(/Volume 6/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('the final volume');
    const onScreen = screen.getByRole('region', { name: 'On screen' });
    expect(
      within(onScreen).getByRole('link', { name: 'Heartstopper Forever' }),
    ).toBeInTheDocument();
    expect(onScreen).toHaveTextContent('The Novella');
  });

  it('the film page says its date has not been announced', async () => {
    renderRoute('/seasons/heartstopper-forever/');
    await h1('Heartstopper Forever');
    expect(screen.getByText('2026, date not announced')).toBeInTheDocument();
  });

  it('a season page lists its episodes in order and its cast', async () => {
    renderRoute('/seasons/season-1/');
    await h1('Season 1');
    const episodes = screen.getByRole('region', { name: 'Episodes' });
    expect(
      within(episodes)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Meet', 'Crush']);
    expect(within(episodes).getByText('28 min')).toBeInTheDocument();
    const cast = screen.getByRole('region', { name: 'Cast' });
    expect(within(cast).getByRole('link', { name: 'Alex Actor' })).toBeInTheDocument();
    expect(screen.getByText('Directed by').nextElementSibling).toHaveTextContent('Cass Crew');
  });

  it('an episode page has its credits, synopsis, music and a way to the next episode', async () => {
    renderRoute('/seasons/season-1/episodes/1/');
    await h1('Meet');
    expect(screen.getByRole('main')).toHaveTextContent('Season 1, episode 1');
    expect(screen.getByText('Written by').nextElementSibling).toHaveTextContent('Cass Crew');
    expect(screen.getByRole('region', { name: 'Synopsis' })).toHaveTextContent(
      'Ana is seated next to Bo.',
    );
    expect(screen.getByRole('region', { name: 'Music' })).toHaveTextContent(
      '“Want Me”, Baby Queen',
    );
    const pager = screen.getByRole('navigation', { name: 'Other episodes' });
    expect(within(pager).getByRole('link', { name: /Next: Crush/ })).toHaveAttribute(
      'href',
      '/seasons/season-1/episodes/2/',
    );
    expect(within(pager).queryByRole('link', { name: /Previous/ })).not.toBeInTheDocument();

    // The season navbox lists every episode, this one marked as the page the reader is on.
    const navbox = screen.getByRole('navigation', { name: 'Season 1 episodes' });
    expect(within(navbox).getByText('1. Meet')).toHaveAttribute('aria-current', 'page');
    expect(within(navbox).getByRole('link', { name: '2. Crush' })).toHaveAttribute(
      'href',
      '/seasons/season-1/episodes/2/',
    );
    expect(infoboxFact('Next')).toHaveTextContent('Crush');

    // "On this page" names the sections this episode has, and only those.
    const contents = screen.getByRole('navigation', { name: 'On this page' });
    expect(
      within(contents)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(expect.arrayContaining(['#synopsis', '#music', '#sources-heading']));
    for (const link of within(contents).getAllByRole('link')) {
      const id = link.getAttribute('href')!.slice(1);
      expect(document.getElementById(id), id).not.toBeNull();
    }
  });

  it('an episode number a season does not have is not found', async () => {
    renderRoute('/seasons/season-1/episodes/9/');
    await h1('Page not found');
  });
});

describe('content notes, and somewhere to turn', () => {
  it('an episode page names its themes near the top, cited, with support services by country behind one tap', async () => {
    const user = userEvent.setup();
    renderRoute('/seasons/season-1/episodes/1/');
    await screen.findByRole('heading', { level: 1, name: 'Meet' });
    const notes = screen.getByRole('region', { name: 'Content notes' });
    expect(within(notes).getByText(/Self-harm \(discussed, not shown\)/)).toBeVisible();
    expect(within(notes).getByText(/Homophobia/)).toBeVisible();
    expect(within(notes).getAllByRole('link', { name: /^Source \d+:/ }).length).toBeGreaterThan(1);
    // Before the synopsis: a reader is warned before the story starts.
    const synopsis = screen.getByRole('region', { name: /Synopsis/ });
    expect(notes.compareDocumentPosition(synopsis) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const services = within(notes).getByRole('link', { name: /^Listening Line/ });
    expect(services).not.toBeVisible();
    await user.click(within(notes).getByText('If this affects you'));
    expect(services).toBeVisible();
    // Self-harm is answered by a listening line; nothing here covers eating disorders.
    expect(within(notes).queryByRole('link', { name: /Food Helpline/ })).toBeNull();
    expect(within(notes).getByRole('heading', { level: 3, name: 'United Kingdom' })).toBeVisible();
  });

  it('a page without notes shows none', async () => {
    renderRoute('/seasons/season-1/episodes/2/');
    await screen.findByRole('heading', { level: 1, name: 'Crush' });
    expect(screen.queryByRole('region', { name: 'Content notes' })).toBeNull();
  });

  it('the seasons list gives each season’s notes in short', async () => {
    renderRoute('/seasons/');
    const table = await screen.findByRole('table', { name: 'The seasons and the film' });
    expect(within(table).getByRole('columnheader', { name: 'Content notes' })).toBeInTheDocument();
    const seasonOne = within(table).getByRole('row', { name: /^Season 1\b/ });
    expect(
      within(seasonOne).getByRole('cell', { name: 'Bullying and alcohol' }),
    ).toBeInTheDocument();
  });
});

describe('places and awards', () => {
  it('a filming location says which place in the story it plays', async () => {
    renderRoute('/places/real-academy/');
    await h1('Real Academy');
    expect(infoboxFact('Kind')).toHaveTextContent('A filming location');
    expect(infoboxFact('In the story')).toHaveTextContent('Stands in for The School');
  });

  it('the places page parts the story from the filming', async () => {
    renderRoute('/places/');
    await h1('Places');
    expect(
      within(screen.getByRole('region', { name: 'In the story' })).getByRole('link', {
        name: 'The School',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Filming locations' })).toHaveTextContent(
      'Stands in for: The School',
    );
  });

  it('the awards page counts wins and links nominees and episodes', async () => {
    renderRoute('/awards/');
    await h1('Awards');
    expect(screen.getByText(/1 win from 2 nominations/)).toBeInTheDocument();
    const year = screen.getByRole('region', { name: '2022' });
    expect(within(year).getByRole('link', { name: 'Alex Actor' })).toBeInTheDocument();
    expect(within(year).getByRole('link', { name: '“Meet”' })).toHaveAttribute(
      'href',
      '/seasons/season-1/episodes/1/',
    );
  });
});

describe('release and home', () => {
  // Scored at build time for the day the facts were checked, and the same through the year's end.
  beforeEach(() => setToday('2026-12-15'));

  it('the release page scores every prediction', async () => {
    renderRoute('/release/');
    await h1('Release: the guesses and what happened');
    expect(
      await screen.findByRole('region', { name: 'Scorecard' }, { timeout: 5000 }),
    ).toHaveTextContent('7 predictions: 4 right, 1 close, 1 wrong, 1 can');
    const autumn = within(screen.getByRole('region', { name: 'The predictions' }))
      .getByText(/Autumn 2023/)
      .closest('li')!;
    expect(autumn).toHaveTextContent('Close: about a month early');
    expect(screen.getByRole('region', { name: "What's next" })).toHaveTextContent(
      'No exact date was on record when these facts were last checked, on 29 November 2026.',
    );
  });

  it('the front page says what comes next, honestly', async () => {
    renderRoute('/');
    await h1('Heartstopper Fan Wiki');
    const now = screen.getByRole('region', { name: 'Where things stand' });
    expect(now).toHaveTextContent('The film: 2026, date not announced');
    expect(
      within(screen.getByRole('navigation', { name: 'Explore the wiki' })).getAllByRole('link'),
    ).toHaveLength(7);
  });

  it('past the days the build scored for, the browser scores again for the reader’s day', async () => {
    setToday('2027-01-02');
    const content = fixtureContent();
    content.predictions.push({
      id: 'film-in-2026',
      source: 'guess-2022',
      topic: 'When the film arrives',
      statement: 'Some time in 2026.',
      claim: {
        type: 'window',
        event: 'film-release',
        from: '2026-01',
        to: '2026-12',
        label: '2026',
      },
    });
    renderRoute('/release/', { files: compileSite(content).files });
    await h1('Release: the guesses and what happened');
    const guess = within(screen.getByRole('region', { name: 'The predictions' }))
      .getByText('Some time in 2026.')
      .closest('li')!;
    // Built on 29 November 2026 it could not be checked yet; in 2027 the year is out.
    await waitFor(() =>
      expect(guess).toHaveTextContent('2026 has passed and it has not happened yet.'),
    );
    expect(screen.getByRole('region', { name: "What's next" })).toHaveTextContent(
      'The film: date not announced',
    );
  });

  it('the front page says the film’s year is out once it is', async () => {
    setToday('2027-01-02');
    renderRoute('/');
    await h1('Heartstopper Fan Wiki');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Where things stand' })).toHaveTextContent(
        'The film: date not announced',
      ),
    );
  });
});

describe('not found', () => {
  it('an unknown character shows the not-found page inside the layout', async () => {
    renderRoute('/characters/nobody-at-all/');
    await h1('Page not found');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });

  it('a volume number out of range or not in canonical form is not found', async () => {
    renderRoute('/volumes/9/');
    await h1('Page not found');
  });
});

describe('navigation', () => {
  it('following a link moves to the page and updates the document title', async () => {
    const user = userEvent.setup();
    renderRoute('/characters/');
    await h1('Characters');
    await user.click(screen.getByRole('link', { name: 'Bo Friend' }));
    await h1('Bo Friend');
    await waitFor(() => expect(document.title).toBe('Bo Friend · Heartstopper Fan Wiki'));
  });
});
