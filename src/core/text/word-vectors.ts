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
  let sum = 0;
  for (let d = 0; d < vector.length; d += 1) sum += (values[start + d] as number) * (vector[d] as number);
  return sum;
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
