// The paragraphs of Readability's article HTML: each block element without blocks inside is one
// paragraph, its text as a browser shows it (runs of ASCII white space become one space, <br> a space;
// non-breaking spaces and curly quotes stay). Markup hints (class or id such as "newsletter") travel
// with the paragraph so furniture inside the article can be proposed for exclusion.

import type { DomElement, DomNode } from './dom.js';

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

export interface HtmlParagraph {
  readonly text: string;
  /** class and id words of the element and its ancestors inside the article, lower case. */
  readonly hints: string;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

function describeElement(element: DomElement): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().trim();
}

/** HTML collapses ASCII white space only; trim() as the corpus splitter does, so the texts agree. */
function showText(raw: string): string {
  return raw.replace(/[ \t\n\r\f]+/gu, ' ').trim();
}

export function collectParagraphs(root: DomElement): HtmlParagraph[] {
  const paragraphs: HtmlParagraph[] = [];
  const visit = (element: DomElement, hints: string): void => {
    let run = '';
    const flush = (): void => {
      const text = showText(run);
      if (text !== '') paragraphs.push({ text, hints });
      run = '';
    };
    for (const child of element.childNodes) {
      if (child.nodeType === TEXT_NODE) run += child.textContent ?? '';
      else if (isElement(child)) {
        if (SKIPPED.has(child.tagName)) continue;
        if (child.tagName === 'BR') run += ' ';
        else if (BLOCKS.has(child.tagName)) {
          flush();
          visit(child, `${hints} ${describeElement(child)}`.trim());
        } else run += readInline(child);
      }
    }
    flush();
  };
  visit(root, describeElement(root));
  return paragraphs;
}

/** The text of an inline element, with <br> as a space and scripts left out. */
function readInline(element: DomElement): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === TEXT_NODE) text += child.textContent ?? '';
    else if (isElement(child) && !SKIPPED.has(child.tagName)) text += child.tagName === 'BR' ? ' ' : readInline(child);
  }
  return text;
}
