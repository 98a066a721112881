/**
 * The shape of every content file, as zod schemas: one file per entity under `src/content/<kind>/`
 * (docs/decisions/023-one-file-per-entity.md). An entity's id is its file name: a character's
 * slug, a source's id, an episode's `s2e4`.
 *
 * Build- and test-time only: `scripts/check-data.ts`, the content compiler and the tests parse the
 * files with these. App code imports the inferred *types* (through `./types`), never the schemas,
 * so zod stays out of the browser bundle (a byte-budget test checks that). The same schemas are
 * written out as JSON Schema for contributors' editors (`npm run schema`).
 *
 * A field that names another entity is declared as a reference, `ref('people', slug)` (as Astro's
 * `reference()`): the checks find every reference through the schema and test that what it names
 * is on record (check.ts), so no check lists the fields by hand.
 */
import { z } from 'zod';
import { CONTENT_THEMES } from './themes';
import { TIERS } from './vocabulary';

/**
 * What a reference can name: the entities of a collection by id or slug; volumes and seasons
 * (`screens`) by number; the plot points volumes list, by id; and a reveal tag's episode, by its
 * season and number.
 */
export const REF_TARGETS = [
  'sources',
  'people',
  'characters',
  'places',
  'events',
  'episodes',
  'volumes',
  'screens',
  'seasonsWithEpisodes',
  'plots',
  'revealEpisode',
] as const;
export type RefTarget = (typeof REF_TARGETS)[number];

/** The schemas that are references, and what each names. */
export const references = z.registry<{ ref: RefTarget }>();

/** `schema`, as a reference to a `target`: the same shape, known to the checks as a link. */
export function ref<S extends z.ZodType>(target: RefTarget, schema: S): S {
  const marked = schema.clone();
  references.add(marked, { ref: target });
  return marked;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for a date at year, month or day precision that is on the calendar ("2024-13-40" is not). */
function isCalendarDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, , month, day] = m;
  if (month === undefined) return true;
  const mm = Number(month);
  if (mm < 1 || mm > 12) return false;
  if (day === undefined) return true;
  const dd = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), mm, 0)).getUTCDate();
  return dd >= 1 && dd <= daysInMonth;
}

/** A calendar date at year, month or day precision: `2026`, `2023-12`, `2024-10-03`. */
export const partialDate = z
  .string()
  .refine(isCalendarDate, { message: 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD, and a real one' })
  .meta({
    description: 'A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.',
    pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  });

/** A whole day, for dates the wiki itself records (when a fact was checked or changed). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a day: YYYY-MM-DD' })
  .refine(isCalendarDate, { message: 'a day on the calendar: YYYY-MM-DD, a real one' })
  .meta({ description: 'A day: YYYY-MM-DD.' });

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'a lowercase slug such as "charlie-spring"' });

const sourceIds = z
  .array(ref('sources', z.string().min(1, { message: 'a source id' })))
  .min(1, { message: 'at least one source id: every fact needs a source' })
  .meta({
    description:
      'Ids of the sources that say this (file names in src/content/sources, without .json).',
  });

const text = z
  .string()
  .trim()
  .min(1, { message: 'some text' })
  .meta({ description: 'Your own words; never a copied sentence.' });

/** A name, title or short label, as the source spells it. */
const label = z
  .string()
  .trim()
  .min(1, { message: 'some text' })
  .meta({ description: 'As the source spells it.' });

/**
 * Numbers carry no upper bound here: which volumes and screens exist is the content's to say (a
 * reference names one on record; src/data/shape.json is derived from the files), so a new volume
 * or season is one file, not a schema change.
 */
export const volumeNumber = z
  .int({ message: 'a whole volume number' })
  .min(1, { message: 'a volume number from 1' });

/** The seasons in order, then the film (Heartstopper Forever). */
export const screenNumber = z
  .int({ message: 'a whole season number' })
  .min(1, { message: 'a season number from 1' });

/** A volume, a season or the film on record, by number. */
const volumeRef = ref('volumes', volumeNumber);
const screenRef = ref('screens', screenNumber);
const personRef = ref('people', slug);
const characterRef = ref('characters', slug);

const episodeNumber = z
  .int({ message: 'a whole episode number' })
  .min(1, { message: 'an episode number from 1' })
  .max(20, { message: 'an episode number of a season' });

/**
 * The earliest book volume and/or screen entry that gives this fact away. `episode` narrows a
 * season to the episode that reveals it; without it, the whole season counts (the last episode).
 */
export const reveal = ref(
  'revealEpisode',
  z.strictObject({
    volume: volumeRef.optional(),
    screen: screenRef.optional(),
    episode: episodeNumber.optional(),
  }),
)
  .refine((r) => r.volume !== undefined || r.screen !== undefined, {
    message: 'a volume, a screen number or both',
  })
  .refine((r) => r.episode === undefined || r.screen !== undefined, {
    message: 'an episode only with the season it belongs to',
  })
  .meta({
    description:
      'Spoiler tag: the earliest volume and/or season (4 = the film) that gives this away; episode narrows the season.',
  });

/** One cited statement. `reveal` when it gives part of the story away. */
export const fact = z.strictObject({ text, sources: sourceIds, reveal: reveal.optional() });

/**
 * What changed in a file and when: the "Recent changes" page and the feed read these. Write it
 * spoiler-free; where it cannot be, tag it: the page then hides it below that level, and the
 * feed (whose readers have no settings) leaves its words out.
 */
const change = z.strictObject({
  date: day,
  kind: z.enum(['added', 'corrected', 'expanded', 'removed'], {
    message: 'added, corrected, expanded or removed',
  }),
  text,
  reveal: reveal.optional(),
});

/** Fields every entity file may carry. */
const common = {
  /** The day a contributor last checked this file's facts against its sources. */
  checked: day.optional(),
  changes: z.array(change).optional(),
  /**
   * Remarks for editors, not readers: how a fact was sourced, what no source gives, a house style
   * choice. Shown only on the file's contribution page (/contribute/<kind>/<id>/), never in a
   * page's reading text.
   */
  editorsNotes: z.array(text).min(1).optional().meta({
    description:
      "Remarks for editors (sourcing, what no source gives, house style), shown only on the file's contribution page.",
  }),
};

const theme = z.enum(CONTENT_THEMES, {
  message: `a content theme: ${CONTENT_THEMES.join(', ')}`,
});

/**
 * Content notes: the themes a reader may want warning of, each cited (a broadcaster's advisory,
 * the author's own content warnings, a review that lists them). Never a plot event, so never a
 * spoiler: "Self-harm", not what happens.
 */
const contentNotes = z
  .array(
    z.strictObject({
      theme,
      /** A short, spoiler-free qualifier: "discussed, not shown", "references". */
      note: text.optional(),
      sources: sourceIds,
    }),
  )
  .min(1)
  .meta({ description: 'Themes a reader may want warning of, each with its sources.' });

const aliases = z
  .array(label)
  .meta({ description: 'Other names search should find: a surname alone, a common misspelling.' });

export const sourceSchema = z.strictObject({
  title: label,
  publisher: label,
  published: partialDate,
  revised: partialDate.optional(),
  url: z.url({ protocol: /^https$/, message: 'an https:// address' }),
  confidence: z.enum(['A', 'B'], { message: 'A (primary or major outlet) or B (secondary)' }),
  note: text.optional(),
  /** When the title itself gives the story away: the source list then names it only by kind. */
  reveal: reveal.optional(),
  ...common,
});

const tier = z.enum(TIERS, { message: 'main, recurring or guest' });

const castCredit = z.strictObject({
  kind: z.literal('cast'),
  character: characterRef.nullable(),
  screen: screenRef,
  tier: tier.nullable(),
  /** Episodes of the season they appear in, where a source lists them. */
  episodes: z.array(episodeNumber).min(1).optional(),
  note: text.optional(),
  sources: sourceIds,
});

export const JOBS = [
  'Creator',
  'Writer',
  'Showrunner',
  'Director',
  'Executive producer',
  'Producer',
  'Composer',
  'Casting director',
  'Director of photography',
  'Editor',
  'Music supervisor',
  'Production designer',
  'Set decorator',
] as const;

const crewCredit = z.strictObject({
  kind: z.literal('crew'),
  job: z.enum(JOBS),
  /** The season or the film; left out when the credit covers the whole series. */
  screen: screenRef.optional(),
  note: text.optional(),
  sources: sourceIds,
});

export const personSchema = z.strictObject({
  name: label,
  searchAliases: aliases,
  pronouns: text.optional(),
  /** One or two spoiler-free sentences: lists and link previews show this. */
  summary: fact.optional(),
  /** A short biography, one cited paragraph each. */
  bio: z.array(fact).optional(),
  credits: z
    .array(z.discriminatedUnion('kind', [castCredit, crewCredit]))
    .min(1, { message: 'at least one credit' }),
  ...common,
});

export const characterSchema = z.strictObject({
  name: label,
  searchAliases: aliases,
  /** Who they are, without giving the story away: lists and link previews show this. */
  summary: fact,
  /** Several cited paragraphs: background, personality, ties (spoiler-tagged where needed). */
  bio: z.array(fact).optional(),
  /** Their story in the graphic novels: each point tagged with the volume that tells it. */
  inBooks: z.array(fact).optional(),
  /** Their story on screen: each point tagged with the season (and episode) that shows it. */
  onScreen: z.array(fact).optional(),
  bookDebut: z
    .strictObject({ volume: volumeRef, earlier: text.optional(), sources: sourceIds })
    .optional(),
  screenDebut: z
    .strictObject({ screen: screenRef, episode: episodeNumber.optional(), sources: sourceIds })
    .optional(),
  /** True for characters who appear only in the books, so no credit names them. */
  bookOnly: z.literal(true).optional(),
  ...common,
});

export const relationshipSchema = z.strictObject({
  a: characterRef,
  b: characterRef,
  group: z.enum(['family', 'romance', 'friendship', 'conflict']),
  aToB: text,
  bToA: text,
  text: text.optional(),
  sources: sourceIds,
  reveal: reveal.optional(),
  ...common,
});

const adaptation = z.strictObject({ screen: screenRef, sources: sourceIds });

const plotPoint = z.strictObject({
  id: slug,
  text,
  characters: z.array(characterRef),
  sources: sourceIds,
  reveal,
});

export const volumeSchema = z.strictObject({
  number: volumeNumber,
  final: z
    .strictObject({ announced: partialDate, sources: sourceIds, note: text.optional() })
    .optional(),
  published: z
    .array(
      z.strictObject({
        date: partialDate,
        region: label.optional(),
        publisher: label.optional(),
        note: text.optional(),
        sources: sourceIds,
      }),
    )
    .min(1),
  adaptedIn: z.array(adaptation),
  /**
   * What happens in it: one list of cited points, in story order, each tagged with this volume
   * (and the season that shows it) and naming the characters in it, whose pages list it too.
   */
  plot: z.array(plotPoint),
  /** Where the screen version differs, as sources discuss it. */
  differences: z.array(fact).optional(),
  contentNotes: contentNotes.optional(),
  ...common,
});

export const bookSchema = z.strictObject({
  title: label,
  kind: z.enum(['novel', 'novella', 'companion']),
  published: partialDate,
  publisher: label.optional(),
  summary: text,
  /** How it ties to Heartstopper. */
  ties: z.array(fact).optional(),
  adaptedIn: z.array(adaptation),
  sources: sourceIds,
  ...common,
});

export const seasonSchema = z.strictObject({
  number: screenNumber,
  kind: z.enum(['season', 'film']),
  title: label,
  /** Short label for filters and badges: "Season 1", "The film". */
  short: label,
  /** The value of `?season=` for this entry: "1", "film". */
  param: z.string().regex(/^[a-z0-9]+$/),
  episodes: z
    .strictObject({
      count: z.int().positive(),
      runtime: text.optional(),
      sources: sourceIds,
    })
    .optional(),
  synopsis: z.array(fact).optional(),
  notes: z.array(fact),
  contentNotes: contentNotes.optional(),
  ...common,
});

export const episodeSchema = z.strictObject({
  season: ref('seasonsWithEpisodes', screenNumber),
  number: episodeNumber,
  title: label,
  /** Sources for the title and its place in the season. */
  sources: sourceIds,
  runtime: z.strictObject({ minutes: z.int().positive(), sources: sourceIds }).optional(),
  writers: z.strictObject({ people: z.array(personRef).min(1), sources: sourceIds }).optional(),
  directors: z.strictObject({ people: z.array(personRef).min(1), sources: sourceIds }).optional(),
  adapts: z
    .strictObject({
      volumes: z.array(volumeRef).min(1),
      chapters: text.optional(),
      sources: sourceIds,
    })
    .optional(),
  /** Characters who appear, where a source says so. */
  characters: z.strictObject({ list: z.array(characterRef).min(1), sources: sourceIds }).optional(),
  music: z
    .array(
      z.strictObject({
        title: label,
        artist: label,
        note: text.optional(),
        sources: sourceIds,
      }),
    )
    .optional(),
  /** The story of the episode in our own words, in parts, each tagged with this episode. */
  synopsis: z.array(fact),
  contentNotes: contentNotes.optional(),
  ...common,
});

export const EVENT_KINDS = [
  'filming',
  'wrap',
  'announcement',
  'release',
  'renewal',
  'publication',
  'speculation',
  'award',
] as const;

export const eventSchema = z.strictObject({
  date: partialDate,
  endDate: partialDate.optional(),
  kind: z.enum(EVENT_KINDS),
  screen: screenRef.optional(),
  volume: volumeRef.optional(),
  expected: z.boolean().optional(),
  title: label,
  text,
  sources: sourceIds,
  ...common,
});

const monthDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'a month: YYYY-MM' });

const claim = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('window'),
    event: ref('events', slug),
    from: monthDate,
    to: monthDate,
    label: text,
  }),
  z.strictObject({
    type: z.literal('episode-count'),
    screen: screenRef,
    count: z.int().positive(),
  }),
  z.strictObject({
    type: z.literal('duration'),
    screen: screenRef,
    phase: z.enum(['filming', 'post-production']),
    limitMonths: z.int().positive(),
    strict: z.boolean(),
    baseline: screenRef,
  }),
  z.strictObject({ type: z.literal('adapts'), screen: screenRef, volume: volumeRef }),
  z.strictObject({ type: z.literal('plot'), screen: screenRef, plot: ref('plots', slug) }),
  z.strictObject({ type: z.literal('debut'), screen: screenRef, character: characterRef }),
  z.strictObject({
    type: z.literal('cast-returns'),
    screen: screenRef,
    people: z.array(personRef).min(1),
  }),
]);

export const predictionSchema = z.strictObject({
  source: ref('sources', z.string().min(1)),
  topic: label,
  statement: text,
  claim,
  note: text.optional(),
  noteSources: sourceIds.optional(),
  reveal: reveal.optional(),
  ...common,
});

export const placeSchema = z.strictObject({
  name: label,
  kind: z.enum(['story', 'filming'], {
    message: 'story (in the story) or filming (a real location)',
  }),
  searchAliases: aliases,
  summary: fact,
  facts: z.array(fact).optional(),
  /** For a filming location: the in-story places it stands in for. */
  standsIn: z
    .strictObject({ places: z.array(ref('places', slug)).min(1), sources: sourceIds })
    .optional(),
  /** Seasons (4 = the film) where it is on screen, where a source says so. */
  screens: z.strictObject({ list: z.array(screenRef).min(1), sources: sourceIds }).optional(),
  ...common,
});

export const awardSchema = z.strictObject({
  /** "Children's and Family Emmy Awards". */
  ceremony: label,
  /** The year of the ceremony. */
  year: z.int().min(2016).max(2100),
  date: partialDate.optional(),
  category: label,
  /** Who or what was nominated, as the ceremony named it. */
  nominee: label,
  people: z.array(personRef).optional(),
  screen: screenRef.optional(),
  episode: ref('episodes', slug).optional(),
  result: z.enum(['won', 'nominated'], { message: 'won or nominated' }),
  sources: sourceIds,
  ...common,
});

export const aboutSchema = z.strictObject({ text, sources: sourceIds, ...common });

/**
 * A support service a reader can turn to ("If this affects you"), shown beside content notes for
 * the themes it covers, in the reader's country first. Fans extend the list: one file a service.
 */
export const supportSchema = z.strictObject({
  name: label,
  /** ISO 3166 two-letter country code: "GB", "US", "IE". */
  country: z.string().regex(/^[A-Z]{2}$/, { message: 'a two-letter country code such as "GB"' }),
  /** "United Kingdom". */
  countryName: label,
  themes: z.array(theme).min(1),
  /** What they offer, in a sentence of your own. */
  about: text,
  url: z.url({ protocol: /^https$/, message: 'an https:// address' }),
  /** As the service writes it: "0808 801 0677". */
  phone: label.optional(),
  /** A text or chat line: "Text SHOUT to 85258". */
  textLine: label.optional(),
  /** When they answer, as the service says. */
  hours: text.optional(),
  sources: sourceIds,
  ...common,
});

/** The wiki as a whole: when its facts were last checked against the sources. */
export const wikiSchema = z.strictObject({ checked: day, note: text.optional() });

/**
 * Every kind of content: its folder under src/content/ and the schema each file in it matches.
 * `wiki` is a single file, src/content/wiki.json.
 */
export const collections = {
  sources: sourceSchema,
  people: personSchema,
  characters: characterSchema,
  relationships: relationshipSchema,
  volumes: volumeSchema,
  books: bookSchema,
  seasons: seasonSchema,
  episodes: episodeSchema,
  events: eventSchema,
  predictions: predictionSchema,
  places: placeSchema,
  awards: awardSchema,
  about: aboutSchema,
  support: supportSchema,
} as const;

export type CollectionName = keyof typeof collections;

type WithId<T> = T & { id: string };
type WithSlug<T> = T & { slug: string };

export type PartialDate = string;
export type Reveal = z.infer<typeof reveal>;
export type Fact = z.infer<typeof fact>;
export type Change = z.infer<typeof change>;
export type Source = WithId<z.infer<typeof sourceSchema>>;
export type Person = WithSlug<z.infer<typeof personSchema>>;
export type Credit = Person['credits'][number];
export type CastCredit = z.infer<typeof castCredit>;
export type CrewCredit = z.infer<typeof crewCredit>;
export type RoleTier = z.infer<typeof tier>;
export type Character = WithSlug<z.infer<typeof characterSchema>>;
export type Relationship = WithId<z.infer<typeof relationshipSchema>>;
export type Volume = WithId<z.infer<typeof volumeSchema>>;
export type RelatedBook = WithSlug<z.infer<typeof bookSchema>>;
export type PlotPoint = z.infer<typeof plotPoint>;
export type Screen = WithSlug<z.infer<typeof seasonSchema>>;
export type Episode = WithId<z.infer<typeof episodeSchema>>;
export type WikiEvent = WithId<z.infer<typeof eventSchema>>;
export type Claim = z.infer<typeof claim>;
export type Prediction = WithId<z.infer<typeof predictionSchema>>;
export type Place = WithSlug<z.infer<typeof placeSchema>>;
export type Award = WithId<z.infer<typeof awardSchema>>;
export type AboutFact = WithId<z.infer<typeof aboutSchema>>;
export type SupportService = WithId<z.infer<typeof supportSchema>>;
export type ContentNote = NonNullable<z.infer<typeof contentNotes>>[number];
export type WikiInfo = z.infer<typeof wikiSchema>;
