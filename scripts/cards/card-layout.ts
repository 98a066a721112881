/**
 * The preview card's design: a 1200×630 layout in the site's palette, as the element tree satori
 * turns into SVG (flexbox, one font, two weights). The wiki's heart mark and name at the top, the
 * kind of page as a label, the entity's name large enough to read on a phone-sized thumbnail, its
 * one-line summary, and a band saying what the wiki promises. Pure: text in, tree out.
 *
 * Any change here changes every card's cache key (cards.ts hashes this file), so a rebuild
 * redraws them all.
 */
import type { CardText } from './card-text.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_FONT = 'Nunito';

/**
 * The characters the bundled font draws: the Latin subset of Nunito (scripts/images/fonts/).
 * A test checks every card's text against it, so a name with a letter the font lacks is caught
 * before a card shows a gap.
 */
export const FONT_COVERAGE =
  /^[\u0020-\u007e\u00a0-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u2000-\u206f\u20ac\u2122\u2191\u2193\u2212\u2215]*$/;

/** The light theme of src/styles/index.css and the generic card (scripts/images/card.svg). */
const COLOURS = {
  background: '#fde3ee',
  mark: '#a0135a',
  name: '#2a1020',
  summary: '#4a1d35',
  band: '#a0135a',
  onBand: '#ffffff',
  label: '#ffffff',
};

/** The heart of the favicon and the generic card, on a 24×24 grid. */
const HEART =
  'M12 21s-7.5-4.6-9.6-9.3C.9 8.2 3 4.5 6.6 4.5c2.2 0 3.7 1.3 5.4 3.3 1.7-2 3.2-3.3 5.4-3.3 3.6 0 5.7 3.7 4.2 7.2C19.5 16.4 12 21 12 21z';

/** An element as satori reads it: React's shape, without React. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[] } & Record<
    string,
    unknown
  >;
}
type CardChild = CardNode | string;

const el = (
  type: string,
  style: Record<string, string | number>,
  children?: CardChild | CardChild[],
  attributes: Record<string, unknown> = {},
): CardNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }), ...attributes },
});

const heart = (size: number, fill: string, style: Record<string, string | number> = {}) =>
  el('svg', style, el('path', {}, undefined, { d: HEART, fill }), {
    width: size,
    height: size,
    viewBox: '0 0 24 24',
  });

/** Long names step down in size so that two lines hold them. */
export function nameSize(name: string): number {
  if (name.length <= 18) return 96;
  if (name.length <= 30) return 76;
  return 62;
}

export function cardLayout(text: CardText): CardNode {
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      position: 'relative',
      backgroundColor: COLOURS.background,
      fontFamily: CARD_FONT,
    },
    [
      // A large, faint heart behind the top right corner.
      heart(300, COLOURS.mark, { position: 'absolute', right: -40, top: -56, opacity: 0.1 }),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 72px 0' }, [
        el('div', { display: 'flex', alignItems: 'center' }, [
          heart(54, COLOURS.mark),
          el(
            'div',
            { marginLeft: 14, fontSize: 36, fontWeight: 800, color: COLOURS.mark },
            'Heartstopper Fan Wiki',
          ),
        ]),
        el(
          'div',
          { display: 'flex', marginTop: 40 },
          el(
            'div',
            {
              fontSize: 34,
              fontWeight: 800,
              color: COLOURS.label,
              backgroundColor: COLOURS.mark,
              borderRadius: 999,
              padding: '4px 24px 6px',
            },
            text.kind,
          ),
        ),
        el(
          'div',
          {
            display: 'block',
            lineClamp: 2,
            marginTop: 14,
            fontSize: nameSize(text.name),
            fontWeight: 800,
            lineHeight: 1.08,
            color: COLOURS.name,
          },
          text.name,
        ),
        el(
          'div',
          {
            display: 'block',
            lineClamp: 3,
            marginTop: 18,
            maxWidth: 1040,
            fontSize: 36,
            lineHeight: 1.3,
            color: COLOURS.summary,
          },
          text.summary,
        ),
      ]),
      el(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          height: 76,
          padding: '0 72px',
          backgroundColor: COLOURS.band,
          color: COLOURS.onBand,
          fontSize: 28,
          fontWeight: 800,
        },
        [
          el('div', {}, 'Every fact cited · spoilers hidden until you ask'),
          el('div', { fontWeight: 400 }, 'Unofficial fan site'),
        ],
      ),
    ],
  );
}
