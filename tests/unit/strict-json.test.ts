import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../scripts/lib/strict-json';

describe('the strict JSON reader', () => {
  it('reads every JSON document exactly as JSON.parse does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parseStrictJson(text)).toEqual({ value: JSON.parse(text), problems: [] });
      }),
    );
  });

  it('keeps a "__proto__" key as a key, as JSON.parse does', () => {
    const text = '{"__proto__":{"polluted":true}}';
    const { value } = parseStrictJson(text);
    expect(value).toEqual(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses what JSON.parse refuses, with a position', () => {
    for (const bad of [
      '',
      '{',
      '[1,]',
      '{"a":1,}',
      "{'a':1}",
      '{"a" 1}',
      '01',
      'nul',
      '{"a":1} x',
      '"\\x"',
    ]) {
      const { problems } = parseStrictJson(bad);
      expect(() => JSON.parse(bad), bad).toThrow();
      expect(problems, bad).toHaveLength(1);
      expect(problems[0]!.line, bad).toBe(1);
    }
  });

  it('reports every key given twice, at any depth', () => {
    const { problems } = parseStrictJson('{"a":{"b":1,"b":2},"c":[{"d":1,"d":1}],"a":0}');
    expect(problems.map((p) => p.path)).toEqual(['$.a.b', '$.c[0].d', '$.a']);
  });
});
