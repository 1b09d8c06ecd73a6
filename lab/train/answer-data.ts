// Labelled data for the no-answer decision, made only from question sets in the repository:
// a question asked of the corpus it was written for is answerable; asked of a corpus about something
// else entirely it is not. dev2 and extra are left out: they are what the decision is judged on.
//   answerable:   dev (answerable ones) on the news corpus, SQuAD on SQuAD, Cranfield on Cranfield
//   unanswerable: SQuAD and Cranfield on the news corpus, dev on SQuAD and on Cranfield, and dev's
//                 own no-answer questions on the news corpus

import type { AnswerSignals } from '../../src/core/answer/answer-signals.js';
import { measureSignals } from '../../src/core/answer/answer-signals.js';
import type { CorpusDocument } from '../../src/core/document/types.js';
import type { SearchIndex } from '../../src/core/retrieval/build-index.js';
import { analyzeQuestion, searchParagraphs } from '../../src/core/retrieval/rank.js';
import { indexCorpus } from '../../src/corpus/index-corpus.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { sharedWordVectors } from '../../src/lexicon/load-word-vectors.js';
import { loadCranfield } from '../eval/cranfield/load-cranfield.js';
import { loadQuestionSet } from '../eval/question-set.js';
import { SET_PATHS } from '../eval/run-sets.js';
import { loadSquad } from '../eval/squad/run-squad.js';
import { makeParaphraser } from './paraphrase-questions.js';

export interface Example {
  readonly group: string;
  readonly answerable: boolean;
  readonly question: string;
  readonly signals: AnswerSignals;
}

export function measureQuestion(
  index: SearchIndex,
  question: string,
  accept?: (paragraphIndex: number) => boolean,
): AnswerSignals {
  const analyzed = analyzeQuestion(index, question);
  const search = searchParagraphs(index, analyzed, { limit: 3, ...(accept ? { accept } : {}) });
  return measureSignals(index, analyzed, search.firstPass);
}

/** Every `stride`-th item, starting at `offset`: a deterministic sample. */
function sample<T>(items: readonly T[], stride: number, offset = 0): T[] {
  return items.filter((_, i) => i % stride === offset);
}

export interface AnswerDataOptions {
  readonly squadStride?: number;
  /** Add paraphrased answerable questions (paraphrase-questions.ts). */
  readonly paraphrased?: boolean;
  /** Add SQuAD questions asked without the paragraphs that answer them (measured, not shipped). */
  readonly withoutAnswer?: boolean;
}

export function buildAnswerData(newsCorpus: string, options: AnswerDataOptions = {}): Example[] {
  const squadStride = options.squadStride ?? 5;
  const news = loadCorpus(newsCorpus);
  const squad = loadSquad(SET_PATHS.squad);
  const cranfield = loadCranfield(SET_PATHS.cranfield);
  const dev = loadQuestionSet(SET_PATHS.dev);
  const indexOf = (documents: readonly CorpusDocument[]): SearchIndex => indexCorpus(documents);
  const newsIndex = indexOf(news);
  const squadIndex = indexOf(squad.documents);
  const cranfieldIndex = indexOf(cranfield.documents);
  const examples: Example[] = [];
  const add = (group: string, answerable: boolean, index: SearchIndex, questions: readonly string[]): void => {
    for (const question of questions)
      examples.push({ group, answerable, question, signals: measureQuestion(index, question) });
  };
  const squadQuestions = squad.questions.map((q) => q.question);
  const cranfieldQuestions = cranfield.questions.map((q) => q.text);
  add(
    'dev on news',
    true,
    newsIndex,
    dev.filter((q) => q.expect === 'answer').map((q) => q.question),
  );
  add('squad on squad', true, squadIndex, sample(squadQuestions, squadStride));
  add('cranfield on cranfield', true, cranfieldIndex, cranfieldQuestions);
  add('squad on news', false, newsIndex, sample(squadQuestions, squadStride, 2));
  add('cranfield on news', false, newsIndex, cranfieldQuestions);
  add(
    'dev on squad',
    false,
    squadIndex,
    dev.map((q) => q.question),
  );
  add(
    'dev on cranfield',
    false,
    cranfieldIndex,
    dev.map((q) => q.question),
  );
  // On-topic and unanswerable: a SQuAD question asked of SQuAD without the paragraphs that hold its
  // answer (its own, and any other with a gold answer string). The rest of its article is still there, so
  // the question's subject is in the corpus and only the answer is missing, as in "who replaced Flynn?".
  if (options.withoutAnswer)
    for (const q of sample(squad.questions, squadStride, 3)) {
      const holdsAnswer = (p: number): boolean => {
        const paragraph = squadIndex.paragraphs[p]?.paragraph;
        return (
          paragraph === undefined || paragraph.id === q.paragraphId || q.answers.some((a) => paragraph.text.includes(a))
        );
      };
      examples.push({
        group: 'squad without its answer',
        answerable: false,
        question: q.question,
        signals: measureQuestion(squadIndex, q.question, (p) => !holdsAnswer(p)),
      });
    }
  add(
    'dev no-answer on news',
    false,
    newsIndex,
    dev.filter((q) => q.expect === 'no_answer').map((q) => q.question),
  );
  // Answerable questions in other words (paraphrase-questions.ts): without them, every question that
  // does not reuse the paragraph's words looks like one about something else.
  const vectors = sharedWordVectors();
  if (options.paraphrased && vectors !== undefined) {
    const paraphrase = makeParaphraser(vectors, PARAPHRASE_RATE);
    const reworded = (index: SearchIndex, questions: readonly string[]): string[] =>
      questions.map((q) => paraphrase(index, q)).filter((q): q is string => q !== null);
    add(
      'paraphrased dev on news',
      true,
      newsIndex,
      reworded(
        newsIndex,
        dev.filter((q) => q.expect === 'answer').map((q) => q.question),
      ),
    );
    add(
      'paraphrased squad on squad',
      true,
      squadIndex,
      reworded(squadIndex, sample(squadQuestions, squadStride * 4, 1)),
    );
  }
  return examples;
}

/** Share of a question's corpus words replaced in a paraphrased variant. */
const PARAPHRASE_RATE = 0.5;
