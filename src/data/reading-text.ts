/**
 * The reading text speaks to fans, not to editors. A page's sentences say what happened, who
 * plays whom and when; remarks on how a fact was sourced, what no source gives, how a stored copy
 * was dated or the wiki's house style belong in the file's `editorsNotes` (shown only on its
 * contribution page), a source's `note` (likewise) or its `changes` (the recent changes page).
 *
 * This check fails `npm run check:data` when an editors' remark turns up in reading text again,
 * naming the file, the JSON path and the text. Build- and test-time only.
 */
import { fileOf, jsonPath, type DataProblem } from './check';
import { COLLECTIONS, idOf } from './kinds';
import type { Content } from './types';
import { walkJson } from './walk';

interface EditorPhrase {
  pattern: RegExp;
  /** What an editor should do instead. */
  instead: string;
  /** Collections whose text may say it: those shown on one page only (the release page). */
  allowedIn?: readonly string[];
}

const TO_NOTES = "an editors' note (`editorsNotes`, shown on the file's contribution page)";

export const EDITOR_PHRASES: readonly EditorPhrase[] = [
  {
    pattern: /\(secondary source\)/i,
    instead: 'the source marked B: its citation number says "secondary source"',
  },
  {
    pattern: /\b(?:as named in |in |by )?our sources?\b/i,
    instead: `the fact alone, or ${TO_NOTES}`,
  },
  {
    pattern: /\bno source (?:found|gives|names|says|has)\b/i,
    instead: `the field left out, or ${TO_NOTES}`,
  },
  { pattern: /\bnot (?:yet )?on record\b/i, instead: `the field left out, or ${TO_NOTES}` },
  {
    pattern: /\bno (?:\w+ )?\w+ (?:is|was) on record\b/i,
    instead: `the field left out, or ${TO_NOTES}`,
  },
  { pattern: /\b(?:names|gives) no (?:season|date|tier|episode|part|role)\b/i, instead: TO_NOTES },
  { pattern: /\bstored (?:copy|page|version)\b/i, instead: "the source's `note`" },
  { pattern: /\b(?:this|the) wiki (?:uses|calls|writes|prefers|spells)\b/i, instead: TO_NOTES },
  {
    pattern: /\b(?:misspell|mis-spell|spells? (?:\w+ ){0,2}names? wrongly)/i,
    instead:
      "the source's `note`; the seed article's misspellings are noted on the release page only",
    allowedIn: ['events', 'predictions'],
  },
];

/** Keys whose text is for editors, or is not prose: never reading text. */
const NOT_READING = new Set(['changes', 'editorsNotes', 'searchAliases', 'url', 'sources']);

/** Every editors' remark in the reading text of the content (wiki.json, read by no page, aside). */
export function readingTextProblems(content: Content): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const collection of COLLECTIONS) {
    for (const entity of content[collection]) {
      const file = fileOf(collection, idOf(collection, entity));
      walkJson(entity, (node, path) => {
        const key = path.at(-1);
        // A source's remark is shown only on the contribution pages.
        if (
          typeof key === 'string' &&
          (NOT_READING.has(key) || (collection === 'sources' && key === 'note'))
        )
          return false;
        if (typeof node !== 'string') return;
        for (const phrase of EDITOR_PHRASES) {
          if (phrase.allowedIn?.includes(collection)) continue;
          if (phrase.pattern.test(node)) {
            problems.push({
              file,
              path: jsonPath(path),
              value: node,
              expected: `reading text without an editors' remark (${phrase.pattern.source}): move it to ${phrase.instead}`,
            });
          }
        }
      });
    }
  }
  return problems;
}
