/**
 * Rounds the coordinates of an SVG path to `digits` decimals: how the brand marks in
 * src/share-bar/icons.ts are made from simple-icons. Every segment is written relative to the
 * rounded current point, so rounding errors do not add up along the path, and a command that
 * repeats is written once, as the SVG grammar allows ("c1 2 3 4 5 6 1 2 3 4 5 6").
 */
export function roundPath(d: string, digits: number): string {
  const ARGUMENTS: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };
  const round = (n: number) => Math.round(n * 10 ** digits) / 10 ** digits;
  let position = 0;
  const skip = () => {
    while (/[\s,]/.test(d[position] ?? '')) position++;
  };
  const number = () => {
    skip();
    const [match] = /^[-+]?(?:\d*\.\d+|\d+\.?)(?:e[-+]?\d+)?/i.exec(d.slice(position))!;
    position += match.length;
    return Number(match);
  };
  // Arc flags are one digit and may be written without a separator: "a1 1 0 011 1".
  const flag = () => (skip(), Number(d[position++]));

  let out = '';
  let command = '';
  // The numbers of the last segment written: a segment like it needs no command letter of its own.
  let last: string[] = [];
  let lastName = '';
  // The exact current point and subpath start, and the rounded ones the output is relative to.
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let [roundX, roundY, roundStartX, roundStartY] = [0, 0, 0, 0];
  for (skip(); position < d.length; skip()) {
    if (/[a-z]/i.test(d[position])) command = d[position++];
    const name = command.toLowerCase();
    const relative = command === name;
    const args = Array.from({ length: ARGUMENTS[name] }, (_, i) =>
      name === 'a' && (i === 3 || i === 4) ? flag() : number(),
    );
    const absolute = args.map((value, i) => {
      const axis = axisOf(name, i);
      return value + (relative && axis ? (axis === 'y' ? y : x) : 0);
    });
    const written = absolute.map((value, i) => {
      const axis = axisOf(name, i);
      // An arc's radii and angle are lengths: rounded, never shifted. Its flags stay as they are.
      if (!axis) return i < 3 ? round(value) : value;
      return round(round(value) - (out ? (axis === 'y' ? roundY : roundX) : 0));
    });
    const numbers = written.map(format);
    // The SVG grammar repeats a command (other than moveto and closepath) for the numbers after it.
    if (name === lastName && name !== 'm' && name !== 'z') {
      out += join([...last, ...numbers]).slice(join(last).length);
    } else out += (out ? name : 'M') + join(numbers);
    [last, lastName] = [numbers, name];
    if (name === 'z') [x, y, roundX, roundY] = [startX, startY, roundStartX, roundStartY];
    else if (name === 'h') [x, roundX] = [absolute[0], round(absolute[0])];
    else if (name === 'v') [y, roundY] = [absolute[0], round(absolute[0])];
    else {
      [x, y] = absolute.slice(-2);
      [roundX, roundY] = [round(x), round(y)];
    }
    if (name === 'm') {
      [startX, startY, roundStartX, roundStartY] = [x, y, roundX, roundY];
      command = relative ? 'l' : 'L';
    }
  }
  return out;
}

/** Which coordinate argument `i` of a command is, if it is one: x and y alternate, but `h` has only x, `v` only y, and an arc's end point comes after its radii, angle and flags. */
function axisOf(name: string, i: number): 'x' | 'y' | undefined {
  if (name === 'h') return 'x';
  if (name === 'v') return 'y';
  if (name === 'a') return i === 5 ? 'x' : i === 6 ? 'y' : undefined;
  return i % 2 ? 'y' : 'x';
}

/** `0.5` as `.5`, `-0.5` as `-.5`. */
const format = (n: number) => String(n).replace(/^(-?)0\./, '$1.');

/** Numbers with the fewest separators: none before a minus sign, or before `.5` after a number that has a point. */
const join = (numbers: string[]) =>
  numbers.reduce(
    (text, n, i) =>
      text + (i && !n.startsWith('-') && !(n.startsWith('.') && numbers[i - 1].includes('.')) ? ' ' : '') + n,
    '',
  );
