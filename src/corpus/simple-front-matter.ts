// A fast path for the front matter almost every corpus file has: `key: value` lines, `null`, plain or
// double-quoted strings without escapes, and an `exclude:` list of double-quoted strings. Loading the
// full YAML parser and zod costs ~150 ms of start-up and parsing with them ~0.1 ms a file, which is
// most of the time to a first answer on a small corpus and a good part of loading a large one.
//
// The rule that keeps it honest: it either returns exactly what the YAML parser + zod schema of
// front-matter.ts would, or `undefined`, and then the full path decides (and writes the error message).
// Anything outside the narrow subset below is handed over, never guessed. A property test in
// tests/corpus/simple-front-matter.test.ts compares both paths on generated inputs.
import type { DocumentMetadata } from '../core/document/types.js';

const KEYS = new Set(['outlet', 'title', 'author', 'url', 'published', 'exclude']);
/** `key:` or `key: value`, key in lower case, value without leading white space. */
const KEY_LINE = /^([a-z]+):(?: ([^ \t].*))?$/u;
/** A double-quoted scalar with no escapes and no control characters, then optionally a comment. */
const DOUBLE_QUOTED = /^"([^"\\\p{Cc}\u0085\u2028\u2029\uFEFF]*)"(?:[ ]+#.*)?$/u;
/** A plain scalar of letters, digits and a few safe marks: no ":", "#", quotes at the start or brackets. */
const PLAIN = /^\p{L}[\p{L}\p{N} .,'’&()-]*$/u;
/** YAML 1.2 core schema words that do not resolve to strings. */
const NON_STRING_WORDS = /^(?:true|True|TRUE|false|False|FALSE|Null|NULL)$/u;
const ITEM_LINE = /^( +)- (.*)$/u;

type Scalar = { readonly value: string | null } | undefined;

function readScalar(text: string): Scalar {
  if (text === 'null') return { value: null };
  const quoted = DOUBLE_QUOTED.exec(text);
  if (quoted) return { value: quoted[1] ?? '' };
  if (PLAIN.test(text) && !NON_STRING_WORDS.test(text) && !text.endsWith(' ')) return { value: text };
  return undefined;
}

/** zod's `z.string().trim().min(1)`: the trimmed text, or undefined when that would be an error. */
function readText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function parseSimpleFrontMatter(yaml: string): DocumentMetadata | undefined {
  if (/[\r\t]/u.test(yaml)) return undefined;
  const values = new Map<string, string | null | string[]>();
  let list: string[] | null = null;
  let listIndent = '';
  for (const line of yaml.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const item = ITEM_LINE.exec(line);
    if (item) {
      const scalar = DOUBLE_QUOTED.exec(item[2] ?? '');
      if (list === null || !scalar || (list.length > 0 && item[1] !== listIndent)) return undefined;
      listIndent = item[1] ?? '';
      list.push(scalar[1] ?? '');
      continue;
    }
    const match = KEY_LINE.exec(line);
    const key = match?.[1];
    if (!match || key === undefined || !KEYS.has(key) || values.has(key)) return undefined;
    list = null;
    if (match[2] === undefined) {
      if (key !== 'exclude') return undefined;
      list = [];
      values.set(key, list);
      continue;
    }
    const scalar = readScalar(match[2]);
    if (!scalar) return undefined;
    values.set(key, scalar.value);
  }

  for (const key of ['outlet', 'title', 'author', 'url', 'published'])
    if (Array.isArray(values.get(key))) return undefined;
  const outlet = readText(values.get('outlet') as string | null | undefined);
  const title = readText(values.get('title') as string | null | undefined);
  if (outlet === undefined || title === undefined) return undefined;
  const rawAuthor = values.get('author') as string | null | undefined;
  const author = rawAuthor === null || rawAuthor === undefined ? null : readText(rawAuthor);
  if (author === undefined) return undefined;
  // url and published are validated by zod (URL, calendar date); the fast path only takes their absence.
  if (values.get('url') != null || values.get('published') != null) return undefined;
  const rawExclude = values.get('exclude');
  if (typeof rawExclude === 'string') return undefined;
  // `exclude:` with no items is YAML null, which the schema allows and reads as no exclusions.
  const exclude: string[] = [];
  for (const entry of rawExclude ?? []) {
    const text = readText(entry);
    if (text === undefined) return undefined;
    exclude.push(text);
  }
  return { outlet, title, author, url: null, published: null, exclude };
}
