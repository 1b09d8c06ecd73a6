// The outlets of a corpus, once each, in the order their first documents come: the one place that says
// what "the outlets" of an index are (listing them, naming them in a question, keeping their words from
// being bridged, the CLI's message for an unknown --outlet).
import type { CorpusDocument } from './types.js';

export function distinctOutlets(documents: readonly CorpusDocument[]): string[] {
  return [...new Set(documents.map((d) => d.outlet))];
}
