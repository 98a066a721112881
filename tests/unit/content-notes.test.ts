import { describe, expect, it } from 'vitest';
import { supportFor, themeList, themesOf } from '../../src/data/content-notes';
import type { SupportService } from '../../src/data/types';

const service = (
  id: string,
  country: string,
  countryName: string,
  themes: SupportService['themes'],
): SupportService => ({
  id,
  name: id,
  country,
  countryName,
  themes,
  about: `${id} helps.`,
  url: `https://${id}.example/`,
  sources: ['s'],
});

const SERVICES = [
  service('Zed Line', 'GB', 'United Kingdom', ['eating-disorders']),
  service('Able Line', 'GB', 'United Kingdom', ['suicide', 'mental-health']),
  service('Pride Line', 'US', 'United States', ['homophobia', 'transphobia']),
  service('Food Line', 'IE', 'Ireland', ['eating-disorders']),
];

describe('support beside content notes', () => {
  it('lists the services for a page’s themes by country A to Z, each country’s services A to Z', () => {
    const groups = supportFor(['eating-disorders', 'suicide'], SERVICES);
    expect(groups.map((g) => g.countryName)).toEqual(['Ireland', 'United Kingdom']);
    expect(groups[1]!.services.map((s) => s.name)).toEqual(['Able Line', 'Zed Line']);
  });

  it('turns to a listening line after self-harm and an LGBT+ line after being outed', () => {
    expect(supportFor(['self-harm'], SERVICES).flatMap((g) => g.services.map((s) => s.id))).toEqual(
      ['Able Line'],
    );
    expect(supportFor(['outing'], SERVICES).flatMap((g) => g.services.map((s) => s.id))).toEqual([
      'Pride Line',
    ]);
  });

  it('offers nothing for a page without notes, or for themes no service covers', () => {
    expect(supportFor(themesOf(undefined), SERVICES)).toEqual([]);
    expect(supportFor(['alcohol'], SERVICES)).toEqual([]);
  });

  it('names each theme once, in the order the notes give them', () => {
    expect(
      themesOf([
        { theme: 'homophobia', sources: ['a'] },
        { theme: 'self-harm', sources: ['b'] },
        { theme: 'homophobia', note: 'references', sources: ['c'] },
      ]),
    ).toEqual(['homophobia', 'self-harm']);
  });
});

describe('the short form on the lists', () => {
  it('joins the themes as a sentence fragment', () => {
    expect(themeList(['eating-disorders', 'self-harm', 'homophobia'])).toBe(
      'Eating disorders, self-harm and homophobia',
    );
    expect(themeList(['alcohol'])).toBe('Alcohol');
    expect(themeList([])).toBe('');
  });
});
