/** The known name a misspelt one was probably meant to be: `titel` → `title`. */

/** The closest of `names` to `word`, when it is near enough to be a slip of the keyboard. */
export function nearest(word: string, names: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  // One edit in a short name, two in a longer one.
  const limit = lower.length > 4 ? 2 : 1;
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    // Each edit changes the length by one at most: a word much longer than every name (a hostile
    // key of megabytes) is compared with none.
    if (Math.abs(lower.length - name.length) > limit) continue;
    const d = distance(lower, name.toLowerCase());
    if (d <= limit && (!best || d < best.distance)) best = { name, distance: d };
  }
  return best?.name;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}
