// One entry for every importer: a file's bytes (by its name's extension) or a fetched page (by its
// media type) → an extracted article; then the operator's or moderator's corrections on top.
import { extractHtml } from './extract-html.js';
import { extractMarkdown, extractText } from './extract-text.js';
import { readHttpUrl, readIsoDate } from './page-metadata.js';
import type { ArticleMetadata, ExtractedArticle, ExtractResult } from './types.js';

export type SourceKind = 'html' | 'text' | 'markdown';

const EXTENSIONS: Readonly<Record<string, SourceKind>> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
};

const MEDIA_TYPES: Readonly<Record<string, SourceKind>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/** The kind a file name says, or null for an extension the importer does not read. */
export function readSourceKind(fileName: string): SourceKind | null {
  const extension = /\.([a-z]+)$/iu.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return EXTENSIONS[extension] ?? null;
}

export function readMediaKind(mediaType: string): SourceKind | null {
  return MEDIA_TYPES[mediaType] ?? null;
}

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS).map((extension) => `.${extension}`);

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export function extractSource(kind: SourceKind, text: string, url?: string): ExtractResult {
  if (kind === 'html') return extractHtml(text, url === undefined ? {} : { url });
  const result = kind === 'markdown' ? extractMarkdown(text) : extractText(text);
  // A fetched text file has no page to name its address, but it was read from one.
  if (result.kind !== 'ok' || url === undefined || result.article.metadata.url !== null) return result;
  return { kind: 'ok', article: { ...result.article, metadata: { ...result.article.metadata, url } } };
}

export type MetadataEdits = { readonly [K in keyof ArticleMetadata]?: string | null | undefined };

export type ApplyEditsResult =
  | { readonly kind: 'ok'; readonly article: ExtractedArticle }
  | { readonly kind: 'invalid'; readonly field: string; readonly message: string };

/** A person's corrections: a non-empty value replaces, an empty one clears (null), undefined keeps. */
export function applyMetadataEdits(article: ExtractedArticle, edits: MetadataEdits): ApplyEditsResult {
  const metadata: { -readonly [K in keyof ArticleMetadata]: string | null } = { ...article.metadata };
  for (const key of ['outlet', 'title', 'author', 'url', 'published'] as const) {
    const edit = edits[key];
    if (edit === undefined) continue;
    const value = edit === null ? null : edit.replace(/\s+/gu, ' ').trim() || null;
    if (key === 'published' && value !== null && readIsoDate(value) !== value)
      return { kind: 'invalid', field: 'published', message: 'must be a date as YYYY-MM-DD' };
    if (key === 'url' && value !== null && readHttpUrl(value) === null)
      return { kind: 'invalid', field: 'url', message: 'must be an http(s) address' };
    metadata[key] = value;
  }
  return { kind: 'ok', article: { ...article, metadata } };
}
