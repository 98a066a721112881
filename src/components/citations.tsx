/**
 * Numbered citations. A page's data lists the sources it cites in the order its reader meets
 * them (the build reads that order from the prerendered page: scripts/compile/citation-order.ts,
 * decision record 056); the page wraps itself in `<Citations sources>`, marks each fact with
 * `<Cite ids>`, and ends with `<SourceList>`. A source's number is its position in that list, so
 * numbers are the same on the server and in the browser and never depend on which spoilers are
 * open.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Source } from '../data/types';
import { formatDate } from '../lib/dates';
import { Gated } from './gated';

export interface CitationIndex {
  /** Sources in the order they are first cited. */
  sources: readonly Source[];
  number: Map<string, number>;
}

/** Numbers sources by their position: the first is 1. */
export function numberSources(sources: readonly Source[]): CitationIndex {
  return { sources, number: new Map(sources.map((s, i) => [s.id, i + 1])) };
}

const CitationContext = createContext<CitationIndex | null>(null);

export function Citations({
  sources,
  children,
}: {
  sources: readonly Source[];
  children: ReactNode;
}) {
  const index = useMemo(() => numberSources(sources), [sources]);
  return <CitationContext.Provider value={index}>{children}</CitationContext.Provider>;
}

/** The mark a citation number carries when its source is secondary (confidence B). */
export const SECONDARY_MARK = '†';

/**
 * Superscript links to the numbered sources of one fact. A number whose source is secondary
 * carries a mark, and its accessible name says so: the sentence itself stays the fact alone.
 */
export function Cite({ ids }: { ids: readonly string[] }) {
  const index = useContext(CitationContext);
  if (!index || ids.length === 0) return null;
  const cited = [...new Set(ids)]
    .map((id) => ({ id, n: index.number.get(id), source: index.sources.find((s) => s.id === id) }))
    .filter(
      (c): c is { id: string; n: number; source: Source } =>
        c.n !== undefined && c.source !== undefined,
    )
    .sort((a, b) => a.n - b.n);
  return (
    <sup className="cite">
      {cited.map((c) => {
        const secondary = c.source.confidence === 'B';
        return (
          <a
            key={c.id}
            href={`#source-${c.n}`}
            aria-label={`Source ${c.n}: ${c.source.publisher}${secondary ? ', secondary source' : ''}`}
            className={secondary ? 'secondary' : undefined}
          >
            {secondary ? `[${c.n}${SECONDARY_MARK}]` : `[${c.n}]`}
          </a>
        );
      })}
    </sup>
  );
}

function SourceLink({ source }: { source: Source }) {
  return (
    <a href={source.url} rel="noopener noreferrer" target="_blank">
      {source.title}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

/**
 * The page's numbered sources. Editors' remarks on a source (how a stored copy was dated, what it
 * gets wrong) show only where `notes` is set: the pages about content files, not reading pages.
 */
export function SourceList({
  headingLevel = 2,
  notes = false,
}: {
  headingLevel?: 2 | 3;
  notes?: boolean;
}) {
  const index = useContext(CitationContext);
  if (!index || index.sources.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <Heading id="sources-heading">Sources</Heading>
      {index.sources.some((s) => s.confidence === 'B') && (
        <p className="source-key">
          {SECONDARY_MARK} marks a secondary source: not Netflix, a publisher or a major outlet.
        </p>
      )}
      <ol>
        {index.sources.map((source, i) => (
          <li key={source.id} id={`source-${i + 1}`}>
            {source.publisher},{' '}
            {source.reveal ? (
              // A title that gives the story away is hidden like any spoiler, by its level.
              <Gated reveal={source.reveal} as="span" className="source-title" label="Title hidden">
                <SourceLink source={source} />
              </Gated>
            ) : (
              <SourceLink source={source} />
            )}
            {', '}
            {formatDate(source.published)}
            {source.revised && `, revised ${formatDate(source.revised)}`}
            {source.confidence === 'B' && <span className="badge">secondary source</span>}
            {notes && source.note && <span className="source-note"> {source.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
