import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { PersonList } from '../../src/features/cast/person-list';
import type { PersonRow } from '../../src/features/cast/person-view.build';

const row = (over: Partial<PersonRow>): PersonRow => ({
  slug: 'x',
  name: 'X',
  kind: 'cast',
  roles: [],
  jobs: [],
  screens: [1],
  tier: null,
  prominence: 0,
  aliases: [],
  ...over,
});

describe('person cards', () => {
  it('names each part, and says plainly when a part is not known rather than leaving a blank line', () => {
    render(
      <MemoryRouter>
        <PersonList
          rows={[
            row({
              slug: 'alex-actor',
              name: 'Alex Actor',
              roles: [{ character: { slug: 'ana-lead', name: 'Ana Lead' } }],
              tier: 'main',
            }),
            row({ slug: 'una-known', name: 'Una Known', roles: [{ character: null }] }),
            row({ slug: 'cass-crew', name: 'Cass Crew', kind: 'crew', jobs: ['Director'] }),
          ]}
        />
      </MemoryRouter>,
    );
    const [alex, una, cass] = screen.getAllByRole('listitem');
    expect(within(alex!).getByRole('link', { name: 'Ana Lead' })).toHaveAttribute(
      'href',
      '/characters/ana-lead/',
    );
    expect(alex).toHaveTextContent('as Ana Lead');
    expect(within(una!).getAllByRole('paragraph')).toHaveLength(2); // the part, then the seasons
    expect(una).toHaveTextContent(/^Una Known\s*Part not known\s*Season 1$/);
    expect(cass).toHaveTextContent('Director');
  });
});
