// What the core may ask about English, without knowing where the answers come from: src/lexicon reads
// them from WordNet's files; tests pass a small map. Pure interface, no I/O here.
import type { EnglishWords } from '../retrieval/spelling.js';

export interface Lexicon extends EnglishWords {
  /**
   * Single words related to `word` in WordNet, closest first: synonyms of its commonest senses, then
   * derivations ("annex" / "annexation"), then hypernyms ("spy" / "agent"). Lower case, no duplicates.
   */
  relatedWords(word: string): readonly string[];
}
