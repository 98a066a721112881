/**
 * Page data is typed by its key: a route names the data file and gets the type of what the
 * compiler wrote there, without naming a type itself. Checked by the type checker
 * (`npm run typecheck`); the runtime half checks the typed keys are the files the compiler writes.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { pageKeys } from '../../src/app/page-keys';
import { bySlug, type KeyOf } from '../../src/app/page-loader';
import { dataKeys, type DataKey } from '../../src/data/data-keys';
import { pageQuery } from '../../src/data/queries';
import type { CharacterPageData } from '../../src/features/characters/character-view.build';
import type { PersonPageData } from '../../src/features/cast/person-view.build';
import { compiledFixture } from '../fixtures/wiki';

describe('typed page keys', () => {
  it('give a page query the type of the page’s data', () => {
    const query = pageQuery(pageKeys.character('ana-lead'));
    expectTypeOf(query.queryFn).returns.resolves.toEqualTypeOf<CharacterPageData>();
    expectTypeOf(bySlug(pageKeys.person)).toEqualTypeOf<KeyOf<PersonPageData>>();
    // A key for one page is refused where another page's is due.
    // @ts-expect-error a character's key is not a person's
    const wrong: DataKey<PersonPageData> = pageKeys.character('ana-lead');
    expect(wrong).toBe('character/ana-lead');
  });

  it('name the files the compiler writes', () => {
    const { files } = compiledFixture();
    const keys = [
      pageKeys.home,
      pageKeys.castStart,
      pageKeys.castAll,
      pageKeys.charactersStart,
      pageKeys.charactersAll,
      pageKeys.character('ana-lead'),
      pageKeys.person('alex-actor'),
      pageKeys.volumes,
      pageKeys.seasons,
      pageKeys.places,
      pageKeys.awards,
      pageKeys.release,
      pageKeys.changes,
      pageKeys.contribute,
      pageKeys.searchIndex,
    ];
    for (const key of keys) expect(files.has(key), key).toBe(true);
    expect(pageKeys.character('ana-lead')).toBe(dataKeys.character('ana-lead'));
  });
});
