/**
 * "Recent changes": the newest facts, pages and corrections, newest first, from the content's
 * own records (each file's `changes`), with the release news (events on record) beside them.
 * The same entries make the Atom feed (scripts/lib/feed.ts). Built at build time.
 */
import { paths } from '../../config/paths';
import { COLLECTIONS, kindOf, type EntityOf, type NameLookup } from '../../data/kinds';
import type { PageData } from '../../data/page-data';
import { sortEvents } from '../../data/events';
import type { Change, Reveal } from '../../data/types';
import type { WikiIndex } from '../../data/wiki-index';
import { hashString } from '../../lib/search-shards';

export interface ChangeEntry {
  /** Stable across builds while the change is the same. */
  id: string;
  date: string;
  kind: Change['kind'] | 'news';
  /** What changed: "Charlie Spring", "Season 2 released". */
  title: string;
  text: string;
  href: string;
  /**
   * Where its title and text give part of the story away: its own tag, or else the tag of what
   * it is about (a relationship first seen in season 2 is news of season 2 even when the words
   * are mild). The page hides it below that level; the feed leaves its words out.
   */
  reveal?: Reveal;
}

export interface ChangesView {
  entries: ChangeEntry[];
  /** All the entries on record, of which the page shows the newest. */
  total: number;
}

/** How many entries the page shows; the feed takes the newest of them. */
export const CHANGES_SHOWN = 100;

export function changeEntries(index: WikiIndex): ChangeEntry[] {
  const { content } = index;
  const entries: Omit<ChangeEntry, 'id'>[] = [];
  const names: NameLookup = { character: (slug) => index.character.get(slug)?.name ?? slug };
  // Every kind shown somewhere (kinds.ts): its entities' change records, titled and linked.
  for (const collection of COLLECTIONS) {
    const kind = kindOf(collection);
    if (!kind.href) continue;
    for (const entity of content[collection] as EntityOf<typeof collection>[]) {
      const tagged = entity as { changes?: Change[]; reveal?: Reveal };
      for (const change of tagged.changes ?? []) {
        const reveal = change.reveal ?? tagged.reveal;
        entries.push({
          date: change.date,
          kind: change.kind,
          title: (kind.changeTitle ?? kind.name)(entity, names),
          text: change.text,
          href: kind.href(entity),
          ...(reveal ? { reveal } : {}),
        });
      }
    }
  }

  // Release news: what happened, on the day it happened.
  for (const event of sortEvents(content.events)) {
    if (
      event.expected ||
      !/^\d{4}-\d{2}-\d{2}$/.test(event.date) ||
      event.date > content.wiki.checked
    )
      continue;
    entries.push({
      date: event.date,
      kind: 'news',
      title: event.title,
      text: event.text,
      href: paths.event.href(event.id),
    });
  }

  const seen = new Map<string, number>();
  return entries
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.title.localeCompare(b.title, 'en') ||
        a.text.localeCompare(b.text),
    )
    .map((e) => {
      // Stable across builds (a feed reader keys on it) and unique: a repeat gets a suffix.
      const id = `c${hashString(`${e.date}|${e.href}|${e.kind}|${e.title}|${e.text}`).toString(36)}`;
      const repeats = (seen.get(id) ?? 0) + 1;
      seen.set(id, repeats);
      return { ...e, id: repeats > 1 ? `${id}-${repeats}` : id };
    });
}

export function buildChangesPage(index: WikiIndex): PageData<ChangesView> {
  const all = changeEntries(index);
  return {
    meta: {
      title: 'Recent changes',
      description:
        'What is new on the Heartstopper Fan Wiki: facts added, pages expanded and corrections made, newest first, with the release news. Also as an Atom feed.',
    },
    view: { entries: all.slice(0, CHANGES_SHOWN), total: all.length },
    sources: [],
    checked: index.content.wiki.checked,
  };
}
