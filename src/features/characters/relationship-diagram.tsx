/**
 * The people a character is tied to, as a picture beside the grouped list: each person a link,
 * each line styled by the kind of tie (and the kind named in words, never by colour alone).
 * Every tie has its place in the picture, and a tie beyond the reader's spoiler level carries
 * its level, so the stylesheet leaves it out before any code runs: the prerendered picture is
 * already the reader's, and nothing moves when its code arrives (a tap that lands meanwhile
 * still reaches the person it was aimed at). Within each kind, the ties a spoiler hides come
 * last, so what is hidden leaves one gap at the end of its kind, not holes all round.
 */
import { useId, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { revealAttributes } from '../../lib/reveal';
import type { CharacterView } from './character-view.build';
import { DIAGRAM_WIDTH, GROUP_WORD, layoutRelationships, shortTie } from './relationship-layout';

export default function RelationshipDiagram({ view }: { view: CharacterView }) {
  const layout = useMemo(() => {
    const ties = view.relationships;
    // The builder's order (by kind, then name), with each kind's hidden ties moved to its end.
    const kinds = ties.map((t) => t.group).filter((g, i, all) => all.indexOf(g) === i);
    const rank = (t: (typeof ties)[number]) => kinds.indexOf(t.group) * 2 + (t.reveal ? 1 : 0);
    return layoutRelationships([...ties].sort((x, y) => rank(x) - rank(y)));
  }, [view.relationships]);
  const captionId = useId();
  if (view.relationships.length === 0) return null;
  const name = view.character.name;
  const ties = view.relationships.length;
  // Every tie a spoiler: while the reader has reached none, the stylesheet shows a line saying
  // so in place of a picture of one dot (spoilers.generated.css).
  const allTagged = view.relationships.every((r) => r.reveal);
  return (
    <figure
      className={allTagged ? 'chart ties ties--all-tagged' : 'chart ties'}
      aria-labelledby={captionId}
    >
      <figcaption id={captionId}>
        Who {name} is tied to, by kind of tie; the list below gives each tie with its sources.
        {view.relationships.some((r) => r.reveal) &&
          ' Ties past your spoiler setting are left out of the picture.'}
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
      {allTagged && (
        <p className="ties__none empty-state">
          Your spoiler setting leaves out{' '}
          {ties === 1 ? 'the one tie' : ties === 2 ? 'both ties' : `all ${ties} ties`}: the list
          below can reveal them.
        </p>
      )}
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
