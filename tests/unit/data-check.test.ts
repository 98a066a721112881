import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset, formatProblem, jsonPath } from '../../src/data/check';
import { DATA_DIR, loadDataset } from '../fixtures/dataset';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function problemsAfter(mutate: (d: Json) => void) {
  const dataset = loadDataset() as Json;
  mutate(dataset);
  return checkDataset(dataset).map((p) => formatProblem(p));
}

describe('the bundled data', () => {
  it('passes every check', () => {
    expect(checkDataset(loadDataset())).toEqual([]);
  });
});

describe('schema problems name the file, the path, the value and what was expected', () => {
  it('a misspelt source id', () => {
    expect(
      problemsAfter((d) => {
        d['characters.json'][0].summary.sources[1] = 'wiki-gnn';
      }),
    ).toEqual([
      'src/data/json/characters.json at $[0].summary.sources[1]: found "wiki-gnn"; expected a source id listed in sources.json',
    ]);
  });

  it('an impossible date', () => {
    expect(
      problemsAfter((d) => {
        d['events.json'][2].date = '2022-02-30';
      }),
    ).toEqual([
      'src/data/json/events.json at $[2].date: found "2022-02-30"; expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD, and a real one',
    ]);
  });

  it('a volume number out of range', () => {
    const problems = problemsAfter((d) => {
      d['books.json'].volumes[0].plot[0].reveal.volume = 7;
    });
    expect(problems).toEqual([
      'src/data/json/books.json at $.volumes[0].plot[0].reveal.volume: found 7; expected a volume number from 1 to 6',
    ]);
  });

  it('a season number out of range', () => {
    expect(
      problemsAfter((d) => {
        d['people.json'][0].credits[0].screen = 0;
      }),
    ).toEqual([
      'src/data/json/people.json at $[0].credits[0].screen: found 0; expected a season number from 1 to 4 (4 is the film)',
    ]);
  });

  it('a slug with capitals', () => {
    expect(
      problemsAfter((d) => {
        d['characters.json'][1].slug = 'Nick-Nelson';
      }),
    ).toContain(
      'src/data/json/characters.json at $[1].slug: found "Nick-Nelson"; expected a lowercase slug such as "charlie-spring"',
    );
  });

  it('a key the schema does not know', () => {
    expect(
      problemsAfter((d) => {
        d['people.json'][3].nickname = 'Willy';
      }),
    ).toEqual([
      'src/data/json/people.json at $[3].nickname: found "Willy"; expected no key "nickname" here: it is not part of the schema (a typo?)',
    ]);
  });

  it('a fact with no source', () => {
    expect(
      problemsAfter((d) => {
        d['about.json'][0].sources = [];
      }),
    ).toEqual([
      'src/data/json/about.json at $[0].sources: found []; expected at least one source id: every fact needs a source',
    ]);
  });

  it('the wrong type', () => {
    expect(
      problemsAfter((d) => {
        d['screens.json'][0].episodes.count = 'eight';
      }),
    ).toEqual([
      'src/data/json/screens.json at $[0].episodes.count: found "eight"; expected a number',
    ]);
  });
});

describe('links between files', () => {
  it('a duplicate slug points at the first use', () => {
    expect(
      problemsAfter((d) => {
        d['characters.json'][2].slug = 'charlie-spring';
      }),
    ).toContain(
      'src/data/json/characters.json at $[2].slug: found "charlie-spring"; expected a unique slug (already used at $[0])',
    );
  });

  it('a credit for a character that does not exist', () => {
    expect(
      problemsAfter((d) => {
        d['people.json'][1].credits[0].character = 'nick-nelsen';
      }),
    ).toContain(
      'src/data/json/people.json at $[1].credits[0].character: found "nick-nelsen"; expected a character slug from characters.json',
    );
  });

  it('a relationship to an unknown character', () => {
    expect(
      problemsAfter((d) => {
        d['relationships.json'][0].b = 'charly-spring';
      }),
    ).toEqual([
      'src/data/json/relationships.json at $[0].b: found "charly-spring"; expected a character slug from characters.json',
    ]);
  });

  it('a prediction about an event that does not exist', () => {
    expect(
      problemsAfter((d) => {
        d['predictions.json'][0].claim.event = 's2-relase';
      }),
    ).toEqual([
      'src/data/json/predictions.json at $[0].claim.event: found "s2-relase"; expected an event id from events.json',
    ]);
  });

  it('a publication event that disagrees with its volume', () => {
    const problems = problemsAfter((d) => {
      const event = d['events.json'].find((e: Json) => e.id === 'v6-published');
      event.date = '2026-07-03';
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^src\/data\/json\/events\.json at \$\[\d+\]\.date: found "2026-07-03"; expected a date matching volume 6's publication in books\.json \(2026-07-02\)$/,
      ),
    ]);
  });

  it('a missing volume', () => {
    expect(
      problemsAfter((d) => {
        d['books.json'].volumes = d['books.json'].volumes.filter((v: Json) => v.number !== 2);
      }),
    ).toContain(
      'src/data/json/books.json at $.volumes: found "volume 2 missing"; expected volumes 1 to 6, each once',
    );
  });

  it('the article’s misspellings outside quotation marks', () => {
    expect(
      problemsAfter((d) => {
        d['about.json'][0].text = 'Based on the novels by Alice Osman.';
      }),
    ).toEqual([
      'src/data/json/about.json at $[0].text: found "Based on the novels by Alice Osman."; expected Alice Oseman (a misspelling may appear only in quotation marks)',
    ]);
  });
});

describe('jsonPath', () => {
  it('writes indexes and keys the way JSON tools do', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath([3, 'summary', 'sources', 0])).toBe('$[3].summary.sources[0]');
    expect(jsonPath(['odd key'])).toBe('$["odd key"]');
  });
});

describe('npm run check:data', () => {
  const run = (dir: string) => {
    try {
      return {
        code: 0,
        out: execFileSync('npx', ['tsx', 'scripts/check-data.ts', dir], {
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, out: e.stderr };
    }
  };

  it('fails with the file, path and value of a broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiki-data-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = join(dir, 'events.json');
    const events = JSON.parse(readFileSync(file, 'utf8'));
    events[4].date = 'May 2022';
    writeFileSync(file, JSON.stringify(events));
    const result = run(dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'events.json at $[4].date: found "May 2022"; expected an ISO date',
    );
  });

  it('names a file that is not JSON at all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiki-data-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'people.json'), '[{"slug": "joe-locke",');
    const result = run(dir);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/people\.json: not valid JSON/);
  });
}, 30_000);
