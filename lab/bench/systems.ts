// The systems the benchmark compares, behind one interface: build from the loaded corpus, answer a
// question with the id of the best paragraph. Every system indexes the same non-furniture paragraphs
// of the same loadCorpus() result, so "build" means corpus load + index build for all of them.
// Peers are imported lazily: they are devDependencies and only the benchmark may need them.

import { answerQuestion } from '../../src/core/answer/answer-question.js';
import type { CorpusDocument } from '../../src/core/document/types.js';
import { analyzeTerms, stemWord, tokenizeWords } from '../../src/core/text/analyze.js';
import { isStopword } from '../../src/core/text/stopwords.js';
import { indexCorpus } from '../../src/corpus/index-corpus.js';

export interface BenchSystem {
  /** Best paragraph id for the question, or null when the system finds nothing. */
  search(question: string): string | null;
}

export interface SystemDefinition {
  readonly name: string;
  readonly peer: boolean;
  /** What text processing it uses: the table's footnote. */
  readonly textProcessing: string;
  build(documents: readonly CorpusDocument[]): Promise<BenchSystem>;
}

interface FlatParagraph {
  readonly id: string;
  readonly text: string;
}

function listParagraphs(documents: readonly CorpusDocument[]): FlatParagraph[] {
  return documents.flatMap((d) => d.paragraphs.filter((p) => !p.excluded).map((p) => ({ id: p.id, text: p.text })));
}

const ours: SystemDefinition = {
  name: 'ours',
  peer: false,
  textProcessing:
    'our analyzer (normalise, natural tokenizer + stopwords, Porter stem, spelling, WordNet); BM25 share with adjacency and feedback; the whole answer (decision and quotes included)',
  async build(documents) {
    const index = indexCorpus(documents);
    return {
      search(question) {
        // The whole answer, as `ask` gives it; a refused question still ranks (its related passages).
        const answer = answerQuestion(index, question, { top: 3 });
        const best = answer.kind === 'quotes' ? answer.results[0] : answer.related[0];
        return best?.paragraphId ?? null;
      },
    };
  },
};

const natural: SystemDefinition = {
  name: 'natural TfIdf',
  peer: true,
  textProcessing: 'our analyzer, terms passed as arrays; natural scores every document per question',
  async build(documents) {
    const { default: TfIdf } = await import('natural/lib/natural/tfidf/tfidf.js');
    const tfidf = new TfIdf();
    const paragraphs = listParagraphs(documents);
    for (const p of paragraphs) tfidf.addDocument(analyzeTerms(p.text), p.id);
    return {
      search(question) {
        const terms = analyzeTerms(question);
        if (terms.length === 0) return null;
        const scores = tfidf.tfidfs(terms);
        let best = -1;
        let bestScore = 0;
        for (let i = 0; i < scores.length; i += 1) {
          const score = scores[i] ?? 0;
          if (score > bestScore) {
            bestScore = score;
            best = i;
          }
        }
        return best < 0 ? null : (paragraphs[best]?.id ?? null);
      },
    };
  },
};

const minisearch: SystemDefinition = {
  name: 'MiniSearch',
  peer: true,
  textProcessing: 'our analyzer as tokenize + processTerm; MiniSearch BM25+, exact terms (no fuzzy/prefix)',
  async build(documents) {
    const { default: MiniSearch } = await import('minisearch');
    const paragraphs = listParagraphs(documents);
    const search = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      tokenize: (text) => tokenizeWords(text),
      processTerm: (word) => (isStopword(word) ? null : stemWord(word)),
    });
    search.addAll(paragraphs.map((p, id) => ({ id, text: p.text })));
    return {
      search(question) {
        const [best] = search.search(question);
        return best === undefined ? null : (paragraphs[best.id as number]?.id ?? null);
      },
    };
  },
};

const lunr: SystemDefinition = {
  name: 'lunr',
  peer: true,
  textProcessing: "lunr's English pipeline (its tokenizer, stopwords, Porter stemmer); BM25",
  async build(documents) {
    const { default: lunrIndex } = await import('lunr');
    const paragraphs = listParagraphs(documents);
    const index = lunrIndex(function build() {
      this.ref('id');
      this.field('text');
      for (const [id, p] of paragraphs.entries()) this.add({ id: String(id), text: p.text });
    });
    return {
      search(question) {
        // lunr reads "+", "-", ":", "~", "^" and "*" as query syntax; questions are plain words.
        const [best] = index.search(question.replace(/[+\-:~^*]/g, ' '));
        return best === undefined ? null : (paragraphs[Number(best.ref)]?.id ?? null);
      },
    };
  },
};

const wink: SystemDefinition = {
  name: 'wink-bm25',
  peer: true,
  textProcessing: 'wink-nlp-utils: lower-case, tokenize0, remove stopwords, Porter stem; BM25',
  async build(documents) {
    const { default: bm25 } = await import('wink-bm25-text-search');
    const { default: nlp } = await import('wink-nlp-utils');
    const engine = bm25();
    engine.defineConfig({ fldWeights: { text: 1 } });
    engine.definePrepTasks([
      nlp.string.lowerCase,
      nlp.string.removeExtraSpaces,
      nlp.string.tokenize0,
      nlp.tokens.removeWords,
      nlp.tokens.stem,
    ]);
    const paragraphs = listParagraphs(documents);
    for (const [id, p] of paragraphs.entries()) engine.addDoc({ text: p.text }, id);
    engine.consolidate();
    return {
      search(question) {
        const [best] = engine.search(question, 3);
        return best === undefined ? null : (paragraphs[Number(best[0])]?.id ?? null);
      },
    };
  },
};

export const SYSTEMS: readonly SystemDefinition[] = [ours, natural, minisearch, lunr, wink];

export function findSystem(name: string): SystemDefinition | undefined {
  return SYSTEMS.find((s) => s.name === name || slugSystemName(s.name) === name);
}

export function slugSystemName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
