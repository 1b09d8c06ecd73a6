// What the core may ask of pre-trained word vectors, without knowing where they come from: src/lexicon
// reads GloVe from the compact file scripts/build-word-vectors.mjs writes; tests pass a few hand-made
// vectors. Pure interface, no I/O here.
export interface WordVectors {
  readonly dims: number;
  /** The word's unit vector (lower-case surface word), or undefined when the vocabulary lacks it. */
  vectorOf(word: string): Float32Array | undefined;
}

/** Row `i` of a matrix of `dims`-long rows laid end to end (term and paragraph vectors), as a view. */
export function vectorRow(vectors: Float32Array, i: number, dims: number): Float32Array {
  return vectors.subarray(i * dims, (i + 1) * dims);
}

/** Cosine of two unit vectors of the same length. */
export function cosine(a: Float32Array, b: Float32Array): number {
  return dotRow(b, 0, a);
}

/**
 * Σ_d values[start + d] · vector[d] over the length of `vector`: its cosine with a unit row of a matrix,
 * without a view. The one dot product of the index's scans (nearest terms, paragraph similarity) and of
 * cosine, so it is compiled hot early: a scan's first run in the interpreter cost tens of milliseconds
 * (500,000 products for a bridged word) when the loop was its own.
 */
export function dotRow(values: Float32Array, start: number, vector: Float32Array): number {
  // Four products a step, still added one after another into one sum (the same order, so the same
  // bits): a quarter of the loop's own work, about a quarter off a 5,000-row scan.
  const n = vector.length;
  let sum = 0;
  let d = 0;
  for (; d + 4 <= n; d += 4) {
    sum += (values[start + d] as number) * (vector[d] as number);
    sum += (values[start + d + 1] as number) * (vector[d + 1] as number);
    sum += (values[start + d + 2] as number) * (vector[d + 2] as number);
    sum += (values[start + d + 3] as number) * (vector[d + 3] as number);
  }
  for (; d < n; d += 1) sum += (values[start + d] as number) * (vector[d] as number);
  return sum;
}

/**
 * sum[d] += weight · values[start + d] for every d of `sum`, rounded to float32 after each addition as
 * a Float32Array stores it. Four a step (each element's operations unchanged, so the same bits): the
 * paragraph vectors are 22 million of these at 50k paragraphs, and the loop's own work was half of it.
 */
export function addScaledRow(sum: Float32Array, weight: number, values: Float32Array, start: number): void {
  const n = sum.length;
  let d = 0;
  for (; d + 4 <= n; d += 4) {
    sum[d] = (sum[d] as number) + weight * (values[start + d] as number);
    sum[d + 1] = (sum[d + 1] as number) + weight * (values[start + d + 1] as number);
    sum[d + 2] = (sum[d + 2] as number) + weight * (values[start + d + 2] as number);
    sum[d + 3] = (sum[d + 3] as number) + weight * (values[start + d + 3] as number);
  }
  for (; d < n; d += 1) sum[d] = (sum[d] as number) + weight * (values[start + d] as number);
}

/** Scales `vector` to length one in place (a zero vector stays zero); returns it. */
export function normalizeInPlace(vector: Float32Array): Float32Array {
  normalizeRow(vector, 0, vector.length);
  return vector;
}

/**
 * normalizeInPlace on values[start .. start + length - 1], without a view: the index normalises one row
 * per paragraph, and a subarray per row was a tenth of its word-vector build.
 */
export function normalizeRow(values: Float32Array, start: number, length: number): void {
  const end = start + length;
  let squares = 0;
  for (let i = start; i < end; i += 1) squares += (values[i] as number) ** 2;
  const norm = Math.sqrt(squares);
  if (norm > 0) for (let i = start; i < end; i += 1) values[i] = (values[i] as number) / norm;
}
