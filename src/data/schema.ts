/**
 * The shape of every bundled data file, as zod schemas.
 *
 * Build- and test-time only: `scripts/check-data.ts` and the tests parse the JSON with these.
 * App code imports the inferred *types* (through `./types`), never the schemas, so zod stays out
 * of the browser bundle (a byte-budget test checks that).
 */
import { z } from 'zod';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A calendar date at year, month or day precision: `2026`, `2023-12`, `2024-10-03`. */
export const partialDate = z.string().refine(
  (value) => {
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
  },
  { message: 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD, and a real one' },
);

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'a lowercase slug such as "charlie-spring"' });

const sourceIds = z
  .array(z.string().min(1, { message: 'a source id' }))
  .min(1, { message: 'at least one source id: every fact needs a source' });

const text = z.string().trim().min(1, { message: 'some text' });

export const volumeNumber = z
  .int({ message: 'a whole volume number' })
  .min(1, { message: 'a volume number from 1 to 6' })
  .max(6, { message: 'a volume number from 1 to 6' });

/** 1–3 are the seasons; 4 is the film, Heartstopper Forever. */
export const screenNumber = z
  .int({ message: 'a whole season number' })
  .min(1, { message: 'a season number from 1 to 4 (4 is the film)' })
  .max(4, { message: 'a season number from 1 to 4 (4 is the film)' });

/** The earliest book volume and/or screen entry that gives this fact away. */
export const reveal = z
  .strictObject({ volume: volumeNumber.optional(), screen: screenNumber.optional() })
  .refine((r) => r.volume !== undefined || r.screen !== undefined, {
    message: 'a volume, a screen number or both',
  });

const fact = z.strictObject({ text, sources: sourceIds, reveal: reveal.optional() });

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  publisher: text,
  published: partialDate,
  revised: partialDate.optional(),
  url: z.url({ protocol: /^https$/, message: 'an https:// address' }),
  confidence: z.enum(['A', 'B'], { message: 'A (primary or major outlet) or B (secondary)' }),
  note: text.optional(),
});

const tier = z.enum(['main', 'recurring', 'guest'], { message: 'main, recurring or guest' });

const castCredit = z.strictObject({
  kind: z.literal('cast'),
  character: slug.nullable(),
  screen: screenNumber,
  tier: tier.nullable(),
  note: text.optional(),
  sources: sourceIds,
});

const crewCredit = z.strictObject({
  kind: z.literal('crew'),
  job: z.enum(['Creator', 'Writer', 'Showrunner', 'Director']),
  screen: screenNumber.optional(),
  sources: sourceIds,
});

export const personSchema = z.strictObject({
  slug,
  name: text,
  searchAliases: z.array(text),
  pronouns: text.optional(),
  summary: fact.optional(),
  credits: z
    .array(z.discriminatedUnion('kind', [castCredit, crewCredit]))
    .min(1, { message: 'at least one credit' }),
});

export const characterSchema = z.strictObject({
  slug,
  name: text,
  searchAliases: z.array(text),
  summary: fact,
  bookDebut: z
    .strictObject({ volume: volumeNumber, earlier: text.optional(), sources: sourceIds })
    .optional(),
  facts: z.array(fact),
});

export const relationshipSchema = z.strictObject({
  a: slug,
  b: slug,
  group: z.enum(['family', 'romance', 'friendship', 'conflict']),
  aToB: text,
  bToA: text,
  text: text.optional(),
  sources: sourceIds,
  reveal: reveal.optional(),
});

const adaptation = z.strictObject({ screen: screenNumber, sources: sourceIds });

const plotPoint = z.strictObject({
  id: slug,
  text,
  characters: z.array(slug),
  sources: sourceIds,
  reveal,
});

export const booksSchema = z.strictObject({
  volumes: z.array(
    z.strictObject({
      number: volumeNumber,
      final: z
        .strictObject({ announced: partialDate, sources: sourceIds, note: text.optional() })
        .optional(),
      published: z
        .array(
          z.strictObject({
            date: partialDate,
            region: text.optional(),
            note: text.optional(),
            sources: sourceIds,
          }),
        )
        .min(1),
      adaptedIn: z.array(adaptation),
      plot: z.array(plotPoint),
    }),
  ),
  related: z.array(
    z.strictObject({
      slug,
      title: text,
      kind: z.enum(['novel', 'novella']),
      published: partialDate,
      summary: text,
      adaptedIn: z.array(adaptation),
      sources: sourceIds,
    }),
  ),
});

export const screenSchema = z.strictObject({
  number: screenNumber,
  slug,
  kind: z.enum(['season', 'film']),
  title: text,
  episodes: z
    .strictObject({
      count: z.int().positive(),
      runtime: text.optional(),
      titles: z.array(text).optional(),
      sources: sourceIds,
    })
    .optional(),
  notes: z.array(fact),
});

export const eventSchema = z.strictObject({
  id: slug,
  date: partialDate,
  endDate: partialDate.optional(),
  kind: z.enum([
    'filming',
    'wrap',
    'announcement',
    'release',
    'renewal',
    'publication',
    'speculation',
  ]),
  screen: screenNumber.optional(),
  volume: volumeNumber.optional(),
  expected: z.boolean().optional(),
  title: text,
  text,
  sources: sourceIds,
});

const monthDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'a month: YYYY-MM' });

const claim = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('window'),
    event: slug,
    from: monthDate,
    to: monthDate,
    label: text,
  }),
  z.strictObject({
    type: z.literal('episode-count'),
    screen: screenNumber,
    count: z.int().positive(),
  }),
  z.strictObject({
    type: z.literal('duration'),
    screen: screenNumber,
    phase: z.enum(['filming', 'post-production']),
    limitMonths: z.int().positive(),
    strict: z.boolean(),
    baseline: screenNumber,
  }),
  z.strictObject({ type: z.literal('adapts'), screen: screenNumber, volume: volumeNumber }),
  z.strictObject({ type: z.literal('plot'), screen: screenNumber, plot: slug }),
  z.strictObject({ type: z.literal('debut'), screen: screenNumber, character: slug }),
  z.strictObject({
    type: z.literal('cast-returns'),
    screen: screenNumber,
    people: z.array(slug).min(1),
  }),
]);

export const predictionSchema = z.strictObject({
  id: slug,
  source: z.string().min(1),
  topic: text,
  statement: text,
  claim,
  note: text.optional(),
  noteSources: sourceIds.optional(),
  reveal: reveal.optional(),
});

export const aboutSchema = z.strictObject({ id: slug, text, sources: sourceIds });

/** Every bundled data file and the schema its whole content must match. */
export const dataFileSchemas = {
  'sources.json': z.array(sourceSchema),
  'people.json': z.array(personSchema),
  'characters.json': z.array(characterSchema),
  'relationships.json': z.array(relationshipSchema),
  'books.json': booksSchema,
  'screens.json': z.array(screenSchema),
  'events.json': z.array(eventSchema),
  'predictions.json': z.array(predictionSchema),
  'about.json': z.array(aboutSchema),
} as const;

export type DataFileName = keyof typeof dataFileSchemas;

export type PartialDate = string;
export type Reveal = z.infer<typeof reveal>;
export type Fact = z.infer<typeof fact>;
export type Source = z.infer<typeof sourceSchema>;
export type Person = z.infer<typeof personSchema>;
export type Credit = Person['credits'][number];
export type CastCredit = z.infer<typeof castCredit>;
export type CrewCredit = z.infer<typeof crewCredit>;
export type RoleTier = z.infer<typeof tier>;
export type Character = z.infer<typeof characterSchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
export type Books = z.infer<typeof booksSchema>;
export type Volume = Books['volumes'][number];
export type RelatedBook = Books['related'][number];
export type PlotPoint = z.infer<typeof plotPoint>;
export type Screen = z.infer<typeof screenSchema>;
export type WikiEvent = z.infer<typeof eventSchema>;
export type Claim = z.infer<typeof claim>;
export type Prediction = z.infer<typeof predictionSchema>;
export type AboutFact = z.infer<typeof aboutSchema>;
