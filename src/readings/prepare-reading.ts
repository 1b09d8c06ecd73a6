// From what a moderator gave (an attached file or a URL) to a draft reading: fetched with the same
// guards as the CLI, extracted with the same importer, nothing stored yet. The preview shows the draft;
// Confirm turns it into a stored reading.
import type { ReadingsConfig } from '../config/load-readings-config.js';
import { fetchUrl } from '../import/fetch-url.js';
import {
  decodeUtf8,
  extractSource,
  readMediaKind,
  readSourceKind,
  type SourceKind,
  SUPPORTED_EXTENSIONS,
} from '../import/import-source.js';
import { listExcludeEntries, makeDocumentId } from '../import/to-corpus-file.js';
import type { ExtractedArticle } from '../import/types.js';
import type { ReadingInput } from '../store/index.js';

export type ReadingSource =
  | { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'url'; readonly url: string };

export interface ReadingDraft {
  readonly article: ExtractedArticle;
  readonly sourceKind: SourceKind;
  readonly sourceName: string;
  readonly original: Uint8Array;
}

export type PrepareReadingResult =
  | { readonly kind: 'ok'; readonly draft: ReadingDraft }
  | { readonly kind: 'refused'; readonly message: string };

/** Reading ids live beside the shared corpus's in one index; the prefix keeps them from colliding. */
export const READING_ID_PREFIX = 'reading-';

export async function prepareReading(source: ReadingSource, config: ReadingsConfig): Promise<PrepareReadingResult> {
  const maxBytes = config.limits.bytesPerDocument;
  let kind: SourceKind | null;
  let bytes: Uint8Array;
  let text: string | null;
  let url: string | undefined;
  if (source.kind === 'url') {
    const fetched = await fetchUrl(source.url, {
      ...config.fetch,
      maxBytes: Math.min(config.fetch.maxBytes, maxBytes),
    });
    if (fetched.kind === 'refused') return { kind: 'refused', message: fetched.message };
    kind = readMediaKind(fetched.mediaType);
    text = fetched.text;
    bytes = fetched.bytes;
    url = fetched.url;
  } else {
    kind = readSourceKind(source.name);
    if (kind === null)
      return { kind: 'refused', message: `attach a file ending in ${SUPPORTED_EXTENSIONS.join(', ')}` };
    if (source.bytes.byteLength > maxBytes)
      return {
        kind: 'refused',
        message: `the file is larger than this server's limit of ${Math.round(maxBytes / 1024)} KiB`,
      };
    bytes = source.bytes;
    text = decodeUtf8(bytes);
    if (text === null) return { kind: 'refused', message: 'the file is not UTF-8 text' };
  }
  if (kind === null) return { kind: 'refused', message: 'the page is not HTML or text' };
  const extracted = extractSource(kind, text, url);
  if (extracted.kind === 'invalid') return { kind: 'refused', message: `${extracted.field}: ${extracted.message}` };
  const sourceName = source.kind === 'url' ? (url ?? source.url) : source.name;
  return { kind: 'ok', draft: { article: extracted.article, sourceKind: kind, sourceName, original: bytes } };
}

/** A free id: the outlet-and-title slug, numbered when this server already has it. */
export function chooseReadingId(draft: ReadingDraft, taken: (id: string) => boolean): string {
  const base = `${READING_ID_PREFIX}${makeDocumentId(draft.article.metadata)}`.slice(0, 90);
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export type ToReadingInputResult =
  | { readonly kind: 'ok'; readonly input: ReadingInput }
  | { readonly kind: 'missing'; readonly field: 'outlet' | 'title' };

export function toReadingInput(
  draft: ReadingDraft,
  ids: { readonly guildId: string; readonly documentId: string; readonly addedBy: string },
): ToReadingInputResult {
  const { metadata, paragraphs } = draft.article;
  if (metadata.outlet === null) return { kind: 'missing', field: 'outlet' };
  if (metadata.title === null) return { kind: 'missing', field: 'title' };
  return {
    kind: 'ok',
    input: {
      ...ids,
      outlet: metadata.outlet,
      title: metadata.title,
      author: metadata.author,
      url: metadata.url,
      published: metadata.published,
      exclude: listExcludeEntries(draft.article),
      body: paragraphs.join('\n\n'),
      paragraphCount: paragraphs.length,
      sourceKind: draft.sourceKind,
      sourceName: draft.sourceName,
      original: draft.original,
    },
  };
}
