// HTML → article: Mozilla's Readability (the Firefox Reader View extractor) finds the article in a
// linkedom DOM, then its HTML is cut into paragraphs. Metadata comes from the page's own declarations
// first and from Readability's reading of the page second; what neither finds stays null.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DomDocument } from './dom.js';
import { collectParagraphs } from './html-paragraphs.js';
import { cleanText, readIsoDate, readPageMetadata, readPerson } from './page-metadata.js';
import { proposeFurniture } from './propose-furniture.js';
import type { ArticleMetadata, ExtractResult } from './types.js';

export interface ExtractHtmlOptions {
  /** Where the page came from: resolves relative canonical links and is the url when the page has none. */
  readonly url?: string;
}

/** Less article text than this is a page without an article: a sign-in wall, an error page. */
export const MIN_ARTICLE_CHARACTERS = 200;

function parseDocument(html: string): DomDocument {
  // linkedom needs a whole document to give <head>; a fragment gets one wrapped around it.
  const source = /<html[\s>]/iu.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as DomDocument;
}

function firstOf(...values: readonly (string | null)[]): string | null {
  return values.find((value) => value !== null) ?? null;
}

export function extractHtml(html: string, options: ExtractHtmlOptions = {}): ExtractResult {
  // Readability changes the DOM it reads, so the metadata is read from a copy of its own.
  const page = readPageMetadata(parseDocument(html), options.url);
  const document = parseDocument(html);
  const parsed = new Readability(document, { keepClasses: true, charThreshold: 200 }).parse();
  if (parsed === null || typeof parsed.content !== 'string') {
    return { kind: 'invalid', field: 'body', message: 'no article text found in the page' };
  }
  const container = parseDocument(`<div id="readability-root">${parsed.content}</div>`);
  const root = container.getElementById('readability-root');
  const paragraphs = root === null ? [] : collectParagraphs(root);
  if (paragraphs.length === 0) return { kind: 'invalid', field: 'body', message: 'no article text found in the page' };
  const metadata: ArticleMetadata = {
    outlet: firstOf(page.outlet, cleanText(parsed.siteName)),
    title: firstOf(page.title, cleanText(parsed.title)),
    author: firstOf(page.author, readPerson(cleanText(parsed.byline))),
    url: page.url,
    published: firstOf(page.published, readIsoDate(cleanText(parsed.publishedTime))),
  };
  const furniture = proposeFurniture(paragraphs, metadata);
  const reporting = paragraphs.filter((_, index) => !furniture.some((f) => f.ordinal === index + 1));
  const length = reporting.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
  if (length < MIN_ARTICLE_CHARACTERS) {
    const message = `only ${length} characters of article text (a sign-in, cookie or error page?)`;
    return { kind: 'invalid', field: 'body', message };
  }
  return {
    kind: 'ok',
    article: { format: 'html', metadata, paragraphs: paragraphs.map((paragraph) => paragraph.text), furniture },
  };
}
