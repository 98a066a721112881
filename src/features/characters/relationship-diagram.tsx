/**
 * The people a character is tied to, as a picture beside the grouped list: each person a link,
 * each line styled by the kind of tie (and the kind named in words, never by colour alone).
 * Ties beyond the reader's spoiler level are left out of the picture; the list below offers
 * to reveal them one by one.
 */
import { useId, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../components/empty-state';
import { paths } from '../../config/paths';
import { isRevealed, revealAttributes } from '../../lib/reveal';
import { usePreferences } from '../../data/use-preferences';
import type { CharacterView } from './character-view.build';
import { DIAGRAM_WIDTH, GROUP_WORD, layoutRelationships, shortTie } from './relationship-layout';

export default function RelationshipDiagram({ view }: { view: CharacterView }) {
  const { progress } = usePreferences();
  const shown = useMemo(
    () => view.relationships.filter((r) => !progress || isRevealed(r.reveal, progress)),
    [view.relationships, progress],
  );
  const layout = useMemo(() => layoutRelationships(shown), [shown]);
  const captionId = useId();
  const hidden = view.relationships.length - shown.length;
  if (view.relationships.length === 0) return null;
  const name = view.character.name;
  if (shown.length === 0) {
    return (
      <figure className="chart ties" aria-labelledby={captionId}>
        <figcaption id={captionId}>Who {name} is tied to</figcaption>
        <EmptyState>
          Your spoiler setting leaves out {hidden === 1 ? 'the one tie' : `all ${hidden} ties`}: the
          list below can reveal them.
        </EmptyState>
      </figure>
    );
  }
  return (
    <figure className="chart ties" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        Who {name} is tied to, by kind of tie; the list below gives each tie with its sources.
        {hidden > 0 &&
          ` ${hidden === 1 ? 'One tie is' : `${hidden} ties are`} left out by your spoiler setting.`}
      </figcaption>
      <svg
        className="chart__svg ties__svg"
        viewBox={`0 0 ${DIAGRAM_WIDTH} ${layout.height}`}
        role="group"
        aria-labelledby={captionId}
      >
        {layout.ties.map(({ tie, x, y, anchor, labelX, labelY }) => (
          <g key={tie.other.slug} {...(tie.reveal ? revealAttributes(tie.reveal) : {})}>
            <line
              className={`ties__line ties__line--${tie.group}`}
              x1={layout.cx}
              y1={layout.cy}
              x2={x}
              y2={y}
              aria-hidden="true"
            />
            <Link
              to={paths.character.href(tie.other.slug)}
              className="ties__person"
              aria-label={`${tie.other.name}: ${tie.label} (${GROUP_WORD[tie.group]})`}
            >
              <circle cx={x} cy={y} r={7} className={`ties__dot ties__dot--${tie.group}`} />
              <text x={labelX} y={labelY} textAnchor={anchor}>
                <tspan className="ties__name">{tie.other.name}</tspan>
                <tspan className="ties__role" x={labelX} dy={16}>
                  {shortTie(tie.label)}
                </tspan>
              </text>
            </Link>
          </g>
        ))}
        <g aria-hidden="true">
          <circle className="ties__centre" cx={layout.cx} cy={layout.cy} r={10} />
          <text className="ties__self" x={layout.cx} y={layout.cy + 30} textAnchor="middle">
            {name}
          </text>
        </g>
      </svg>
      <ul className="ties__legend" aria-hidden="true">
        {(['family', 'romance', 'friendship', 'conflict'] as const).map((g) => (
          <li key={g}>
            <svg viewBox="0 0 30 10" width="30" height="10">
              <line className={`ties__line ties__line--${g}`} x1={0} y1={5} x2={30} y2={5} />
            </svg>{' '}
            {GROUP_WORD[g]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
