/**
 * What the wiki's search finds: one record per person, character, book, season or the film,
 * episode, place, award, release event and prediction, built from the content at build time
 * (the content compiler serialises the index; the browser never indexes).
 *
 * `line` is a short description that gives nothing of the story away, safe to show anywhere
 * (the header's suggestions show only this). `snippets` are the descriptive texts searched;
 * those from spoiler-tagged facts carry their `reveal` so the results page can gate them.
 */
import { paths } from '../../config/paths';
import { screenSlug, screenTitle, TIER_LABEL, bestTier, volumeTitle } from '../../data/story';
import type { Fact, Reveal } from '../../data/types';
import type { WikiIndex } from '../../data/wiki-index';
import { formatDate } from '../../lib/dates';
import type { AsPlainObject } from 'minisearch';
import type { SearchRecord } from '../../lib/search-engine';
import { listJoin } from '../../lib/text';
import type { SearchKind } from './kinds';

export interface Snippet {
  text: string;
  reveal?: Reveal;
}

/** What a search result shows and links to. */
export interface SearchDoc {
  id: string;
  kind: SearchKind;
  title: string;
  aliases: readonly string[];
  line: string;
  href: string;
  /** An entry on a list page (its href has a fragment), not a page of its own. */
  anchor?: boolean;
  /** Words of its text: the fuller page first among records found by the same name. */
  size?: number;
}

export interface WikiRecord extends SearchRecord, SearchDoc {
  snippets: Snippet[];
}

/** A record's details, from the search's detail buckets: what a result shows, and its texts. */
export interface SearchDetail {
  doc: SearchDoc;
  snippets: Snippet[];
}

/** A name shard: the records to show and the index over their names, serialised at build time. */
export interface NameShard {
  records: SearchDoc[];
  index: AsPlainObject;
}

function record(
  fields: Omit<WikiRecord, 'text' | 'aliases'> & { aliases?: readonly string[] },
): WikiRecord {
  return {
    ...fields,
    aliases: fields.aliases ?? [],
    text: fields.snippets.map((s) => s.text).join(' '),
  };
}

const facts = (list: readonly (Fact | undefined)[]): Snippet[] =>
  list.flatMap((f) => (f ? [{ text: f.text, ...(f.reveal ? { reveal: f.reveal } : {}) }] : []));

/** Every searchable record of the wiki. */
export function buildSearchRecords(index: WikiIndex): WikiRecord[] {
  const { content } = index;
  const characterName = (slug: string) => index.character.get(slug)?.name;
  const publisher = (id: string) => index.source.get(id);
  return [
    ...content.people.map((person) => {
      const roles = [
        ...new Set(
          person.credits.flatMap((c) =>
            c.kind === 'cast' && c.character ? [characterName(c.character) ?? ''] : [],
          ),
        ),
      ].filter(Boolean);
      const jobs = [...new Set(person.credits.flatMap((c) => (c.kind === 'crew' ? [c.job] : [])))];
      const line =
        roles.length > 0
          ? `Actor · plays ${listJoin(roles)}`
          : jobs.length > 0
            ? listJoin(jobs)
            : 'Cast';
      return record({
        id: `person:${person.slug}`,
        kind: 'person',
        title: person.name,
        aliases: person.searchAliases,
        line,
        href: paths.person.href(person.slug),
        snippets: facts([person.summary, ...(person.bio ?? [])]),
      });
    }),
    ...content.characters.map((character) => {
      const portrayals = index.portrayals.get(character.slug) ?? [];
      const actors = portrayals.map((p) => p.person.name);
      const tier = bestTier(portrayals.flatMap((p) => p.credits.map((c) => c.tier)));
      return record({
        id: `character:${character.slug}`,
        kind: 'character',
        title: character.name,
        aliases: character.searchAliases,
        line:
          actors.length > 0
            ? `Character · played by ${listJoin(actors)}`
            : character.bookOnly
              ? 'Character · in the books only'
              : `Character${tier ? ` · ${TIER_LABEL[tier]}` : ''}`,
        href: paths.character.href(character.slug),
        snippets: facts([
          character.summary,
          ...(character.bio ?? []),
          ...(character.inBooks ?? []),
          ...(character.onScreen ?? []),
        ]),
      });
    }),
    ...content.volumes.map((v) =>
      record({
        id: `volume:${v.number}`,
        kind: 'volume',
        title: volumeTitle(v.number),
        aliases: [`Heartstopper ${volumeTitle(v.number)}`, `Book ${v.number}`],
        line: `Graphic novel · ${v.adaptedIn.map((a) => screenTitle(a.screen)).join(', ') || 'not adapted yet'}`,
        href: paths.volume.href(v.number),
        snippets: v.plot.map((p) => ({ text: p.text, reveal: p.reveal })),
      }),
    ),
    ...content.books.map((b) =>
      record({
        id: `book:${b.slug}`,
        kind: 'volume',
        title: b.title,
        line: `${b.kind === 'novel' ? 'Novel' : b.kind === 'novella' ? 'Novella' : 'Companion book'} · ${formatDate(b.published)}`,
        href: paths.book.href(b.slug),
        snippets: [{ text: b.summary }, ...facts(b.ties ?? [])],
      }),
    ),
    ...content.seasons.map((s) =>
      record({
        id: `screen:${s.number}`,
        kind: 'screen',
        title: s.title,
        aliases: s.kind === 'film' ? ['film', 'movie'] : [`series ${s.number}`],
        line:
          s.kind === 'film'
            ? 'The film'
            : `Season${s.episodes ? ` · ${s.episodes.count} episodes` : ''}`,
        href: paths.season.href(s.slug),
        snippets: facts([...(s.synopsis ?? []), ...s.notes]),
      }),
    ),
    ...content.episodes.map((e) =>
      record({
        id: `episode:${e.id}`,
        kind: 'episode',
        title: e.title,
        aliases: [`S${e.season}E${e.number}`, `season ${e.season} episode ${e.number}`],
        line: `Episode · ${screenTitle(e.season)}, episode ${e.number}`,
        href: paths.episode.href(screenSlug(e.season), e.number),
        snippets: facts(e.synopsis),
      }),
    ),
    ...content.places.map((p) =>
      record({
        id: `place:${p.slug}`,
        kind: 'place',
        title: p.name,
        aliases: p.searchAliases,
        line: p.kind === 'story' ? 'Place in the story' : 'Filming location',
        href: paths.place.href(p.slug),
        snippets: facts([p.summary, ...(p.facts ?? [])]),
      }),
    ),
    ...content.awards.map((a) => {
      const people = (a.people ?? []).flatMap((s) => index.person.get(s)?.name ?? []);
      return record({
        id: `award:${a.id}`,
        kind: 'award',
        title: `${a.ceremony} ${a.year}: ${a.category}`,
        aliases: [a.nominee, ...people],
        line: `Award · ${a.result === 'won' ? 'won' : 'nominated'}${a.nominee ? ` · ${a.nominee}` : ''}`,
        href: paths.award.href(a.id),
        snippets: [],
      });
    }),
    ...content.events.map((e) =>
      record({
        id: `event:${e.id}`,
        kind: 'event',
        title: e.title,
        line: `Release event · ${formatDate(e.date)}${e.expected ? ' (expected)' : ''}`,
        href: paths.event.href(e.id),
        snippets: [{ text: e.text }],
      }),
    ),
    ...content.predictions.map((p) => {
      const source = publisher(p.source);
      return record({
        id: `prediction:${p.id}`,
        kind: 'prediction',
        title: p.topic,
        line: `Prediction${source ? ` · ${source.publisher}, ${formatDate(source.published)}` : ''}`,
        href: paths.prediction.href(p.id),
        snippets: [{ text: p.statement, ...(p.reveal ? { reveal: p.reveal } : {}) }],
      });
    }),
  ];
}
