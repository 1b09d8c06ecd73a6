import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import type { DocumentMetadata } from '../core/document/types.js';

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

/** The front matter of ../shared/CONTRACT.md section 1. Unknown keys are refused: they are usually typos. */
export const frontMatterSchema = z
  .object({
    outlet: nonEmptyText,
    title: nonEmptyText,
    author: nonEmptyText.nullable().optional(),
    url: z.url('must be a URL').nullable().optional(),
    published: z.iso.date('must be an ISO date (YYYY-MM-DD)').nullable().optional(),
    exclude: z.array(nonEmptyText).nullable().optional(),
  })
  .strict();

export type SplitFrontMatterResult =
  | { readonly kind: 'ok'; readonly yaml: string; readonly body: string }
  | { readonly kind: 'invalid'; readonly problem: FieldProblem };

/** A file is `---\n<yaml>\n---\n<body>`. The body is kept exactly, from the byte after the fence. */
export function splitFrontMatter(text: string): SplitFrontMatterResult {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = /^---[^\S\n]*\r?\n/u.exec(withoutBom);
  if (!open) return invalid('front matter', 'missing: the file must start with a line "---"');
  const rest = withoutBom.slice(open[0].length);
  const close = /^---[^\S\n]*(?:\r?\n|$)/mu.exec(rest);
  if (!close) return invalid('front matter', 'not closed: no line "---" after it');
  return { kind: 'ok', yaml: rest.slice(0, close.index), body: rest.slice(close.index + close[0].length) };
}

function invalid(field: string, message: string): SplitFrontMatterResult {
  return { kind: 'invalid', problem: { field, message } };
}

function describeIssue(issue: z.core.$ZodIssue, input: Record<string, unknown>): FieldProblem {
  if (issue.code === 'unrecognized_keys') {
    return { field: issue.keys.join(', '), message: 'unknown field' };
  }
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
  const parsed = frontMatterSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
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
