import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { JsonSyntaxError, parseJson } from '../../src/internal/json-errors.js';

/** The error `parseJson` throws for `text`, as `[reason, line, column]`. */
function fault(text: string): [string, number, number] {
  try {
    parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return [error.reason, error.line, error.column];
  }
  throw new Error(`${JSON.stringify(text)} parsed`);
}

describe('parseJson', () => {
  it('reads JSON as JSON.parse does', () => {
    expect(parseJson('{"a": [1, -2.5e3, "x\\n", true, null, {}]}')).to.deep.equal({
      a: [1, -2.5e3, 'x\n', true, null, {}],
    });
  });

  const cases: [name: string, text: string, reason: string, line: number, column: number][] = [
    ['a missing comma', '{\n  "title": "A",\n  "dek": "B"\n  "url": "C"\n}', "expected ',' or '}'", 4, 3],
    ['a word where a key belongs', '{ nope', "expected a key in double quotes or '}'", 1, 3],
    ['single quotes', "{'title': 'A'}", "expected a key in double quotes or '}'", 1, 2],
    ['a trailing comma', '{\n  "tags": ["a", "b",]\n}', 'expected a value', 2, 21],
    ['a missing colon', '{"title" "A"}', "expected ':'", 1, 10],
    ['text after the JSON', '{}\n}', 'expected the end of the JSON', 2, 1],
    ['a text that ends too soon', '{"tags": [', "expected a value or ']'", 1, 11],
    ['an empty text', '', 'expected a value', 1, 1],
    ['a string that never ends', '{"title": "A', 'unterminated string', 1, 13],
    ['a line break in a string', '{"title": "A\nB"}', 'control character in a string', 1, 13],
    ['a bad escape', '["\\x"]', 'bad escape in a string', 1, 3],
    ['a number with a leading zero', '[01]', "expected ',' or ']'", 1, 3],
  ];
  for (const [name, text, reason, line, column] of cases) {
    it(`gives the line and column of ${name}`, () => {
      expect(fault(text)).to.deep.equal([reason, line, column]);
    });
  }

  it('counts columns in characters, not UTF-16 units', () => {
    expect(fault('["😀😀" x]')).to.deep.equal(["expected ',' or ']'", 1, 7]);
  });

  it('says where, in its message', () => {
    expect(() => parseJson('[1,]')).to.throw(JsonSyntaxError, 'expected a value at line 1, column 4');
  });

  it('finds the fault in JSON nested too deep for recursion', () => {
    expect(fault(`${'['.repeat(100_000)}${']'.repeat(99_999)}x`)).to.deep.equal([
      "expected ',' or ']'",
      1,
      200_000,
    ]);
  });

  it('agrees with JSON.parse on what is JSON', () => {
    // JSON with a character dropped, changed or added somewhere: mostly broken, sometimes not.
    const edited = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', '\n', 'x', '\\', '0'))
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + (at % 2));
      });
    fc.assert(
      fc.property(edited, (text) => {
        let native = true;
        try {
          JSON.parse(text);
        } catch {
          native = false;
        }
        if (native) expect(parseJson(text)).to.deep.equal(JSON.parse(text));
        else expect(() => parseJson(text)).to.throw(JsonSyntaxError);
      }),
      { numRuns: 2000 },
    );
  });
});
