/**
 * What the season, film and episode pages show, and the seasons list. Built at build time by
 * the content compiler from seasons, episodes, events, books and people.
 */
import type { ContentsItem, NavboxGroup } from '../../components/entity-aids';
import { supportOf, themesOf, type SupportCountry } from '../../data/content-notes';
import { awardRef, type AwardRef, type PageData, type Ref } from '../../data/page-data';
import { releaseOf, sortEvents } from '../../data/events';
import { screenTitle, tierRank } from '../../data/story';
import type { CastCredit, Episode, Screen, WikiEvent } from '../../data/types';
import type { ContentTheme } from '../../data/themes';
import { checkedOf, ref, sourcesFor, type WikiIndex } from '../../data/wiki-index';
import { paths } from '../../config/paths';
import { formatDate } from '../../lib/dates';
import { clip, listJoin } from '../../lib/text';

export interface AdaptedBook {
  /** A volume number, or a connected book. */
  volume?: number;
  book?: { slug: string; title: string; kind: string };
  sources: string[];
}

export interface EpisodeRow {
  id: string;
  number: number;
  title: string;
  minutes?: number;
  /** The volumes it adapts, where a source says. */
  volumes: number[];
}

export interface SeasonView {
  screen: Screen;
  release?: WikiEvent;
  adapts: AdaptedBook[];
  directors: { person: Ref; sources: string[] }[];
  cast: { person: Ref; character: Ref | null; credit: CastCredit }[];
  events: WikiEvent[];
  episodes: EpisodeRow[];
  /** "If this affects you": services for the themes of its content notes. */
  support?: SupportCountry[];
}

export type SeasonPageData = PageData<SeasonView>;

function adaptsOf(screen: number, index: WikiIndex): AdaptedBook[] {
  const volumes = [...index.content.volumes]
    .sort((a, b) => a.number - b.number)
    .flatMap((v) => {
      const a = v.adaptedIn.find((x) => x.screen === screen);
      return a ? [{ volume: v.number, sources: a.sources }] : [];
    });
  const books = index.content.books.flatMap((b) => {
    const a = b.adaptedIn.find((x) => x.screen === screen);
    return a ? [{ book: { slug: b.slug, title: b.title, kind: b.kind }, sources: a.sources }] : [];
  });
  return [...volumes, ...books];
}

export function episodeRows(season: number, index: WikiIndex): EpisodeRow[] {
  return index.content.episodes
    .filter((e) => e.season === season)
    .sort((a, b) => a.number - b.number)
    .map((e) => ({
      id: e.id,
      number: e.number,
      title: e.title,
      ...(e.runtime ? { minutes: e.runtime.minutes } : {}),
      volumes: e.adapts?.volumes ?? [],
    }));
}

export function buildSeasonView(screen: Screen, index: WikiIndex): SeasonView {
  const n = screen.number;
  const release = releaseOf(n, index.content.events);
  return {
    screen,
    ...(release ? { release } : {}),
    adapts: adaptsOf(n, index),
    directors: [...index.content.people]
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .flatMap((person) =>
        person.credits
          .filter((c) => c.kind === 'crew' && c.job === 'Director' && c.screen === n)
          .map((c) => ({ person: ref(person), sources: c.sources })),
      ),
    cast: index.content.people
      .flatMap((person) =>
        person.credits
          .filter((c): c is CastCredit => c.kind === 'cast' && c.screen === n)
          .map((credit) => {
            const character = credit.character ? index.character.get(credit.character) : undefined;
            return { person: ref(person), credit, character: character ? ref(character) : null };
          }),
      )
      .sort(
        (a, b) =>
          tierRank(a.credit.tier) - tierRank(b.credit.tier) ||
          a.person.name.localeCompare(b.person.name, 'en'),
      ),
    events: sortEvents(index.content.events.filter((e) => e.screen === n)),
    episodes: episodeRows(n, index),
    ...supportOf(screen.contentNotes, index),
  };
}

export function buildSeasonPage(screen: Screen, index: WikiIndex): SeasonPageData {
  const view = buildSeasonView(screen, index);
  const when = view.release
    ? view.release.expected
      ? `due ${formatDate(view.release.date)}, date not announced`
      : `released ${formatDate(view.release.date)}`
    : 'release not announced';
  const episodes = view.episodes.length ? `, ${view.episodes.length} episodes` : '';
  const description =
    screen.kind === 'film'
      ? `${screen.title}, the film that ends Heartstopper, ${when}: the books it adapts, cast and timeline, with sources.`
      : `Heartstopper ${screen.title.toLowerCase()}${episodes}, ${when}: episodes, the books it adapts, cast and timeline, with sources.`;
  return {
    meta: {
      title: screen.title,
      description: clip(description),
      type: 'article',
    },
    view,
    sources: sourcesFor(view, index),
    checked: checkedOf(index, screen),
  };
}

/** A row of the seasons list. */
export interface SeasonRow {
  number: number;
  slug: string;
  title: string;
  kind: Screen['kind'];
  release?: Pick<WikiEvent, 'date' | 'expected'>;
  episodes?: number;
  adapts: { volume?: number; title?: string }[];
  /** The themes of its content notes, for the list's short form. */
  notes: ContentTheme[];
}

export interface SeasonsView {
  seasons: SeasonRow[];
}

export function buildSeasonsPage(index: WikiIndex): PageData<SeasonsView> {
  const seasons = [...index.content.seasons]
    .sort((a, b) => a.number - b.number)
    .map((s) => {
      const release = releaseOf(s.number, index.content.events);
      return {
        number: s.number,
        slug: s.slug,
        title: s.title,
        kind: s.kind,
        ...(release
          ? { release: { date: release.date, ...(release.expected ? { expected: true } : {}) } }
          : {}),
        ...(s.episodes ? { episodes: s.episodes.count } : {}),
        adapts: adaptsOf(s.number, index).map((a) =>
          a.volume !== undefined ? { volume: a.volume } : { title: a.book!.title },
        ),
        notes: themesOf(s.contentNotes),
      };
    });
  return {
    meta: {
      title: 'Seasons and film',
      description:
        'The three Netflix seasons of Heartstopper and the film Heartstopper Forever: release dates, episodes and the books each one adapts.',
    },
    view: { seasons },
    sources: [],
    checked: index.content.wiki.checked,
  };
}

/** An episode page: the episode, its neighbours in order, and the people and characters named. */
export interface EpisodeView {
  episode: Episode;
  season: { number: number; slug: string; title: string };
  release?: WikiEvent;
  previous?: Neighbour;
  next?: Neighbour;
  /** Every episode of its season, as the season navbox lists them (this one marked current). */
  seasonEpisodes: NavboxGroup['items'];
  writers: Ref[];
  directors: Ref[];
  characters: Ref[];
  awards: AwardRef[];
  support?: SupportCountry[];
  /** The sections the page shows, for its "On this page": worked out here, so no code ships. */
  contents: ContentsItem[];
}

/** The episode before or after, across a season's end: `seasonNote` is " (Season 1)" then, else "". */
export interface Neighbour {
  id: string;
  number: number;
  title: string;
  season: number;
  seasonNote: string;
}

export type EpisodePageData = PageData<EpisodeView>;

export function buildEpisodePage(episode: Episode, index: WikiIndex): EpisodePageData {
  const all = [...index.content.episodes].sort(
    (a, b) => a.season - b.season || a.number - b.number,
  );
  const at = all.findIndex((e) => e.id === episode.id);
  const neighbour = (e: Episode | undefined): Neighbour | undefined =>
    e && {
      id: e.id,
      number: e.number,
      title: e.title,
      season: e.season,
      seasonNote: e.season === episode.season ? '' : ` (${screenTitle(e.season)})`,
    };
  const previous = neighbour(all[at - 1]);
  const next = neighbour(all[at + 1]);
  const season = index.content.seasons.find((s) => s.number === episode.season)!;
  const people = (slugs: readonly string[] | undefined) =>
    (slugs ?? []).flatMap((s) => {
      const p = index.person.get(s);
      return p ? [ref(p)] : [];
    });
  const release = releaseOf(episode.season, index.content.events);
  const characters = (episode.characters?.list ?? []).flatMap((s) => {
    const c = index.character.get(s);
    return c ? [ref(c)] : [];
  });
  const awards = index.content.awards.filter((a) => a.episode === episode.id).map(awardRef);
  const view: EpisodeView = {
    episode,
    season: { number: season.number, slug: season.slug, title: season.title },
    ...(release ? { release } : {}),
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
    seasonEpisodes: all
      .filter((e) => e.season === episode.season)
      .map((e) => ({
        href: paths.episode.href(season.slug, e.number),
        label: `${e.number}. ${e.title}`,
        ...(e.number === episode.number ? { current: true } : {}),
      })),
    writers: people(episode.writers?.people),
    directors: people(episode.directors?.people),
    characters,
    awards,
    ...supportOf(episode.contentNotes, index),
    contents: [
      { id: 'synopsis', title: 'Synopsis' },
      ...(characters.length > 0 ? [{ id: 'characters', title: 'Characters' }] : []),
      ...(episode.music?.length ? [{ id: 'music', title: 'Music' }] : []),
      ...(awards.length > 0 ? [{ id: 'awards', title: 'Awards' }] : []),
      { id: 'sources-heading', title: 'Sources' },
    ],
  };
  const label = `${screenTitle(episode.season)}, episode ${episode.number}`;
  const credits = view.writers.length
    ? ` Written by ${listJoin(view.writers.map((w) => w.name))}.`
    : '';
  return {
    meta: {
      title: `${episode.title} (${label})`,
      description: clip(
        `“${episode.title}”, ${label.toLowerCase().replace(/^season/, 'season')} of Heartstopper.${credits} Synopsis (spoilers hidden until you ask), cast and sources.`,
      ),
      type: 'article',
    },
    view,
    sources: sourcesFor(view, index),
    checked: checkedOf(index, episode),
  };
}
