/**
 * A strict JSON reader for content files. `JSON.parse` lets the last of two equal keys win
 * without a word, reports a syntax error as a character offset, and chokes on a byte-order mark
 * with a message that does not name it. This reads the same grammar but reports, with the line
 * and column a contributor's editor shows: a syntax error, a byte-order mark, and every key that
 * appears twice in one object (with its JSON path).
 */

export interface JsonProblem {
  /** 1-based, as editors count. */
  line: number;
  column: number;
  /** JSON path of the value concerned, where there is one: `$.credits[0]`. */
  path?: string;
  message: string;
}

export interface StrictJsonResult {
  value?: unknown;
  problems: JsonProblem[];
}

const pathOf = (path: readonly (string | number)[]) =>
  path.reduce<string>(
    (out, key) =>
      typeof key === 'number'
        ? `${out}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${out}.${key}`
          : `${out}[${JSON.stringify(key)}]`,
    '$',
  );

class Stop extends Error {}

export function parseStrictJson(text: string): StrictJsonResult {
  const problems: JsonProblem[] = [];
  let i = 0;

  const position = (at: number) => {
    let line = 1;
    let start = 0;
    for (let k = 0; k < at; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        start = k + 1;
      }
    }
    return { line, column: at - start + 1 };
  };
  const fail = (message: string, at = i): never => {
    problems.push({ ...position(at), message });
    throw new Stop();
  };
  const describe = (at: number) => (at >= text.length ? 'the end of the file' : `"${text[at]}"`);

  const space = () => {
    while (i < text.length && /[ \t\n\r]/.test(text[i]!)) i++;
  };

  const string = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        try {
          return JSON.parse(text.slice(start, i)) as string;
        } catch {
          return fail('a valid string (a bad \\ escape?)', start);
        }
      }
      if (c === '\\') i += 2;
      else if (c === '\n') return fail('the string to end on its line with "', i);
      else i++;
    }
    return fail('the string to end with "', start);
  };

  const value = (path: (string | number)[]): unknown => {
    space();
    const c = text[i];
    if (c === '{') return object(path);
    if (c === '[') return array(path);
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 64),
    );
    if (literal) {
      i += literal[0].length;
      return JSON.parse(literal[0]) as unknown;
    }
    return fail(
      `a value (a string, number, object, array, true, false or null), found ${describe(i)}`,
    );
  };

  const object = (path: (string | number)[]): Record<string, unknown> => {
    i++; // {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, number>();
    space();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      space();
      if (text[i] !== '"') fail(`a key in double quotes, found ${describe(i)}`);
      const keyAt = i;
      const key = string();
      if (seen.has(key)) {
        const first = position(seen.get(key)!);
        problems.push({
          ...position(keyAt),
          path: pathOf([...path, key]),
          message: `the key "${key}" only once in this object (it is also at line ${first.line}, column ${first.column}; the last one would win)`,
        });
      } else seen.set(key, keyAt);
      space();
      if (text[i] !== ':') fail(`":" after the key "${key}", found ${describe(i)}`);
      i++;
      // As JSON.parse does: an own property even for "__proto__", never the object's prototype.
      Object.defineProperty(out, key, {
        value: value([...path, key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      space();
      if (text[i] === ',') {
        i++;
        space();
        if (text[i] === '}') fail('another key after ",", or no "," before "}"');
        continue;
      }
      if (text[i] === '}') {
        i++;
        return out;
      }
      fail(`"," or "}" after the value of "${key}", found ${describe(i)}`);
    }
  };

  const array = (path: (string | number)[]): unknown[] => {
    i++; // [
    const out: unknown[] = [];
    space();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      out.push(value([...path, out.length]));
      space();
      if (text[i] === ',') {
        i++;
        space();
        if (text[i] === ']') fail('another value after ",", or no "," before "]"');
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      fail(`"," or "]" after an array item, found ${describe(i)}`);
    }
  };

  if (text.charCodeAt(0) === 0xfeff) {
    return {
      problems: [
        {
          line: 1,
          column: 1,
          message:
            'no byte-order mark (BOM) at the start of the file: save it as UTF-8 without a BOM',
        },
      ],
    };
  }
  try {
    const result = value([]);
    space();
    if (i < text.length) fail(`the end of the file after the value, found ${describe(i)}`);
    return { value: result, problems };
  } catch (error) {
    if (error instanceof Stop) return { problems };
    throw error;
  }
}
