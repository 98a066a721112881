import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { Navbox } from '../../src/components/entity-aids';

const items = ['Ana Lead', 'Bo Friend', 'Cy Reader'].map((label, i) => ({
  href: `/characters/${label.toLowerCase().replace(' ', '-')}/`,
  label,
  current: i === 1,
}));

describe('navbox', () => {
  it('links every neighbour but the page itself, and ends a shortened group with what it leaves out', () => {
    render(
      <MemoryRouter>
        <Navbox
          id="related"
          title="Related characters"
          groups={[
            {
              title: 'At Lead School',
              items,
              after: <li className="navbox__more">and 276 more</li>,
            },
            { title: 'The Lead family', items: items.slice(0, 2) },
          ]}
        />
      </MemoryRouter>,
    );
    const nav = screen.getByRole('navigation', { name: 'Related characters' });
    const [school, family] = within(nav).getAllByRole('list');
    expect(
      within(school!)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Ana Lead', 'Cy Reader']);
    expect(within(school!).getByText('Bo Friend')).toHaveAttribute('aria-current', 'page');
    expect(within(school!).getAllByRole('listitem').at(-1)).toHaveTextContent('and 276 more');
    expect(within(family!).queryByText(/more/)).toBeNull();
  });
});
