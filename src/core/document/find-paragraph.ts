// One paragraph by its id (`<document-id>#<n>`), furniture included: the lookup behind /quote, Show
// context and the /quiz reveal. Ids are cached per index, so a lookup is a map read, not a scan.
import type { SearchIndex } from '../retrieval/build-index.js';
import type { CorpusDocument, Paragraph } from './types.js';

export interface FoundParagraph {
  readonly document: CorpusDocument;
  readonly paragraph: Paragraph;
}

const byIndex = new WeakMap<SearchIndex, ReadonlyMap<string, FoundParagraph>>();

function mapParagraphs(index: SearchIndex): ReadonlyMap<string, FoundParagraph> {
  const map = new Map<string, FoundParagraph>();
  for (const document of index.documents)
    for (const paragraph of document.paragraphs) map.set(paragraph.id, { document, paragraph });
  return map;
}

export function findParagraph(index: SearchIndex, paragraphId: string): FoundParagraph | undefined {
  let map = byIndex.get(index);
  if (!map) {
    map = mapParagraphs(index);
    byIndex.set(index, map);
  }
  return map.get(paragraphId);
}
