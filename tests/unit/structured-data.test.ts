/**
 * Structured data: every template's JSON-LD carries the types a search engine expects for that
 * kind of page, each with the properties those types require, and none of the story that the
 * spoiler shield hides.
 */
import { describe, expect, it } from 'vitest';
import { compileSite } from '../../scripts/compile/compile';
import type { BuiltPage } from '../../scripts/lib/built-page';
import { jsonLdScript, SECTIONS, structuredData } from '../../scripts/lib/structured-data';
import { builtPages, spoilerTexts } from '../fixtures/built-pages';
import { compiledFixture, fixtureContent } from '../fixtures/wiki';

const SITE = {
  name: 'Heartstopper Fan Wiki',
  url: (path: string) => `https://fans.example${path}`,
};
const IMAGE = { url: 'https://fans.example/cards/x.png', width: 1200, height: 630 };

type Node = Record<string, unknown>;
const pages = builtPages(compiledFixture());
const graphOf = (page: BuiltPage) =>
  (structuredData(page, SITE, IMAGE) as { '@graph': Node[] })['@graph'];
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no page ${path}`);
  return found;
};

/**
 * Required properties, then recommended ones, per type, for the nodes at the top of a page's
 * graph. From Google Search Central's structured-data docs where Google documents the type
 * (breadcrumb: itemListElement, and position, name and item on each ListItem; carousel summary
 * page: ListItem position and url; sitelinks search box: WebSite url and a SearchAction with
 * target and query-input; Movie: name, with director and datePublished recommended), Google's
 * media-actions specification for television (TVSeries, TVSeason, TVEpisode: @id, url and name;
 * episodeNumber, partOfSeason and partOfSeries for an episode; seasonNumber and partOfSeries for
 * a season), and schema.org's expected properties for the rest (Book: author; BookSeries:
 * hasPart; Person, Place and Thing: name and url).
 */
const RULES: Record<string, { required: string[]; recommended?: string[] }> = {
  WebSite: { required: ['@id', 'url', 'name', 'potentialAction'], recommended: ['inLanguage'] },
  WebPage: {
    required: ['@id', 'url', 'name', 'isPartOf', 'breadcrumb'],
    recommended: ['description', 'inLanguage', 'primaryImageOfPage'],
  },
  BreadcrumbList: { required: ['itemListElement'] },
  ItemList: { required: ['itemListElement'], recommended: ['name', 'numberOfItems'] },
  TVSeries: { required: ['@id', 'url', 'name'], recommended: ['containsSeason', 'inLanguage'] },
  TVSeason: {
    required: ['@id', 'url', 'name', 'seasonNumber', 'partOfSeries'],
    recommended: ['numberOfEpisodes', 'episode', 'actor', 'isBasedOn'],
  },
  TVEpisode: {
    required: ['@id', 'url', 'name', 'episodeNumber', 'partOfSeason', 'partOfSeries'],
    recommended: ['datePublished', 'director', 'description'],
  },
  Movie: { required: ['@id', 'url', 'name'], recommended: ['director', 'isPartOf'] },
  Person: { required: ['@id', 'url', 'name'], recommended: ['description'] },
  Book: {
    required: ['@id', 'url', 'name', 'author'],
    recommended: ['datePublished', 'bookFormat', 'isPartOf', 'position'],
  },
  BookSeries: { required: ['@id', 'url', 'name', 'hasPart'], recommended: ['author'] },
  Place: { required: ['@id', 'url', 'name'], recommended: ['description'] },
};
RULES.CollectionPage = RULES.WebPage!;
RULES.SearchResultsPage = RULES.WebPage!;

/** Rules for the nodes inside others. */
const NESTED: Record<string, string[]> = {
  SearchAction: ['target', 'query-input'],
  EntryPoint: ['urlTemplate'],
  ImageObject: ['url', 'width', 'height'],
  PerformanceRole: ['actor', 'characterName'],
  Organization: ['name'],
  Thing: ['@id', 'url', 'name'],
};

/** The types at the top of each template's graph (the film's page is a Movie). */
const TEMPLATE_TYPES: Record<string, string[]> = {
  home: ['WebSite', 'WebPage', 'BreadcrumbList'],
  cast: ['CollectionPage', 'BreadcrumbList', 'ItemList'],
  characters: ['CollectionPage', 'BreadcrumbList', 'ItemList'],
  volumes: ['CollectionPage', 'BreadcrumbList', 'BookSeries', 'ItemList'],
  seasons: ['CollectionPage', 'BreadcrumbList', 'TVSeries', 'ItemList'],
  places: ['CollectionPage', 'BreadcrumbList', 'ItemList'],
  awards: ['CollectionPage', 'BreadcrumbList', 'ItemList'],
  person: ['WebPage', 'BreadcrumbList', 'Person'],
  character: ['WebPage', 'BreadcrumbList'],
  volume: ['WebPage', 'BreadcrumbList', 'Book'],
  season: ['WebPage', 'BreadcrumbList', 'TVSeason'],
  episode: ['WebPage', 'BreadcrumbList', 'TVEpisode'],
  place: ['WebPage', 'BreadcrumbList', 'Place'],
  release: ['WebPage', 'BreadcrumbList'],
  changes: ['WebPage', 'BreadcrumbList'],
  contribute: ['WebPage', 'BreadcrumbList'],
  'contribute-file': ['WebPage', 'BreadcrumbList'],
  search: ['SearchResultsPage', 'BreadcrumbList'],
  'search-a-z': ['CollectionPage', 'BreadcrumbList'],
};

const pageType = (p: BuiltPage) => TEMPLATE_TYPES[p.template]![p.template === 'home' ? 1 : 0]!;

/** What is wrong with a graph, as lines naming the node and the missing property. */
function problems(graph: Node[]): string[] {
  const out: string[] = [];
  const missing = (node: Node, props: string[], where: string) => {
    for (const prop of props)
      if (node[prop] === undefined || node[prop] === '') out.push(`${where} has no ${prop}`);
  };
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${where}[${i}]`));
    if (typeof value !== 'object' || value === null) return;
    const node = value as Node;
    const type = node['@type'] as string | undefined;
    if (type && NESTED[type]) missing(node, NESTED[type], `${where} (${type})`);
    else if (type && type !== 'ListItem' && !node['@id'] && !node.url)
      out.push(`${where} (${type}) names nothing: no @id or url`);
    for (const [key, child] of Object.entries(node)) walk(child, `${where}.${key}`);
  };
  for (const node of graph) {
    const type = node['@type'] as string;
    const rule = RULES[type];
    if (!rule) out.push(`top-level ${type} has no rule in this test`);
    else missing(node, rule.required, type);
    walk(node, type);
  }
  const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList')?.itemListElement as Node[];
  crumbs?.forEach((item, i) => {
    if (item.position !== i + 1) out.push(`breadcrumb ${i} is at position ${item.position}`);
    missing(item, ['name', 'item'], `breadcrumb ${i}`);
  });
  for (const list of graph.filter((n) => n['@type'] === 'ItemList'))
    (list.itemListElement as Node[]).forEach((item, i) => {
      if (item.position !== i + 1) out.push(`list item ${i} is at position ${item.position}`);
      missing(item, ['url', 'name'], `list item ${i}`);
    });
  return out;
}

describe('structured data for every template', () => {
  it('the fixture has a page of every template this test knows, and no other', () => {
    expect([...new Set(pages.map((p) => p.template))].sort()).toEqual(
      Object.keys(TEMPLATE_TYPES).sort(),
    );
  });

  for (const template of Object.keys(TEMPLATE_TYPES)) {
    it(`${template}: the expected types, each with its required and recommended properties`, () => {
      for (const p of pages.filter((x) => x.template === template)) {
        const graph = graphOf(p);
        const types = graph.map((n) => n['@type']);
        const expected =
          p.path === '/seasons/heartstopper-forever/'
            ? ['WebPage', 'BreadcrumbList', 'Movie']
            : TEMPLATE_TYPES[template];
        expect(types, p.path).toEqual(expected);
        expect(problems(graph), p.path).toEqual([]);
      }
    });
  }

  it('recommended properties are there wherever the content has them', () => {
    // The fixture with everything on record: an episode's and the film's directors too.
    const content = fixtureContent();
    content.episodes[0]!.directors = { people: ['cass-crew'], sources: ['paper-2022'] };
    content.people
      .find((p) => p.slug === 'cass-crew')!
      .credits.push({ kind: 'crew', job: 'Director', screen: 4, sources: ['paper-2023'] });
    const rich = builtPages(compileSite(content));
    const missing = (path: string, type: string) => {
      const graph = graphOf(rich.find((p) => p.path === path)!);
      const node = graph.find((n) => n['@type'] === type)!;
      return RULES[type]!.recommended!.filter((prop) => node[prop] === undefined);
    };
    expect(missing('/seasons/season-1/', 'TVSeason')).toEqual([]);
    expect(missing('/seasons/season-1/episodes/1/', 'TVEpisode')).toEqual([]);
    expect(missing('/seasons/heartstopper-forever/', 'Movie')).toEqual([]);
    expect(missing('/seasons/', 'TVSeries')).toEqual([]);
    expect(missing('/volumes/1/', 'Book')).toEqual([]);
    expect(missing('/volumes/', 'BookSeries')).toEqual([]);
    expect(missing('/', 'WebSite')).toEqual([]);
    for (const p of rich) {
      expect(missing(p.path, pageType(p)), p.path).toEqual([]);
      if (p.template === 'person') expect(missing(p.path, 'Person'), p.path).toEqual([]);
      if (p.template === 'place') expect(missing(p.path, 'Place'), p.path).toEqual([]);
      if (['cast', 'characters', 'volumes', 'seasons', 'places', 'awards'].includes(p.template))
        expect(missing(p.path, 'ItemList'), p.path).toEqual([]);
    }
  });

  it('only the home page carries the WebSite and its search, pointing at the search page', () => {
    const home = graphOf(page('/')).find((n) => n['@type'] === 'WebSite')!;
    expect(home.potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: 'https://fans.example/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
    for (const p of pages.filter((x) => x.path !== '/'))
      expect(graphOf(p).some((n) => n['@type'] === 'WebSite')).toBe(false);
  });

  it('an episode says which season and series it belongs to, who made it and when it came out', () => {
    const episode = graphOf(page('/seasons/season-1/episodes/1/')).find(
      (n) => n['@type'] === 'TVEpisode',
    )!;
    expect(episode).toMatchObject({
      episodeNumber: 1,
      partOfSeason: { '@type': 'TVSeason', seasonNumber: 1 },
      partOfSeries: { '@type': 'TVSeries', name: 'Heartstopper' },
      author: [
        { '@type': 'Person', name: 'Cass Crew', url: 'https://fans.example/cast/cass-crew/' },
      ],
    });
    expect(episode.datePublished).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  });

  it('a character is a Thing the page is about, with the people who play them', () => {
    const graph = graphOf(page('/characters/ana-lead/'));
    const webPage = graph.find((n) => n['@type'] === 'WebPage')!;
    expect(webPage.about).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ '@type': 'Thing', name: 'Ana Lead' }),
        expect.objectContaining({ '@type': 'Person', name: 'Alex Actor' }),
      ]),
    );
    // Never a Person: the character is fictional.
    expect(graph.some((n) => n['@type'] === 'Person')).toBe(false);
  });

  it('breadcrumbs go home, section, (season,) page, and name each section as its list page does', () => {
    const crumbs = (path: string) =>
      (
        graphOf(page(path)).find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement as Node[]
      ).map((c) => c.name);
    expect(crumbs('/')).toEqual(['Heartstopper Fan Wiki']);
    expect(crumbs('/seasons/season-1/episodes/2/')).toEqual([
      'Heartstopper Fan Wiki',
      'Seasons and film',
      'Season 1',
      page('/seasons/season-1/episodes/2/').meta.title,
    ]);
    for (const section of Object.values(SECTIONS)) {
      const list = pages.find((p) => p.path === section.path);
      if (list && list.template !== 'search') expect(list.meta.title).toBe(section.name);
    }
  });

  it('a list page lists its rows as links, in the order shown', () => {
    const list = graphOf(page('/characters/')).find((n) => n['@type'] === 'ItemList')!;
    const rows = (page('/characters/').data as { rows: { name: string }[] }).rows;
    expect((list.itemListElement as Node[]).map((i) => i.name)).toEqual(rows.map((r) => r.name));
  });
});

describe('spoilers', () => {
  it('no page’s structured data holds any text the spoiler shield can hide', () => {
    let checked = 0;
    for (const p of pages) {
      const json = JSON.stringify(structuredData(p, SITE, IMAGE));
      for (const text of spoilerTexts(p)) {
        checked++;
        expect(json, `${p.path}: ${text}`).not.toContain(text);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('a page about a spoiler-tagged prediction’s file names it by its kind, never by its claim', () => {
    const paris = page('/contribute/predictions/s2-paris/');
    expect(paris.meta.title).not.toContain('Paris');
    const json = JSON.stringify(structuredData(paris, SITE, IMAGE));
    expect(json).not.toContain('Paris');
    expect(json).toContain('Edit a prediction');
    // One that gives nothing away keeps its name.
    expect(JSON.stringify(structuredData(page('/contribute/predictions/s2-dot/'), SITE))).toContain(
      'The dog appears in season 2',
    );
  });

  it('a character whose very summary gives the story away keeps it out', () => {
    const content = fixtureContent();
    content.characters[0]!.summary = {
      text: 'Ana ends up with Bo.',
      sources: ['paper-2022'],
      reveal: { volume: 2 },
    };
    const ana = builtPages(compileSite(content)).find((p) => p.path === '/characters/ana-lead/')!;
    expect(JSON.stringify(structuredData(ana, SITE))).not.toContain('ends up');
  });
});

describe('the script element', () => {
  it('keeps any text inside the data: no "</script>" or "<!--" can end it, and it reads back the same', () => {
    const hostile: BuiltPage = {
      path: '/characters/x/',
      template: 'changes',
      meta: { title: '</script><script>alert(1)</script>', description: '<!-- a & b -->' },
    };
    const data = structuredData(hostile, SITE);
    const script = jsonLdScript(data);
    const inner = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.toMatch(/<|>/);
    expect(JSON.parse(inner)).toEqual(data);
  });
});
