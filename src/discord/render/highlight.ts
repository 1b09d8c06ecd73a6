// Verbatim quotes as Discord markdown: every markdown character escaped, so the visible text is exactly
// the source text, and the words whose stems the question matched in bold. Stems come from the core's
// own analyzer, so "officials" is bold when the question said "official".
import { escapeControlCharacters } from '../../core/answer/escape-controls.js';
import { analyzeTerms } from '../../core/text/analyze.js';

/** Characters that Discord markdown may act on anywhere in a line, plus `<` (mentions, channels). */
const MARKDOWN_SPECIAL = /[\\*_~`|>#[\]()<:-]/g;

export function escapeMarkdownText(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/**
 * Metadata (outlet, title, author, ids) in text Discord renders as markdown: control characters written
 * out, markdown escaped. Not for quotes, which are verbatim.
 */
export function escapeMetadata(text: string): string {
  return escapeMarkdownText(escapeControlCharacters(text));
}

/** Runs of letters, digits and in-word apostrophes: the spans a reader sees as words. */
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;

export function renderHighlightedText(text: string, matchedTerms: readonly string[]): string {
  if (matchedTerms.length === 0) return escapeMarkdownText(text);
  const wanted = new Set(matchedTerms);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const isMatched = analyzeTerms(word).some((term) => wanted.has(term));
    out += escapeMarkdownText(text.slice(last, start));
    out += isMatched ? `**${escapeMarkdownText(word)}**` : escapeMarkdownText(word);
    last = start + word.length;
  }
  return out + escapeMarkdownText(text.slice(last));
}

/** The inverse, for tests and logs: what a reader sees, with bold markers and escapes removed. */
export function toVisibleText(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length; i += 1) {
    const char = markdown[i];
    if (char === '\\' && i + 1 < markdown.length) {
      out += markdown[i + 1];
      i += 1;
    } else if (char === '*' && markdown[i + 1] === '*') {
      i += 1;
    } else {
      out += char;
    }
  }
  return out;
}
