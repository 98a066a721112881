/**
 * The cast and character lists lead with the leads: main cast of the latest season first, then
 * the rest of the main cast, recurring, guest, and the unbilled; ties broken by how recent and
 * how many seasons, then by name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byProminence, compareProminence, type Prominent } from '../../src/data/prominence';
import { castByProminence, charactersByProminence } from '../../scripts/compile/leads';
import { indexContent } from '../../src/data/wiki-index';
import { checkContent } from '../../src/data/check';
import { readContent } from '../../scripts/lib/read-content';

const names = (list: readonly Prominent[]) => byProminence(list, (p) => p).map((p) => p.name);

describe('prominence order', () => {
  it('puts the main cast of the latest season before main cast of earlier seasons only', () => {
    expect(
      names([
        { name: 'Aled Early', billings: [{ screen: 1, tier: 'main' }] },
        {
          name: 'Zed Lead',
          billings: [
            { screen: 1, tier: 'main' },
            { screen: 3, tier: 'main' },
          ],
        },
      ]),
    ).toEqual(['Zed Lead', 'Aled Early']);
  });

  it('then recurring, then guest, then no billing, whatever the names', () => {
    expect(
      names([
        { name: 'Alan Unbilled', billings: [{ screen: 3 }] },
        { name: 'Amy Guest', billings: [{ screen: 3, tier: 'guest' }] },
        { name: 'Bea Recurring', billings: [{ screen: 2, tier: 'recurring' }] },
        { name: 'Yan Main', billings: [{ screen: 1, tier: 'main' }] },
      ]),
    ).toEqual(['Yan Main', 'Bea Recurring', 'Amy Guest', 'Alan Unbilled']);
  });

  it('ranks by the best billing: a guest part later does not pull a lead down', () => {
    expect(
      names([
        { name: 'Ann Recurring', billings: [{ screen: 2, tier: 'recurring' }] },
        {
          name: 'Zoe Once Main',
          billings: [
            { screen: 1, tier: 'main' },
            { screen: 3, tier: 'guest' },
          ],
        },
      ]),
    ).toEqual(['Zoe Once Main', 'Ann Recurring']);
  });

  it('among equals, more seasons in that billing first, then A–Z', () => {
    expect(
      names([
        { name: 'Cy', billings: [{ screen: 3, tier: 'main' }] },
        { name: 'Bo', billings: [{ screen: 3, tier: 'main' }] },
        {
          name: 'Di',
          billings: [
            { screen: 2, tier: 'main' },
            { screen: 3, tier: 'main' },
          ],
        },
      ]),
    ).toEqual(['Di', 'Bo', 'Cy']);
  });

  it('is a total order: antisymmetric and consistent with sorting, for any billings', () => {
    const billing = fc.record({
      screen: fc.integer({ min: 1, max: 4 }),
      tier: fc.constantFrom('main', 'recurring', 'guest', null),
    });
    const person = fc.record({
      name: fc.string({ maxLength: 6 }),
      billings: fc.array(billing, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(person, person, (a, b) => {
        const ab = Math.sign(compareProminence(a, b));
        const ba = Math.sign(compareProminence(b, a));
        expect(ab).toBe(ba === 0 ? 0 : -ba);
      }),
    );
  });
});

describe('the wiki’s own lists', () => {
  const { content } = checkContent(readContent().raw);
  if (!content) throw new Error("the wiki's content does not pass its checks");
  const index = indexContent(content);

  it('the cast list opens with the main cast of the latest season, not with A', () => {
    const cast = castByProminence(index).filter((r) => r.kind === 'cast');
    const mains = cast.filter((r) => r.tier === 'main');
    // Every main cast member comes before every recurring or guest actor.
    const lastMain = Math.max(...mains.map((r) => cast.indexOf(r)));
    const firstOther = cast.findIndex((r) => r.tier !== 'main');
    expect(lastMain).toBeLessThan(firstOther);
    expect(cast.slice(0, 2).map((r) => r.name)).toEqual(
      expect.arrayContaining(['Joe Locke', 'Kit Connor']),
    );
    expect(cast.map((r) => r.prominence)).toEqual(
      [...cast.map((r) => r.prominence)].sort((a, b) => a - b),
    );
  });

  it('the character list opens with Charlie and Nick', () => {
    const rows = charactersByProminence(index);
    expect(rows.slice(0, 2).map((r) => r.name)).toEqual(
      expect.arrayContaining(['Charlie Spring', 'Nick Nelson']),
    );
    expect(rows.map((r) => r.prominence)).toEqual(rows.map((_, i) => i));
  });
});
