import { createRequire } from 'node:module';
import type { parse as parseYamlType, YAMLParseError as YAMLParseErrorType } from 'yaml';
import type { z as zType } from 'zod';
import type { DocumentMetadata } from '../core/document/types.js';
import { parseSimpleFrontMatter } from './simple-front-matter.js';

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

// yaml and zod take ~150 ms to load, more than the rest of `npm run ask` on the bundled corpus, and
// parseSimpleFrontMatter answers for every file of usual shape without them. So they are loaded
// (synchronously, through require) the first time a file needs the full path.
const require = createRequire(import.meta.url);
let full: { parseYaml: typeof parseYamlType; YAMLParseError: typeof YAMLParseErrorType; schema: FrontMatterSchema } | undefined;

function createFrontMatterSchema(z: typeof zType) {
  const nonEmptyText = z.string().trim().min(1, 'must not be empty');
  /** The front matter of docs/contract.md section 1. Unknown keys are refused: they are usually typos. */
  return z
    .object({
      outlet: nonEmptyText,
      title: nonEmptyText,
      author: nonEmptyText.nullable().optional(),
      url: z.url('must be a URL').nullable().optional(),
      published: z.iso.date('must be an ISO date (YYYY-MM-DD)').nullable().optional(),
      exclude: z.array(nonEmptyText).nullable().optional(),
    })
    .strict();
}
type FrontMatterSchema = ReturnType<typeof createFrontMatterSchema>;

function loadFullParser(): NonNullable<typeof full> {
  if (full === undefined) {
    const yaml = require('yaml') as typeof import('yaml');
    const { z } = require('zod') as typeof import('zod');
    full = { parseYaml: yaml.parse, YAMLParseError: yaml.YAMLParseError, schema: createFrontMatterSchema(z) };
  }
  return full;
}

export type SplitFrontMatterResult =
  | { readonly kind: 'ok'; readonly yaml: string; readonly body: string }
  | { readonly kind: 'invalid'; readonly problem: FieldProblem };

/**
 * A file is `---\n<yaml>\n---\n<body>`. The body is kept exactly, from the byte after the fence. Lines may
 * end in LF, CRLF or a lone CR (old Mac files); the YAML's line ends are made LF, the body is untouched.
 */
export function splitFrontMatter(text: string): SplitFrontMatterResult {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = /^---[^\S\r\n]*(?:\r\n|\r|\n)/u.exec(withoutBom);
  if (!open) return invalid('front matter', 'missing: the file must start with a line "---"');
  const rest = withoutBom.slice(open[0].length);
  // With the m flag, ^ also matches after a lone CR (a line terminator in JavaScript).
  const close = /^---[^\S\r\n]*(?:\r\n|\r|\n|$)/mu.exec(rest);
  if (!close) return invalid('front matter', 'not closed: no line "---" after it');
  const yaml = rest.slice(0, close.index).replace(/\r\n?/gu, '\n');
  return { kind: 'ok', yaml, body: rest.slice(close.index + close[0].length) };
}

function invalid(field: string, message: string): SplitFrontMatterResult {
  return { kind: 'invalid', problem: { field, message } };
}

const KNOWN_FIELDS = ['outlet', 'title', 'author', 'url', 'published', 'exclude'] as const;

/** Edit distance, for "did you mean": only ever run on a handful of short keys. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function describeUnknownKeys(keys: readonly string[]): FieldProblem {
  const hints = keys
    .map((key) => KNOWN_FIELDS.find((known) => known === key.toLowerCase() || distance(known, key.toLowerCase()) <= 2))
    .filter((hint) => hint !== undefined);
  const suggestion = hints.length > 0 ? ` (did you mean ${hints.map((h) => `"${h}"`).join(', ')}? fields are lower case)` : '';
  return { field: keys.join(', '), message: `unknown field${suggestion}` };
}

function describeIssue(issue: zType.core.$ZodIssue, input: Record<string, unknown>): FieldProblem {
  if (issue.code === 'unrecognized_keys') return describeUnknownKeys(issue.keys);
  const field = issue.path.map((part, i) => (i === 0 ? String(part) : `[${String(part)}]`)).join('');
  const topKey = issue.path[0];
  if (issue.code === 'invalid_type' && typeof topKey === 'string' && input[topKey] === undefined) {
    return { field, message: 'required' };
  }
  return { field: field || 'front matter', message: issue.message };
}

export type ParseFrontMatterResult =
  | { readonly kind: 'ok'; readonly metadata: DocumentMetadata }
  | { readonly kind: 'invalid'; readonly problem: FieldProblem };

export function parseFrontMatter(yaml: string): ParseFrontMatterResult {
  const simple = parseSimpleFrontMatter(yaml);
  return simple !== undefined ? { kind: 'ok', metadata: simple } : parseFrontMatterFully(yaml);
}

/** The YAML parser and the zod schema: the reference for every file, and the path for unusual ones. */
export function parseFrontMatterFully(yaml: string): ParseFrontMatterResult {
  const { parseYaml, YAMLParseError, schema } = loadFullParser();
  let raw: unknown;
  try {
    raw = parseYaml(yaml, { uniqueKeys: true });
  } catch (error) {
    const reason = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
    return { kind: 'invalid', problem: { field: 'front matter', message: `invalid YAML: ${reason}` } };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { kind: 'invalid', problem: { field: 'front matter', message: 'must be a YAML mapping of fields' } };
  }
  const input = raw as Record<string, unknown>;
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    // An unknown key first: `Outlet:` is a misspelt outlet, not a missing one.
    const unknown = parsed.error.issues.find((issue) => issue.code === 'unrecognized_keys');
    const first = unknown ?? parsed.error.issues[0];
    const problem = first ? describeIssue(first, input) : { field: 'front matter', message: 'invalid' };
    return { kind: 'invalid', problem };
  }
  const data = parsed.data;
  return {
    kind: 'ok',
    metadata: {
      outlet: data.outlet,
      title: data.title,
      author: data.author ?? null,
      url: data.url ?? null,
      published: data.published ?? null,
      exclude: data.exclude ?? [],
    },
  };
}
