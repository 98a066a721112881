/**
 * Editors' remarks live on the page about a content file, not in the pages fans read: a file's
 * `editorsNotes` and a source's `note` show on /contribute/<kind>/<id>/ only.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../scripts/compile/compile';
import { dataKeys } from '../../src/data/data-keys';
import { fixtureContent } from '../fixtures/wiki';
import { renderRoute } from './render-route';

function filesWithRemarks() {
  const content = fixtureContent();
  const ana = content.characters.find((c) => c.slug === 'ana-lead')!;
  ana.editorsNotes = ['No review gives her season 3 billing.'];
  content.sources.find((s) => s.id === 'paper-2022')!.note = 'The stored copy shows no date.';
  return compileSite(content).files;
}

describe("editors' notes", { timeout: 15_000 }, () => {
  it('show on the content file’s page, with each source’s remark', async () => {
    renderRoute('/contribute/characters/ana-lead/', { files: filesWithRemarks() });
    await screen.findByRole('heading', { level: 1, name: 'Edit Ana Lead' });
    const notes = screen.getByRole('region', { name: 'Editors’ notes' });
    expect(within(notes).getByRole('listitem')).toHaveTextContent(
      'No review gives her season 3 billing.',
    );
    expect(screen.getByRole('region', { name: 'Sources' })).toHaveTextContent(
      'The stored copy shows no date.',
    );
  });

  it('stay out of the page fans read, and out of its data', async () => {
    const files = filesWithRemarks();
    const data = JSON.stringify(files.get(dataKeys.character('ana-lead')));
    expect(data).toContain('The Paper');
    expect(data).not.toContain('stored copy');
    expect(data).not.toContain('season 3 billing');
    renderRoute('/characters/ana-lead/', { files });
    await screen.findByRole('heading', { level: 1, name: 'Ana Lead' });
    expect(screen.queryByText(/stored copy/)).not.toBeInTheDocument();
    expect(screen.queryByText(/season 3 billing/)).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sources' })).toHaveTextContent('The Paper');
  });
});
