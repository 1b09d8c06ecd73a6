// A corpus document from a body, built by the corpus loader's own buildDocument (outlet "O" unless given, no author,
// url or date): for tests that index a few hand-written paragraphs.
import { buildDocument } from '../../src/core/document/build-document.js';
import type { CorpusDocument } from '../../src/core/document/types.js';

export function makeDocument(id: string, body: string, title: string = id, outlet = 'O'): CorpusDocument {
  const built = buildDocument(id, { outlet, title, author: null, url: null, published: null, exclude: [] }, body);
  if (built.kind !== 'ok') throw new Error(built.message);
  return built.document;
}
