// Restricted Damerau-Levenshtein (optimal string alignment: a swap of two neighbours is one edit),
// stopped as soon as the distance must exceed `max`. Spelling asks only "within one or two edits?", so
// giving up early keeps the cost per candidate at a few dozen steps; natural's version builds the
// whole matrix every time and was most of the time a question with invented words took.
const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** The distance if it is at most `max`, else `max + 1`. */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length === 0 || b.length === 0) return Math.min(Math.max(a.length, b.length), max + 1);
  const width = b.length + 1;
  if ((rows[0] as Int32Array).length < width) for (let r = 0; r < 3; r += 1) rows[r] = new Int32Array(width * 2);
  let before = rows[0] as Int32Array; // row i - 2
  let previous = rows[1] as Int32Array; // row i - 1
  let current = rows[2] as Int32Array;
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j += 1) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[b.length] as number, max + 1);
}
