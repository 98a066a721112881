/** The content's types, for app code. Type-only, so the zod schemas they come from are never bundled. */
export type {
  AboutFact,
  Award,
  CastCredit,
  Change,
  Character,
  Claim,
  Credit,
  CrewCredit,
  Episode,
  Fact,
  PartialDate,
  Person,
  Place,
  PlotPoint,
  Prediction,
  RelatedBook,
  Relationship,
  Reveal,
  RoleTier,
  Screen,
  Source,
  SupportService,
  ContentNote,
  Volume,
  WikiEvent,
  WikiInfo,
} from './schema';

import type {
  SupportService,
  AboutFact,
  Award,
  Character,
  Episode,
  Person,
  Place,
  Prediction,
  RelatedBook,
  Relationship,
  Screen,
  Source,
  Volume,
  WikiEvent,
  WikiInfo,
} from './schema';

/** The whole content after it passed its checks, with ids attached (build time only). */
export interface Content {
  sources: Source[];
  people: Person[];
  characters: Character[];
  relationships: Relationship[];
  volumes: Volume[];
  books: RelatedBook[];
  seasons: Screen[];
  episodes: Episode[];
  events: WikiEvent[];
  predictions: Prediction[];
  places: Place[];
  awards: Award[];
  about: AboutFact[];
  support: SupportService[];
  wiki: WikiInfo;
}
