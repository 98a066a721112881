import { foldWords } from '../lib/fold';
import { highlightRanges, splitByRanges } from '../lib/highlight';

/** A text with the letters a search matched wrapped in <mark>: React elements, no raw HTML. */
export function Highlight({
  text,
  query,
  matched,
}: {
  text: string;
  query: string;
  /** Folded words the search engine matched in this record, typos included. */
  matched?: readonly string[];
}) {
  const pieces = splitByRanges(text, highlightRanges(text, foldWords(query), matched));
  return (
    <>
      {pieces.map((piece, i) =>
        piece.hit ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </>
  );
}
