// @vitest-environment jsdom
/**
 * Fixing and following the wiki: where "Suggest an edit" and "Report a mistake" lead, the
 * contributor guide read from Markdown, recent changes and their Atom feed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../scripts/compile/compile';
import { fill, linkConfig, repositoryUrl } from '../../scripts/compile/links';
import { inline, parseMarkdown } from '../../scripts/compile/markdown';
import { compileContent } from '../../scripts/lib/compile-content';
import { atomFeed } from '../../scripts/lib/feed';
import { compileOptionsFromEnv, loadCheckedContent } from '../../scripts/lib/load-content';
import { dataKeys } from '../../src/data/data-keys';
import { indexContent } from '../../src/data/wiki-index';
import type { CharacterPageData } from '../../src/features/characters/character-view.build';
import { changeEntries } from '../../src/features/changes/changes-view.build';
import type { FilePageData, GuideView } from '../../src/features/contribute/contribute-view.build';
import type { PageData } from '../../src/data/page-data';
import type { ReleasePageData } from '../../src/features/release/release-view';
import { fixtureContent, writeFixture } from '../fixtures/wiki';

describe('edit and report links', () => {
  it('without a repository, lead to the wiki’s own page for the file', () => {
    const files = compileSite(fixtureContent()).files;
    const ana = files.get(dataKeys.character('ana-lead')) as CharacterPageData;
    expect(ana.edit).toEqual({
      file: 'src/content/characters/ana-lead.json',
      kind: 'characters',
      id: 'ana-lead',
      editHref: '/contribute/characters/ana-lead/',
      reportHref: '/contribute/characters/ana-lead/#report',
    });
    const page = files.get(dataKeys.contributeFile('characters', 'ana-lead')) as FilePageData;
    expect(page.view.page).toEqual({ href: '/characters/ana-lead/', title: 'Ana Lead' });
    expect(JSON.parse(page.view.json)).toMatchObject({ name: 'Ana Lead' });
    expect(page.view.json).not.toContain('"slug"');
    expect(page.sources.map((s) => s.id).sort()).toEqual([
      'blog-2022',
      'paper-2022',
      'paper-2023',
      'recap-2023',
    ]);
  });

  it('with a repository, open its editor on the file and a new issue naming page and entity', () => {
    const links = linkConfig({}, { repository: 'github:fans/heartstopper-wiki' });
    const files = compileSite(fixtureContent(), {
      links,
      siteRoot: 'https://fans.example/wiki/',
    }).files;
    const ana = files.get(dataKeys.character('ana-lead')) as CharacterPageData;
    expect(ana.edit?.editHref).toBe(
      'https://github.com/fans/heartstopper-wiki/edit/main/src/content/characters/ana-lead.json',
    );
    const report = new URL(ana.edit!.reportHref);
    expect(report.origin + report.pathname).toBe(
      'https://github.com/fans/heartstopper-wiki/issues/new',
    );
    expect(report.searchParams.get('title')).toBe('Mistake on Ana Lead');
    expect(report.searchParams.get('body')).toContain(
      'Page: https://fans.example/wiki/characters/ana-lead/\nEntity: characters/ana-lead',
    );
    // Predictions have no page of their own: their links sit on the release page, by id.
    const release = files.get(dataKeys.release) as ReleasePageData;
    expect(release.view.edits?.['s2-paris']?.editHref).toMatch(
      /src\/content\/predictions\/s2-paris\.json$/,
    );
  });

  it('reads a repository address in the forms package.json allows, and patterns from the build', () => {
    expect(repositoryUrl('github:a/b')).toBe('https://github.com/a/b');
    expect(repositoryUrl({ type: 'git', url: 'git+https://gitlab.com/a/b.git' })).toBe(
      'https://gitlab.com/a/b',
    );
    expect(repositoryUrl('git@github.com:a/b.git')).toBe('https://github.com/a/b');
    expect(repositoryUrl('not a url')).toBeUndefined();
    expect(linkConfig({ EDIT_LINK: 'https://x.example/e/:path' }, {}).edit).toBe(
      'https://x.example/e/:path',
    );
    expect(linkConfig({}, {})).toEqual({});
    expect(fill('https://x/:path?t=:title', { path: 'a/b.json', title: 'A & B' })).toBe(
      'https://x/a/b.json?t=A%20%26%20B',
    );
  });
});

describe('the contributor guide', () => {
  it('reads the Markdown CONTRIBUTING.md uses into blocks', () => {
    const blocks = parseMarkdown(
      [
        '# Title',
        '',
        'Some **bold** text with `code`,',
        'over two lines and a [link](https://x.example/).',
        '',
        '1. First,',
        '   continued.',
        '2. Second.',
        '',
        '| a | b |',
        '| - | - |',
        '| `1` | 2 |',
        '',
        '```json',
        '{ "a": 1 }',
        '```',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { heading: 1, text: [{ text: 'Title' }] },
      {
        paragraph: [
          { text: 'Some ' },
          { strong: 'bold' },
          { text: ' text with ' },
          { code: 'code' },
          { text: ', over two lines and a ' },
          { link: 'link', href: 'https://x.example/' },
          { text: '.' },
        ],
      },
      { list: [inline('First, continued.'), inline('Second.')], ordered: true },
      { table: { head: [inline('a'), inline('b')], rows: [[inline('`1`'), inline('2')]] } },
      { code: '{ "a": 1 }', language: 'json' },
    ]);
  });
});

describe('the development server', () => {
  it('serves the pages the build makes: the guide, and edit links from EDIT_LINK', () => {
    const dir = writeFixture(mkdtempSync(join(tmpdir(), 'dev-content-')));
    try {
      const env = { EDIT_LINK: 'https://code.example/fans/wiki/edit/main/:path' };
      const served = compileContent(dir, env);
      const guide = served.get(dataKeys.contribute) as PageData<GuideView>;
      expect(guide.view.blocks[0]).toEqual({
        heading: 1,
        text: [{ text: 'Contributing to the Heartstopper Fan Wiki' }],
      });
      const ana = served.get(dataKeys.character('ana-lead')) as CharacterPageData;
      expect(ana.edit?.editHref).toBe(
        'https://code.example/fans/wiki/edit/main/src/content/characters/ana-lead.json',
      );
      // The same files, key for key, as the build compiles from the same folder and settings.
      const built = compileSite(loadCheckedContent(dir), compileOptionsFromEnv(env)).files;
      expect(Object.fromEntries(served)).toEqual(Object.fromEntries(built));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses content with a problem, naming the file, the path and the value', () => {
    const content = fixtureContent();
    content.characters[0]!.name = '';
    const dir = writeFixture(mkdtempSync(join(tmpdir(), 'dev-content-')), content);
    try {
      expect(() => compileContent(dir, {})).toThrow(/characters\/ana-lead\.json.*name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('recent changes and the feed', () => {
  const content = fixtureContent();
  content.characters[0]!.changes = [
    { date: '2026-11-20', kind: 'corrected', text: 'Fixed the first episode.' },
  ];
  content.people[0]!.changes = [{ date: '2026-11-28', kind: 'added', text: 'New page.' }];
  // The same note on a relationship, which links to the same character page.
  content.relationships[0]!.changes = [
    { date: '2026-11-20', kind: 'corrected', text: 'Fixed the first episode.' },
  ];
  const entries = changeEntries(indexContent(content));

  it('lists changes and release news, newest first, each linking to its page', () => {
    expect(entries.slice(0, 2)).toMatchObject([
      { date: '2026-11-28', kind: 'added', title: 'Alex Actor', href: '/cast/alex-actor/' },
      { date: '2026-11-20', kind: 'corrected', title: 'Ana Lead', href: '/characters/ana-lead/' },
    ]);
    expect(entries.find((e) => e.kind === 'news' && e.title === 'Season 2 released')).toMatchObject(
      {
        date: '2023-08-03',
        href: '/release/#event-s2-release',
      },
    );
    // An expected release, or one known only to the year, is not news yet.
    expect(entries.some((e) => e.title === 'The film')).toBe(false);
    // Each has its own id, the feed's entry id, even where two say the same of one page.
    const same = entries.filter((e) => e.text === 'Fixed the first episode.');
    expect(same.map((e) => e.href)).toEqual(['/characters/ana-lead/', '/characters/ana-lead/']);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('makes a valid Atom feed whose dates are the content’s, not the build’s', () => {
    const address = { siteUrl: 'https://fans.example', base: '/wiki/' };
    const xml = atomFeed(address, entries, { title: 'T & co', subtitle: 'S' });
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const feed = doc.documentElement;
    expect(feed.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const child = (el: Element, name: string) =>
      [...el.children].filter((c) => c.localName === name);
    expect(child(feed, 'title')[0]?.textContent).toBe('T & co');
    expect(child(feed, 'id')[0]?.textContent).toBe('https://fans.example/wiki/feed.xml');
    expect(child(feed, 'updated')[0]?.textContent).toBe('2026-11-28T00:00:00Z');
    expect(child(feed, 'author')).toHaveLength(1);
    const items = child(feed, 'entry');
    expect(items.length).toBe(Math.min(entries.length, 50));
    for (const item of items) {
      for (const name of ['title', 'id', 'updated', 'link'])
        expect(child(item, name), name).toHaveLength(1);
      expect(child(item, 'link')[0]!.getAttribute('href')).toMatch(
        /^https:\/\/fans\.example\/wiki\//,
      );
      expect(child(item, 'updated')[0]!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
    expect(atomFeed(address, entries, { title: 'T & co', subtitle: 'S' })).toBe(xml);
  });

  it('tags a change that gives the story away, by its own tag or by what it is about', () => {
    const tagged = fixtureContent();
    tagged.people[0]!.changes = [
      {
        date: '2026-11-28',
        kind: 'expanded',
        text: 'Added the Paris trip.',
        reveal: { screen: 2 },
      },
      { date: '2026-11-27', kind: 'added', text: 'New page.' },
    ];
    tagged.relationships[0]!.changes = [{ date: '2026-11-26', kind: 'added', text: 'Added.' }];
    const list = changeEntries(indexContent(tagged));
    expect(list.find((e) => e.text === 'Added the Paris trip.')?.reveal).toEqual({ screen: 2 });
    expect(list.find((e) => e.text === 'New page.')?.reveal).toBeUndefined();
    // The relationship is itself tagged: news of it is news of that episode.
    expect(list.find((e) => e.text === 'Added.')?.reveal).toEqual(tagged.relationships[0]!.reveal);

    // A feed reader has no settings: the feed keeps a tagged change's words and names out.
    const xml = atomFeed({ siteUrl: 'https://fans.example', base: '/' }, list, {
      title: 'T',
      subtitle: 'S',
    });
    expect(xml).not.toContain('Paris');
    expect(xml).toContain('A spoiler-tagged change (Season 2): expanded');
    expect(xml).toContain('New page.');
    const names = tagged.relationships[0]!;
    const title = list.find((e) => e.text === 'Added.')!.title;
    expect(title).toContain(tagged.characters.find((c) => c.slug === names.b)!.name);
    expect(xml).not.toContain(`<title>${title}`);
  });
});
