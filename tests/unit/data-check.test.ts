import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readContent } from '../../scripts/lib/read-content';
import { checkContent, formatProblem, jsonPath } from '../../src/data/check';
import { referencesIn } from '../../src/data/references';
import { collections } from '../../src/data/schema';
import { rawFixture } from '../fixtures/wiki';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The problems after breaking the fixture wiki's files, as `npm run check:data` prints them. */
function problemsAfter(mutate: (files: Json) => void) {
  const raw = rawFixture();
  mutate(raw.collections);
  return checkContent(raw).problems.map((p) => formatProblem(p));
}

describe('a wiki that follows the rules', () => {
  it('passes, and the checked content carries ids from the file names', () => {
    const { problems, content } = checkContent(rawFixture());
    expect(problems).toEqual([]);
    expect(content?.characters.map((c) => c.slug)).toContain('ana-lead');
    expect(content?.episodes.map((e) => e.id)).toContain('s1e1');
  });
});

describe('references declared in the schema', () => {
  it('are found wherever a file names another entity, by path, through unions and arrays', () => {
    const prediction = {
      source: 'guess-2022',
      topic: 'Who returns',
      statement: 'Both leads return.',
      claim: { type: 'cast-returns', screen: 2, people: ['alex-actor', 'bea-player'] },
      noteSources: ['paper-2022'],
      reveal: { screen: 2, episode: 3 },
    };
    expect(
      referencesIn(collections.predictions, prediction).map(
        (r) => `${jsonPath(r.path)} ${r.target} ${JSON.stringify(r.value)}`,
      ),
    ).toEqual([
      '$.source sources "guess-2022"',
      '$.claim.screen screens 2',
      '$.claim.people[0] people "alex-actor"',
      '$.claim.people[1] people "bea-player"',
      '$.noteSources[0] sources "paper-2022"',
      '$.reveal revealEpisode {"screen":2,"episode":3}',
      '$.reveal.screen screens 2',
    ]);
  });

  it('are not found in fields that only look like them', () => {
    // A plot point's own id and a volume's own number define, they do not refer.
    const refs = referencesIn(collections.volumes, {
      number: 1,
      plot: [
        {
          id: 'v1-meet',
          text: 'x',
          characters: [],
          sources: ['paper-2022'],
          reveal: { volume: 1 },
        },
      ],
    });
    expect(refs.map((r) => jsonPath(r.path))).toEqual([
      '$.plot[0].sources[0]',
      '$.plot[0].reveal',
      '$.plot[0].reveal.volume',
    ]);
  });
});

describe('schema problems name the file, the path, the value and what was expected', () => {
  it('a misspelt source id', () => {
    expect(
      problemsAfter((f) => {
        f.characters['ana-lead'].summary.sources[0] = 'paper-2222';
      }),
    ).toEqual([
      'src/content/characters/ana-lead.json at $.summary.sources[0]: found "paper-2222"; expected a source id: a file in src/content/sources',
    ]);
  });

  it('an impossible date', () => {
    expect(
      problemsAfter((f) => {
        f.events['s1-release'].date = '2022-02-30';
      }),
    ).toEqual([
      'src/content/events/s1-release.json at $.date: found "2022-02-30"; expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD, and a real one',
    ]);
  });

  it('a volume that is not on record, and one that is not a volume number', () => {
    // No bound in the schema: the volumes on record are the range, so a seventh volume is one file.
    expect(
      problemsAfter((f) => {
        f.volumes['volume-1'].plot[0].reveal.volume = 7;
      }),
    ).toContain(
      'src/content/volumes/volume-1.json at $.plot[0].reveal.volume: found 7; expected a volume on record (1 to 6)',
    );
    expect(
      problemsAfter((f) => {
        f.volumes['volume-1'].plot[0].reveal.volume = 0;
      }),
    ).toEqual([
      'src/content/volumes/volume-1.json at $.plot[0].reveal.volume: found 0; expected a volume number from 1',
    ]);
  });

  it('an episode of the film, which has none', () => {
    expect(
      problemsAfter((f) => {
        f.episodes['s1e1'].season = 4;
      }).join('\n'),
    ).toContain(
      'src/content/episodes/s1e1.json at $.season: found 4; expected a season on record (1, 2, 3; the film has no episodes)',
    );
  });

  it('an episode in a reveal tag without its season', () => {
    expect(
      problemsAfter((f) => {
        f.characters['ana-lead'].onScreen[1].reveal = { episode: 1 };
      }),
    ).toContain(
      'src/content/characters/ana-lead.json at $.onScreen[1].reveal: found {"episode":1}; expected a volume, a screen number or both',
    );
  });

  it('a key the schema does not know', () => {
    expect(
      problemsAfter((f) => {
        f.people['bea-player'].nickname = 'B';
      }),
    ).toEqual([
      'src/content/people/bea-player.json at $.nickname: found "B"; expected no key "nickname" here: it is not part of the schema (a typo?)',
    ]);
  });

  it('a fact with no source', () => {
    expect(
      problemsAfter((f) => {
        f.about.premise.sources = [];
      }),
    ).toEqual([
      'src/content/about/premise.json at $.sources: found []; expected at least one source id: every fact needs a source',
    ]);
  });

  it('the wrong type', () => {
    expect(
      problemsAfter((f) => {
        f.seasons['season-1'].episodes.count = 'eight';
      }),
    ).toEqual([
      'src/content/seasons/season-1.json at $.episodes.count: found "eight"; expected a number',
    ]);
  });

  it('a file name that is not a slug', () => {
    expect(
      problemsAfter((f) => {
        f.characters['Ana Lead'] = f.characters['ana-lead'];
      }),
    ).toContain(
      'src/content/characters/Ana Lead.json at (file name): found "Ana Lead"; expected a file name in lowercase letters, digits and hyphens: "charlie-spring.json"',
    );
  });
});

describe('links between files', () => {
  it('a credit for a character that does not exist', () => {
    expect(
      problemsAfter((f) => {
        f.people['alex-actor'].credits[0].character = 'ana-led';
      }),
    ).toContain(
      'src/content/people/alex-actor.json at $.credits[0].character: found "ana-led"; expected a character: a file in src/content/characters',
    );
  });

  it('a relationship to an unknown character, and a file named for other characters', () => {
    expect(
      problemsAfter((f) => {
        f.relationships['ana-lead--bo-friend'].b = 'bo-frend';
      }),
    ).toEqual([
      'src/content/relationships/ana-lead--bo-friend.json at $.b: found "bo-frend"; expected a character: a file in src/content/characters',
      'src/content/relationships/ana-lead--bo-friend.json at $["(file name)"]: found "ana-lead--bo-friend"; expected the file to be named "ana-lead--bo-frend.json"',
    ]);
  });

  it('a prediction about an event that does not exist', () => {
    expect(
      problemsAfter((f) => {
        f.predictions['s2-in-autumn'].claim.event = 's2-relase';
      }),
    ).toEqual([
      'src/content/predictions/s2-in-autumn.json at $.claim.event: found "s2-relase"; expected an event: a file in src/content/events',
    ]);
  });

  it('a publication event that disagrees with its volume', () => {
    expect(
      problemsAfter((f) => {
        f.events['v6-published'].date = '2026-07-03';
      }),
    ).toEqual([
      'src/content/events/v6-published.json at $.date: found "2026-07-03"; expected a date matching volume 6\'s publication (2026-07-02)',
    ]);
  });

  it('a missing volume breaks the run of numbers', () => {
    expect(
      problemsAfter((f) => {
        delete f.volumes['volume-2'];
      }),
    ).toContain(
      'src/content/volumes/volume-3.json at $.number: found 3; expected volumes numbered 1, 2, 3… with no gap',
    );
  });

  it('a source that nothing cites', () => {
    expect(
      problemsAfter((f) => {
        f.sources['unused-2024'] = { ...f.sources['paper-2022'], url: 'https://x.example/' };
      }),
    ).toEqual([
      'src/content/sources/unused-2024.json at $: found "unused-2024"; expected a source that some fact cites (or remove the file)',
    ]);
  });

  it('an episode synopsis tagged with another episode', () => {
    expect(
      problemsAfter((f) => {
        f.episodes.s1e2.synopsis[0].reveal = { screen: 1, episode: 1 };
      }),
    ).toEqual([
      'src/content/episodes/s1e2.json at $.synopsis[0].reveal: found {"screen":1,"episode":1}; expected { "screen": 1, "episode": 2 }: each part of a synopsis gives its episode away',
    ]);
  });

  it('a spoiler tag for an episode the season does not have', () => {
    expect(
      problemsAfter((f) => {
        f.characters['ana-lead'].onScreen[1].reveal.episode = 9;
      }),
    ).toEqual([
      'src/content/characters/ana-lead.json at $.onScreen[1].reveal.episode: found 9; expected an episode of season 1 (1 to 8)',
    ]);
  });

  it('a character on screen that nobody plays and nothing places on screen', () => {
    expect(
      problemsAfter((f) => {
        delete f.characters['dot-dog'].screenDebut;
      }),
    ).toContain(
      'src/content/characters/dot-dog.json at $: found "dot-dog"; expected a character someone in src/content/people plays, one with a "screenDebut" (on screen, actor not on record), or "bookOnly": true',
    );
  });

  it('an episode written by someone not on record', () => {
    expect(
      problemsAfter((f) => {
        f.episodes.s1e1.writers.people[0] = 'cass-krew';
      }),
    ).toEqual([
      'src/content/episodes/s1e1.json at $.writers.people[0]: found "cass-krew"; expected a person: a file in src/content/people',
    ]);
  });

  it('a plot point id given twice, even in one volume', () => {
    expect(
      problemsAfter((f) => {
        const plot = f.volumes['volume-1'].plot;
        plot.push({ ...plot[0], text: 'They meet again.' });
      }),
    ).toEqual([
      'src/content/volumes/volume-1.json at $.plot[1].id: found "v1-meet"; expected a plot point id used once (also in volumes/volume-1.json)',
    ]);
  });

  it('a filming location standing in for a place that is not in the story, or not on record', () => {
    expect(
      problemsAfter((f) => {
        f.places['real-academy'].standsIn.places = ['real-academy', 'the-shcool'];
      }),
    ).toEqual([
      'src/content/places/real-academy.json at $.standsIn.places[1]: found "the-shcool"; expected a place: a file in src/content/places',
      'src/content/places/real-academy.json at $.standsIn.places[0]: found "real-academy"; expected an in-story place: a file in src/content/places',
    ]);
  });

  it('the article’s misspellings outside quotation marks', () => {
    expect(
      problemsAfter((f) => {
        f.about.premise.text = 'Based on the novels by Alice Osman.';
      }),
    ).toEqual([
      'src/content/about/premise.json at $.text: found "Based on the novels by Alice Osman."; expected Alice Oseman (a misspelling may appear only in quotation marks)',
    ]);
  });
});

describe('jsonPath', () => {
  it('writes indexes and keys the way JSON tools do', () => {
    expect(jsonPath([])).toBe('$');
    expect(jsonPath(['summary', 'sources', 0])).toBe('$.summary.sources[0]');
    expect(jsonPath(['odd key'])).toBe('$["odd key"]');
  });
});

describe('npm run check:data', () => {
  // Each case starts the checker as its own process: slow on a busy machine.
  vi.setConfig({ testTimeout: 30_000 });

  /** Writes the fixture wiki as files into a temporary folder, broken as asked. */
  function writeWiki(mutate: (dir: string) => void = () => {}) {
    const dir = mkdtempSync(join(tmpdir(), 'wiki-content-'));
    const raw = rawFixture();
    for (const [collection, files] of Object.entries(raw.collections)) {
      mkdirSync(join(dir, collection));
      for (const [id, body] of Object.entries(files))
        writeFileSync(join(dir, collection, `${id}.json`), JSON.stringify(body, null, 2));
    }
    writeFileSync(join(dir, 'wiki.json'), JSON.stringify(raw.wiki));
    mutate(dir);
    return dir;
  }
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

  it('passes a good wiki and fails a broken one with the file, path and value', () => {
    expect(run(writeWiki()).code).toBe(0);
    const dir = writeWiki((d) => {
      const file = join(d, 'events', 'renewal.json');
      writeFileSync(
        file,
        JSON.stringify({
          ...(rawFixture().collections.events!.renewal as object),
          date: 'May 2022',
        }),
      );
    });
    const result = run(dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'events/renewal.json at $.date: found "May 2022"; expected an ISO date',
    );
  });

  it('names a file that is not JSON at all, and a stray folder', () => {
    const dir = writeWiki((d) => {
      writeFileSync(join(d, 'people', 'alex-actor.json'), '{"name": "Alex",');
      mkdirSync(join(d, 'misc'));
    });
    const result = run(dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'people/alex-actor.json at line 1, column 17: found "{\\"name\\": \\"Alex\\","; expected a key in double quotes, found the end of the file',
    );
    expect(result.out).toContain(
      'misc at (location): found "misc"; expected one of the content folders',
    );
  });
});

describe('every mistake a contributor makes is caught, naming the file and the place', () => {
  it('an impossible day where the wiki records when it checked or changed a file', () => {
    expect(
      problemsAfter((f) => {
        f.characters['ana-lead'].checked = '2024-13-40';
        f.people['alex-actor'].changes = [{ date: '2026-02-30', kind: 'added', text: 'Added.' }];
      }),
    ).toEqual([
      'src/content/people/alex-actor.json at $.changes[0].date: found "2026-02-30"; expected a day on the calendar: YYYY-MM-DD, a real one',
      'src/content/characters/ana-lead.json at $.checked: found "2024-13-40"; expected a day on the calendar: YYYY-MM-DD, a real one',
    ]);
  });

  it('the same person twice under two file names', () => {
    const problems = problemsAfter((f) => {
      f.people['alexander-actor'] = structuredClone(f.people['alex-actor']);
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^src\/content\/people\/alexander-actor\.json at \$\.name: found "Alex Actor"; expected a name no other file uses: people\/alex-actor\.json has it too/,
      ),
    ]);
  });

  it('a field of 2 MB, with its size and the limit', () => {
    const [problem, ...rest] = problemsAfter((f) => {
      f.characters['ana-lead'].summary.text = 'x'.repeat(2 * 1024 * 1024);
    });
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^src\/content\/characters\/ana-lead\.json at \$\.summary\.text: found "x{10}/,
    );
    expect(problem).toContain('at most 2,000 characters in one field (this one has 2,097,152)');
  });
});

describe('reading the files', () => {
  /** A content folder with one people file holding `text`, plus whatever `extra` adds. */
  function folderWith(text: string, extra: (dir: string) => void = () => {}) {
    const dir = mkdtempSync(join(tmpdir(), 'wiki-read-'));
    mkdirSync(join(dir, 'people'));
    writeFileSync(join(dir, 'people', 'alex-actor.json'), text);
    writeFileSync(join(dir, 'wiki.json'), '{"checked":"2026-11-29"}');
    extra(dir);
    return readContent(dir).problems.map((p) => formatProblem(p, 'content'));
  }

  it('a key given twice in one object, where the last would silently win', () => {
    expect(folderWith('{\n  "name": "Alex Actor",\n  "name": "Alex Other"\n}')).toEqual([
      'content/people/alex-actor.json at $.name (line 3, column 3): found "\\"name\\": \\"Alex Other\\""; expected the key "name" only once in this object (it is also at line 2, column 3; the last one would win)',
    ]);
  });

  it('a byte-order mark, named as such', () => {
    expect(folderWith('\uFEFF{"name": "Alex Actor"}')).toEqual([
      expect.stringContaining(
        'content/people/alex-actor.json at line 1, column 1: found "{\\"name\\": \\"Alex Actor\\"}"; expected no byte-order mark (BOM) at the start of the file',
      ),
    ]);
  });

  it('invalid JSON, with its line and column', () => {
    expect(folderWith('{\n  "name": "Alex Actor"\n  "bio": []\n}')).toEqual([
      'content/people/alex-actor.json at line 3, column 3: found "\\"bio\\": []"; expected "," or "}" after the value of "name", found """',
    ]);
  });

  it('what a desktop leaves beside the files is not content', () => {
    expect(
      folderWith('{"name": "Alex Actor"}', (dir) => {
        writeFileSync(join(dir, '.DS_Store'), 'binary');
        writeFileSync(join(dir, 'people', '.DS_Store'), 'binary');
        mkdirSync(join(dir, '.git-stuff'));
      }),
    ).toEqual([]);
  });
});
