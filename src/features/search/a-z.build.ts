/**
 * Every page of the wiki by name, A to Z (/search/a-z/): the way in for a reader without
 * JavaScript, whom the search cannot serve, and a browsable index for anyone. Built at build time
 * from the search's records: each page of its own (list entries, such as an award, are reached
 * through their lists, which head the page). Only names and the one-line descriptions the
 * header's suggestions show: nothing of the story.
 */
import { navigation, paths } from '../../config/paths';
import type { PageData } from '../../data/page-data';
import type { WikiIndex } from '../../data/wiki-index';
import { foldWords } from '../../lib/fold';
import { buildSearchRecords } from './documents.build';

export interface AzEntry {
  title: string;
  href: string;
  line: string;
}

export interface AzView {
  /** The section lists, which also hold what has no page of its own. */
  lists: { label: string; href: string }[];
  /** Letters in order, "#" (names that start with a digit or another sign) last. */
  letters: { letter: string; entries: AzEntry[] }[];
}

/** The letter a name is filed under: its first letter, accents folded, or "#". */
export function letterOf(name: string): string {
  const first = foldWords(name).join('').charAt(0);
  return /[a-z]/.test(first) ? first.toUpperCase() : '#';
}

export function buildAzPage(index: WikiIndex): PageData<AzView> {
  const pages = buildSearchRecords(index).filter((r) => !r.href.includes('#'));
  const sortKey = (name: string) => foldWords(name).join(' ');
  pages.sort(
    (a, b) =>
      sortKey(a.title).localeCompare(sortKey(b.title), 'en') || a.href.localeCompare(b.href),
  );
  const letters = new Map<string, AzEntry[]>();
  for (const { title, href, line } of pages) {
    const letter = letterOf(title);
    const entries = letters.get(letter) ?? [];
    entries.push({ title, href, line });
    letters.set(letter, entries);
  }
  return {
    meta: {
      title: 'Every page, A to Z',
      description:
        'Every page of the Heartstopper Fan Wiki by name, A to Z: people, characters, volumes, seasons, episodes and places, and the lists.',
    },
    view: {
      lists: [
        ...navigation.map(({ label, href }) => ({ label, href })),
        { label: 'Recent changes', href: paths.changes.href() },
      ],
      letters: [...letters]
        .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
        .map(([letter, entries]) => ({ letter, entries })),
    },
    sources: [],
    checked: index.content.wiki.checked,
  };
}
