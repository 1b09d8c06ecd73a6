// "Show context" and /quote: a paragraph in full, with the paragraphs before and after it, so a reader
// can judge a quote in its setting. Furniture neighbours are skipped: they are not reporting.
import { findParagraph } from '../../core/document/find-paragraph.js';
import type { SearchIndex } from '../../core/retrieval/build-index.js';
import type { EmbedSpec, ReplySpec } from '../to-reply.js';
import { NO_AUTHOR, pickOutletColor } from './answer-reply.js';
import { escapeMarkdownText } from './highlight.js';

export const UNKNOWN_PARAGRAPH_MESSAGE =
  'No paragraph has that id. Ids look like `document-id#3`: the footer of every quote shows one, and `/sources` lists the documents.';
export const FURNITURE_MESSAGE = 'That paragraph is page furniture (navigation, adverts), which is never quoted.';
const NEIGHBOUR_COLOR = 0x4f545c;

export function renderParagraphContext(index: SearchIndex, paragraphId: string, ephemeral: boolean): ReplySpec {
  const found = findParagraph(index, paragraphId);
  if (!found) return { content: UNKNOWN_PARAGRAPH_MESSAGE, ephemeral: true };
  const { document, paragraph } = found;
  if (paragraph.excluded) return { content: FURNITURE_MESSAGE, ephemeral: true };

  const quotable = document.paragraphs.filter((p) => !p.excluded);
  const at = quotable.indexOf(paragraph);
  const before = quotable[at - 1];
  const after = quotable[at + 1];
  const plain = (text: string) => ({ plain: text, render: escapeMarkdownText });
  const neighbour = (p: typeof paragraph, label: string): EmbedSpec => ({
    body: plain(p.text),
    footer: `${label} \u00B7 ${p.id}`,
    color: NEIGHBOUR_COLOR,
  });
  const embeds: EmbedSpec[] = [];
  if (before) embeds.push(neighbour(before, 'Before'));
  embeds.push({
    author: document.outlet,
    title: escapeMarkdownText(document.title),
    body: plain(paragraph.text),
    fields: [
      {
        name: 'Author',
        value: document.author === null ? NO_AUTHOR : escapeMarkdownText(document.author),
        inline: true,
      },
    ],
    footer: paragraph.id,
    color: pickOutletColor(document.outlet),
  });
  if (after) embeds.push(neighbour(after, 'After'));
  return { embeds, ephemeral };
}
