// An extracted article → the text of one corpus file (../shared/CONTRACT.md section 1). The body is the
// paragraphs joined by blank lines, unchanged; furniture is listed under `exclude`, never removed. The
// result is checked with the corpus loader's own parser, so what is written is what loads.
import { parseCorpusFile } from '../corpus/load-corpus.js';
import type { ArticleMetadata, ExtractedArticle } from './types.js';

/** Entries longer than this are cut to a prefix: exclude entries match paragraphs by their beginning. */
const MAX_EXCLUDE_ENTRY = 160;
const EXCLUDE_PREFIX = 100;
const MAX_ID_LENGTH = 80;

export type CorpusFileResult =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'invalid'; readonly field: string; readonly message: string };

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The shortest readable entry that marks this paragraph and no paragraph kept as reporting. */
function chooseExcludeEntry(text: string, kept: readonly string[]): string {
  const whole = collapse(text);
  if (whole.length <= MAX_EXCLUDE_ENTRY) return whole;
  const cut = whole.lastIndexOf(' ', EXCLUDE_PREFIX);
  const prefix = whole.slice(0, cut > 0 ? cut : EXCLUDE_PREFIX);
  return kept.some((paragraph) => collapse(paragraph).startsWith(prefix)) ? whole : prefix;
}

export function listExcludeEntries(article: ExtractedArticle): string[] {
  const furniture = new Set(article.furniture.map((f) => f.ordinal));
  const kept = article.paragraphs.filter((_, index) => !furniture.has(index + 1));
  const entries = article.furniture.map((f) => chooseExcludeEntry(f.text, kept));
  return [...new Set(entries)];
}

/** `Dockworkers walk out…` from `The Harbour Gazette` → `harbour-gazette-dockworkers-walk-out-…`. */
export function makeDocumentId(metadata: Pick<ArticleMetadata, 'outlet' | 'title'>): string {
  const slug = (text: string | null): string =>
    (text ?? '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/^the\s+/u, '')
      .replace(/[^a-z0-9]+/gu, '-')
      .replace(/^-+|-+$/gu, '');
  const joined = [slug(metadata.outlet), slug(metadata.title)].filter((part) => part !== '').join('-');
  if (joined === '') return 'document';
  if (joined.length <= MAX_ID_LENGTH) return joined;
  const cut = joined.lastIndexOf('-', MAX_ID_LENGTH);
  return joined.slice(0, cut > 0 ? cut : MAX_ID_LENGTH);
}

function quote(value: string | null): string {
  // JSON strings are YAML double-quoted scalars, so every character survives as written.
  return value === null ? 'null' : JSON.stringify(value);
}

export function toCorpusFile(documentId: string, article: ExtractedArticle): CorpusFileResult {
  const { metadata } = article;
  if (metadata.outlet === null) return { kind: 'invalid', field: 'outlet', message: 'not found on the page' };
  if (metadata.title === null) return { kind: 'invalid', field: 'title', message: 'not found on the page' };
  const exclude = listExcludeEntries(article);
  const lines = [
    '---',
    `outlet: ${quote(metadata.outlet)}`,
    `title: ${quote(metadata.title)}`,
    `author: ${quote(metadata.author)}`,
    `url: ${quote(metadata.url)}`,
    `published: ${quote(metadata.published)}`,
    ...(exclude.length === 0 ? [] : ['exclude:', ...exclude.map((entry) => `  - ${quote(entry)}`)]),
    '---',
  ];
  const text = `${lines.join('\n')}\n${article.paragraphs.join('\n\n')}\n`;
  const checked = parseCorpusFile(documentId, new TextEncoder().encode(text));
  if (checked.kind === 'invalid') return checked;
  return { kind: 'ok', text };
}
