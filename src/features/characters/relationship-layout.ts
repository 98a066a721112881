/**
 * A character's ties as a small picture: the character in the middle, the people they are tied
 * to around an ellipse, grouped by kind (family, partners, friends, rivals) so each kind sits
 * together. Pure geometry; the component draws it.
 */
import type { Relationship } from '../../data/types';

export const DIAGRAM_WIDTH = 640;
/** The picture's height with ties all round; one or two ties sit in a row and need less. */
export const DIAGRAM_HEIGHT = 300;
const ROW_HEIGHT = 110;
const RX = 150;
const RY = 105;

export interface PlacedTie<T> {
  tie: T;
  x: number;
  y: number;
  /** Where the label goes relative to the point. */
  anchor: 'start' | 'middle' | 'end';
  labelX: number;
  labelY: number;
}

export interface RelationshipLayout<T> {
  /** The picture's height: DIAGRAM_HEIGHT, or less when the ties sit in one row. */
  height: number;
  cx: number;
  cy: number;
  ties: PlacedTie<T>[];
}

/**
 * Spreads `ties` evenly around the centre, starting at the top and going clockwise, in the order
 * given (callers sort by kind). One tie sits to the right; two sit left and right.
 */
export function layoutRelationships<T>(ties: readonly T[]): RelationshipLayout<T> {
  const n = ties.length;
  // One or two ties sit level with the centre: a strip, with room below it for the names.
  const height = n <= 2 ? ROW_HEIGHT : DIAGRAM_HEIGHT;
  const cx = DIAGRAM_WIDTH / 2;
  const cy = n <= 2 ? 40 : DIAGRAM_HEIGHT / 2;
  const start = n <= 2 ? 0 : -Math.PI / 2;
  return {
    height,
    cx,
    cy,
    ties: ties.map((tie, i) => {
      const angle = start + (i * 2 * Math.PI) / Math.max(1, n);
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const x = cx + RX * cos;
      const y = cy + RY * sin;
      const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
      const labelX = anchor === 'middle' ? x : x + (cos > 0 ? 12 : -12);
      // Two lines (name, then the tie): above a point at the top, below one at the bottom.
      const labelY = anchor === 'middle' ? (sin < 0 ? y - 30 : y + 24) : y + 5;
      return { tie, x, y, anchor, labelX, labelY };
    }),
  };
}

/** Shortens a long tie for the picture, at a word boundary: the list below has it in full. */
export function shortTie(label: string, max = 22): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 8 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

/** The words for each kind of tie, for legends and accessible names. */
export const GROUP_WORD: Record<Relationship['group'], string> = {
  family: 'family',
  romance: 'partner or romance',
  friendship: 'friend',
  conflict: 'rival or conflict',
};
