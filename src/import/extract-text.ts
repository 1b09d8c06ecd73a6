// Plain text and Markdown. A file in the corpus format (front matter first) keeps its metadata and its
// exclude list; any other text is split on blank lines, and its first line becomes the title only when
// it looks like one (a single short line without closing punctuation). Nothing else is guessed.
import { buildDocument, splitParagraphs } from '../core/document/build-document.js';
import { parseFrontMatter, splitFrontMatter } from '../corpus/front-matter.js';
import { proposeFurniture } from './propose-furniture.js';
import { EMPTY_METADATA, type ExtractResult, type ProposedFurniture } from './types.js';

const MAX_TITLE_LENGTH = 200;

function readTitleLine(paragraph: string | undefined): string | null {
  if (paragraph === undefined || paragraph.includes('\n') || paragraph.length > MAX_TITLE_LENGTH) return null;
  const title = paragraph.replace(/^#{1,6}\s+/u, '').trim();
  return title === '' || /[.,;:!?]$/u.test(title) ? null : title;
}

export function extractText(text: string): ExtractResult {
  const paragraphs = splitParagraphs('import', text.startsWith('\uFEFF') ? text.slice(1) : text).map((p) => p.text);
  if (paragraphs.length === 0) return { kind: 'invalid', field: 'body', message: 'empty' };
  const title = readTitleLine(paragraphs[0]);
  const metadata = { ...EMPTY_METADATA, title };
  const furniture: ProposedFurniture[] = proposeFurniture(
    paragraphs.map((p) => ({ text: p })),
    metadata,
  );
  if (title !== null && !furniture.some((f) => f.ordinal === 1))
    furniture.unshift({ ordinal: 1, text: paragraphs[0] ?? '', reason: 'the headline, already the title' });
  return { kind: 'ok', article: { format: 'text', metadata, paragraphs, furniture } };
}

/** A corpus file keeps what its front matter says, validated as the loader would; the paragraphs its
 * exclude entries mark become the proposed furniture. */
export function extractCorpusMarkdown(text: string): ExtractResult {
  const split = splitFrontMatter(text);
  if (split.kind === 'invalid') return { kind: 'invalid', ...split.problem };
  const front = parseFrontMatter(split.yaml);
  if (front.kind === 'invalid') return { kind: 'invalid', ...front.problem };
  const built = buildDocument('import', front.metadata, split.body);
  if (built.kind === 'invalid') return built;
  const { outlet, title, author, url, published } = built.document;
  const furniture = built.document.paragraphs
    .filter((paragraph) => paragraph.excluded)
    .map((paragraph) => ({ ordinal: paragraph.ordinal, text: paragraph.text, reason: 'excluded in the file' }));
  return {
    kind: 'ok',
    article: {
      format: 'corpus',
      metadata: { outlet, title, author, url, published },
      paragraphs: built.document.paragraphs.map((paragraph) => paragraph.text),
      furniture,
    },
  };
}

/** Markdown that starts with front matter is a corpus file; otherwise it is read as text. */
export function extractMarkdown(text: string): ExtractResult {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return /^---[^\S\n]*\r?\n/u.test(withoutBom) ? extractCorpusMarkdown(withoutBom) : extractText(withoutBom);
}
