// A fingerprint of everything the bot computes, for speed work that must change no answer: every index
// array (postings, forward index, term and paragraph vectors) and, for every question of every set, the
// whole answer, the unrounded first-pass and final rankings and the decision's signals. Run it before
// and after a change; equal digests mean the change is a pure speed-up on these inputs. It hashes the
// exact bits of every float, so it is stricter than `npm run eval`'s tables (which round).
import { createHash, type Hash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { measureSignals } from '../../src/core/answer/answer-signals.js';
import type { CorpusDocument } from '../../src/core/document/types.js';
import type { SearchIndex } from '../../src/core/retrieval/build-index.js';
import { analyzeQuestion, searchParagraphs } from '../../src/core/retrieval/rank.js';
import { vectorRow } from '../../src/core/text/word-vectors.js';
import { indexCorpus } from '../../src/corpus/index-corpus.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { makeAdversarialQuestions, makeKnownItemQuestions } from '../bench/questions.js';
import { loadCranfield } from '../eval/cranfield/load-cranfield.js';
import { loadQuestionSet } from '../eval/question-set.js';
import { SET_PATHS } from '../eval/run-sets.js';
import { loadSquad } from '../eval/squad/run-squad.js';

const USAGE = `usage: npx tsx lab/cli/digest-answers.ts [--corpus DIR] [--synthetic DIR] [--adversarial N]
  Prints one sha256 per index and per question set (dev, dev2, extra, SQuAD, Cranfield, adversarial
  questions on --corpus and, with --synthetic, known-item and adversarial questions on that corpus
  directory, e.g. one the bench generated).
`;

function hashArray(hash: Hash, array: ArrayBufferView): void {
  hash.update(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
}

/** Every array the index holds, bit for bit. */
function digestIndex(index: SearchIndex): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([...index.termIds]));
  hash.update(JSON.stringify([...index.wordFrequency]));
  for (const array of [
    index.documentFrequency,
    index.postingStart,
    index.postingParagraph,
    index.postingWeight,
    index.tokenStart,
    index.tokenTerms,
  ])
    hashArray(hash, array);
  const embedding = index.embedding;
  if (embedding) {
    hashArray(hash, embedding.termVectors);
    hashArray(hash, embedding.hasVector);
    hashArray(hash, embedding.bridgeCandidates);
    hash.update(JSON.stringify(embedding.termWord));
    for (let p = 0; p < index.paragraphs.length; p += 1)
      hashArray(hash, vectorRow(embedding.paragraphVectors, p, embedding.dims));
  }
  return hash.digest('hex');
}

/** The whole answer (`top` results), the unrounded rankings to `depth` and the decision's signals of each question. */
function digestAnswers(index: SearchIndex, questions: readonly string[], top: number, depth: number): string {
  const hash = createHash('sha256');
  for (const question of questions) {
    hash.update(JSON.stringify(answerQuestion(index, question, { top })));
    const analyzed = analyzeQuestion(index, question);
    if (analyzed.vector) hashArray(hash, analyzed.vector);
    const search = searchParagraphs(index, analyzed, { limit: depth });
    hash.update(JSON.stringify(search));
    hash.update(JSON.stringify(measureSignals(index, analyzed, search.firstPass)));
  }
  return hash.digest('hex');
}

function report(
  label: string,
  documents: readonly CorpusDocument[],
  sets: Array<[string, readonly string[], number, number]>,
): void {
  const index = indexCorpus(documents);
  process.stdout.write(`${label} index ${digestIndex(index)}\n`);
  for (const [name, questions, top, depth] of sets)
    process.stdout.write(`${label} ${name} (${questions.length}) ${digestAnswers(index, questions, top, depth)}\n`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: 'corpus' },
      synthetic: { type: 'string' },
      adversarial: { type: 'string', default: '200' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const adversarial = makeAdversarialQuestions(Number(values.adversarial)).map((q) => q.question);
  const news = loadCorpus(values.corpus);
  const setQuestions = (path: string) => loadQuestionSet(path).map((q) => q.question);
  report('news', news, [
    ['dev', setQuestions(SET_PATHS.dev), 3, 10],
    ['dev2', setQuestions(SET_PATHS.dev2), 3, 10],
    ['extra', setQuestions(SET_PATHS.extra), 3, 10],
    ['adversarial', adversarial, 3, 10],
  ]);
  const squad = loadSquad(SET_PATHS.squad);
  report('squad', squad.documents, [['questions', squad.questions.map((q) => q.question), 10, 10]]);
  const cranfield = loadCranfield(SET_PATHS.cranfield);
  report('cranfield', cranfield.documents, [['questions', cranfield.questions.map((q) => q.text), 10, 1000]]);
  if (values.synthetic) {
    const synthetic = loadCorpus(values.synthetic);
    const knownItem = makeKnownItemQuestions(
      synthetic.flatMap((d) => d.paragraphs.filter((p) => !p.excluded)),
      {
        count: 300,
      },
    ).map((q) => q.question);
    report('synthetic', synthetic, [
      ['known-item', knownItem, 3, 10],
      ['adversarial', adversarial, 3, 10],
    ]);
  }
}

main();
