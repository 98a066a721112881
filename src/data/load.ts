/**
 * The one place that loads bundled data. Each file is its own chunk (a dynamic import), so a
 * page downloads only the files it shows. The files were validated at build time
 * (npm run check:data), which is what makes the casts below safe.
 */
import type {
  AboutFact,
  Books,
  Character,
  Person,
  Prediction,
  Relationship,
  Screen,
  Source,
  WikiEvent,
} from './types';

const data =
  <T>(load: () => Promise<{ default: unknown }>) =>
  async (): Promise<T> =>
    (await load()).default as T;

export const loadSources = data<Source[]>(() => import('./json/sources.json'));
export const loadPeople = data<Person[]>(() => import('./json/people.json'));
export const loadCharacters = data<Character[]>(() => import('./json/characters.json'));
export const loadRelationships = data<Relationship[]>(() => import('./json/relationships.json'));
export const loadBooks = data<Books>(() => import('./json/books.json'));
export const loadScreens = data<Screen[]>(() => import('./json/screens.json'));
export const loadEvents = data<WikiEvent[]>(() => import('./json/events.json'));
export const loadPredictions = data<Prediction[]>(() => import('./json/predictions.json'));
export const loadAbout = data<AboutFact[]>(() => import('./json/about.json'));
