/**
 * The content compiler: each page's data holds what that page shows and no more, lists come in a
 * first page and a whole, the output is the same for the same content, and it grows with the
 * page, not with the wiki.
 */
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../scripts/compile/compile';
import { dataKeys, LIST_PAGE_SIZE } from '../../src/data/data-keys';
import type { ListData } from '../../src/data/page-data';
import type {
  CharacterPageData,
  CharacterRow,
} from '../../src/features/characters/character-view.build';
import type { HomePageData } from '../../src/features/home/status-view.build';
import type { PlacePageData } from '../../src/features/places/place-view.build';
import type { ReleasePageData } from '../../src/features/release/release-view';
import type { EpisodePageData } from '../../src/features/seasons/season-view.build';
import { compiledFixture, fixtureContent } from '../fixtures/wiki';

const site = compiledFixture();
const file = <T>(key: string) => {
  const value = site.files.get(key);
  if (value === undefined) throw new Error(`no data file ${key}`);
  return value as T;
};

describe('pages and their data', () => {
  it('lists one page per entity and hub, each with its route template', () => {
    const paths = site.pages.map((p) => p.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/characters/ana-lead/');
    expect(paths).toContain('/cast/alex-actor/');
    expect(paths).toContain('/seasons/season-1/episodes/2/');
    expect(paths).toContain('/places/real-academy/');
    expect(paths.every((p) => p.endsWith('/'))).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
    const templates = new Set(site.pages.map((p) => p.template));
    expect([...templates].sort()).toEqual(
      [
        'awards',
        'cast',
        'changes',
        'character',
        'characters',
        'contribute',
        'contribute-file',
        'episode',
        'home',
        'person',
        'place',
        'places',
        'release',
        'search',
        'search-a-z',
        'season',
        'seasons',
        'volume',
        'volumes',
      ].sort(),
    );
  });

  it('every page has a title and a link-preview description of at most 160 characters', () => {
    const metas = [...site.files.values()]
      .map((data) => (data as { meta?: { title: string; description: string } }).meta)
      .filter((meta) => meta !== undefined);
    expect(metas.length).toBeGreaterThanOrEqual(site.pages.length - 1);
    for (const meta of metas) {
      expect(meta.title.trim()).not.toBe('');
      expect(meta.description.length, meta.description).toBeLessThanOrEqual(160);
      expect(meta.description.length, meta.title).toBeGreaterThan(40);
    }
  });

  it('every page has its own title, even where predictions share a topic', () => {
    const content = fixtureContent();
    for (const p of content.predictions) p.topic = 'A season 2 storyline';
    const { files } = compileSite(content);
    // A long list's whole and its first page are one page.
    const titles = [...files]
      .filter(([key]) => !(key.startsWith('lists/') && files.has(`${key}-start`)))
      .map(([, data]) => (data as { meta?: { title: string } }).meta?.title)
      .filter((title) => title !== undefined);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('a character page carries its sources and only the names and slugs of what it links to', () => {
    const data = file<CharacterPageData>(dataKeys.character('ana-lead'));
    expect(data.meta.title).toBe('Ana Lead');
    expect(data.meta.description).toContain('played by Alex Actor');
    expect(data.view.portrayals[0]?.person).toEqual({ slug: 'alex-actor', name: 'Alex Actor' });
    // Family first, then romance and friendship.
    expect(data.view.relationships.map((r) => r.other)).toEqual([
      { slug: 'dot-dog', name: 'Dot' },
      { slug: 'bo-friend', name: 'Bo Friend' },
      { slug: 'cy-reader', name: 'Cy Reader' },
    ]);
    expect(data.sources.map((s) => s.id).sort()).toEqual([
      'blog-2022',
      'paper-2022',
      'paper-2023',
      'recap-2023',
    ]);
    // The volumes' plot points that name Ana join her own story, in volume order, for the
    // volumes her own points leave out: Volume 1's would tell her first volume twice.
    expect(data.view.inBooks.map((p) => p.volume)).toEqual([1, 3]);
    expect(data.view.inBooks.map((p) => p.text)).not.toContain('Ana and Bo meet.');
    // On screen, in season and episode order.
    expect(data.view.onScreen.map((f) => f.text)).toEqual([
      'Ana meets Bo in form.',
      'Ana goes to Paris.',
    ]);
    expect(data.view.episodes.map((e) => e.id)).toEqual(['s1e1']);
  });

  it('a description that would give the story away stays out of the link preview', () => {
    const content = fixtureContent();
    content.characters[0]!.summary = {
      text: 'Ana ends up with Bo.',
      sources: ['paper-2022'],
      reveal: { volume: 2 },
    };
    const data = compileSite(content).files.get(
      dataKeys.character('ana-lead'),
    ) as CharacterPageData;
    expect(data.meta.description).not.toContain('ends up');
  });

  it('an episode page knows its neighbours across seasons', () => {
    const last = file<EpisodePageData>(dataKeys.episode('s1e2'));
    expect(last.view.previous?.id).toBe('s1e1');
    expect(last.view.next).toMatchObject({ id: 's2e1', season: 2 });
    const first = file<EpisodePageData>(dataKeys.episode('s1e1'));
    expect(first.view.previous).toBeUndefined();
    expect(first.view.writers).toEqual([{ slug: 'cass-crew', name: 'Cass Crew' }]);
    expect(first.view.awards.map((a) => a.id)).toEqual(['emmys-2022-writing']);
  });

  it('places link both ways: a location to the place it plays, the place to where it was filmed', () => {
    expect(file<PlacePageData>(dataKeys.place('real-academy')).view.standsIn).toEqual([
      { slug: 'the-school', name: 'The School' },
    ]);
    expect(file<PlacePageData>(dataKeys.place('the-school')).view.filmedAt[0]?.place.slug).toBe(
      'real-academy',
    );
  });

  it('the home page holds the latest events and everything to come, and no speculation', () => {
    const home = file<HomePageData>(dataKeys.home);
    const ids = home.view.events.map((e) => e.id);
    expect(ids).toEqual(['s2-filming', 's2-release', 'v6-published', 'film-release']);
    expect(home.view.asOf).toBe('2026-11-29');
  });

  it('the release page holds only the facts its predictions are scored on', () => {
    const release = file<ReleasePageData>(dataKeys.release);
    expect(release.view.verdicts.plots.map((p) => p.id)).toEqual(['v3-paris']);
    expect(release.view.verdicts.casts.map((c) => c.person)).toEqual(['alex-actor', 'bea-player']);
    expect(release.view.verdicts.debuts).toEqual([
      { character: 'dot-dog', name: 'Dot', screen: 1, sources: ['blog-2022'] },
    ]);
  });
});

describe('lists', () => {
  it('come as a first page and a whole, both counting every row', () => {
    const content = fixtureContent();
    const ana = content.characters[0]!;
    for (let i = 0; i < 60; i++)
      content.characters.push({ ...ana, slug: `ana-lead-${i}`, name: `Ana Lead ${i}` });
    const files = compileSite(content).files;
    const start = files.get(dataKeys.charactersStart) as ListData<CharacterRow>;
    const all = files.get(dataKeys.charactersAll) as ListData<CharacterRow>;
    expect(start.rows).toHaveLength(LIST_PAGE_SIZE);
    expect(start.total).toBe(64);
    expect(all.rows).toHaveLength(64);
    // The leads first (Ana is main cast, Bo recurring), then the unbilled copies A–Z.
    expect(all.rows.map((r) => r.prominence)).toEqual(all.rows.map((_, i) => i));
    expect(all.rows.slice(0, 4).map((r) => r.name)).toEqual([
      'Ana Lead',
      'Bo Friend',
      'Ana Lead 0',
      'Ana Lead 1',
    ]);
    expect(start.rows).toEqual(all.rows.slice(0, LIST_PAGE_SIZE));
  });

  it('rows say what they can and leave the rest out', () => {
    const rows = file<ListData<CharacterRow>>(dataKeys.charactersAll).rows;
    const cy = rows.find((r) => r.slug === 'cy-reader')!;
    expect(cy).toMatchObject({ bookOnly: true, actors: [], screens: [] });
    expect(cy).not.toHaveProperty('firstScreen');
    expect(rows.find((r) => r.slug === 'dot-dog')).toMatchObject({ firstScreen: 1 });
  });
});

describe('output', () => {
  it('is the same, byte for byte, for the same content', () => {
    const a = compileSite(fixtureContent());
    const b = compileSite(fixtureContent());
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [key, value] of a.files)
      expect(JSON.stringify(b.files.get(key))).toBe(JSON.stringify(value));
  });

  it('keeps a character page the same size when the rest of the wiki grows tenfold', () => {
    const size = (content = fixtureContent()) =>
      JSON.stringify(compileSite(content).files.get(dataKeys.character('ana-lead'))).length;
    const content = fixtureContent();
    const people = [...content.people];
    const characters = [...content.characters];
    for (let i = 1; i < 10; i++) {
      content.characters.push(
        ...characters.map((c) => ({ ...c, slug: `${c.slug}-x${i}`, name: `${c.name} ${i}` })),
      );
      content.people.push(
        ...people.map((p) => ({
          ...p,
          slug: `${p.slug}-x${i}`,
          name: `${p.name} ${i}`,
          credits: p.credits.map((c) =>
            c.kind === 'cast' && c.character ? { ...c, character: `${c.character}-x${i}` } : c,
          ),
        })),
      );
    }
    expect(size(content)).toBe(size());
  });
});
