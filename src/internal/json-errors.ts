/**
 * JSON errors that say where the text goes wrong. Engines word `JSON.parse` errors differently and
 * some (WebKit's) give no position, so after a failure the text is read again here, token by token
 * by the grammar of RFC 8259, up to the first one that cannot be JSON. The elements load this
 * module only when a parse fails (`readJson` in json.ts); Node and the npm entry use `parseJson`.
 */

/** JSON text that does not parse; `line` and `column` (from 1) point at the first fault. */
export class JsonSyntaxError extends SyntaxError {
  constructor(
    /** What is wrong there, such as `expected ',' or '}'`. */
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} at line ${line}, column ${column}`);
    this.name = 'JsonSyntaxError';
  }
}

/**
 * `JSON.parse`, with an error that gives the line and column of the fault, the same in every
 * browser.
 * @throws {JsonSyntaxError} when `text` is not JSON.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw jsonError(text, error);
  }
}

/** The error to report for `text`, which `JSON.parse` refused with `error`. */
export function jsonError(text: string, error: unknown): unknown {
  const fault = faultIn(text);
  // The grammar finds nothing wrong: the engine refused for a reason of its own, such as a size limit.
  if (!fault) return error;
  const lines = text.slice(0, fault.at).split('\n');
  return new JsonSyntaxError(fault.reason, lines.length, [...lines.at(-1)!].length + 1);
}

/** A string up to its closing quote: where it stops short is the fault in a broken string. */
const STRING_BODY = String.raw`"(?:[^"\\\0-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*`;
const STRING_START = new RegExp(STRING_BODY, 'y');
const TOKEN = new RegExp(
  String.raw`[{}[\]:,]|${STRING_BODY}"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null`,
  'y',
);
const SPACE = /[ \t\n\r]*/y;

/** What may come next: `first…` also lets the bracket just opened close at once. */
type Expect = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'next';

const EXPECTED: Record<Exclude<Expect, 'next'>, string> = {
  value: 'a value',
  firstValue: "a value or ']'",
  key: 'a key in double quotes',
  firstKey: "a key in double quotes or '}'",
  colon: "':'",
};

/**
 * The first fault in `text`, or `undefined` when it is JSON. A loop over a stack of open
 * brackets, not recursion, so that deep nesting cannot overflow the call stack.
 */
function faultIn(text: string): { at: number; reason: string } | undefined {
  const open: string[] = [];
  let expect = 'value' as Expect;
  let i = 0;
  const expected = () => {
    if (expect !== 'next') return `expected ${EXPECTED[expect]}`;
    return open.length ? `expected ',' or '${open.at(-1)}'` : 'expected the end of the JSON';
  };
  /** Takes the next token if the grammar allows it there, and says whether it did. */
  const accept = (token: string) => {
    const closes = token === open.at(-1);
    if (closes && (expect === 'firstValue' || expect === 'firstKey' || expect === 'next')) {
      open.pop();
      expect = 'next';
    } else if ((expect === 'value' || expect === 'firstValue') && (token === '{' || token === '[')) {
      open.push(token === '{' ? '}' : ']');
      expect = token === '{' ? 'firstKey' : 'firstValue';
    } else if (expect === 'value' || expect === 'firstValue') {
      if (!/^["\-\dtfn]/.test(token)) return false;
      expect = 'next';
    } else if (expect === 'key' || expect === 'firstKey') {
      if (token[0] !== '"') return false;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (token !== ':') return false;
      expect = 'value';
    } else {
      if (token !== ',' || !open.length) return false;
      expect = open.at(-1) === '}' ? 'key' : 'value';
    }
    return true;
  };
  for (;;) {
    SPACE.lastIndex = i;
    SPACE.test(text);
    i = SPACE.lastIndex;
    if (i === text.length)
      return expect === 'next' && !open.length ? undefined : { at: i, reason: expected() };
    TOKEN.lastIndex = i;
    const token = TOKEN.exec(text)?.[0];
    if (!token) {
      if (text[i] !== '"' || expect === 'colon' || expect === 'next') return { at: i, reason: expected() };
      STRING_START.lastIndex = i;
      STRING_START.test(text);
      const at = STRING_START.lastIndex;
      const reason =
        at === text.length
          ? 'unterminated string'
          : text[at] === '\\'
            ? 'bad escape in a string'
            : 'control character in a string';
      return { at, reason };
    }
    if (!accept(token)) return { at: i, reason: expected() };
    i += token.length;
  }
}
