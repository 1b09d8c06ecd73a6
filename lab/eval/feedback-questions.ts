// `npm run eval -- --feedback DATABASE`: members' votes on real answers become a question set in the
// format of dev-questions.json, so retrieval can be measured against real use.
//
// What the votes can honestly say:
// - An answer voted helpful (more helpful than "not relevant" votes) quoted paragraphs a member found
//   useful: the question becomes `expect: "answer"` with those paragraphs' text as evidence (a result
//   is a hit when it quotes one of them again).
// - An answer voted only "not relevant" says the quoted paragraphs were wrong, not that the corpus has
//   no answer. Marking it `no_answer` would reward the bot for refusing a question it may well be able
//   to answer, and we do not know the right evidence either. Such questions are left out of the scored
//   set and listed under `needsLabel`, for a person to give evidence or mark `no_answer`.
import type { CorpusDocument } from '../../src/core/document/types.js';
import type { EvalQuestion } from './question-set.js';
import { normalizeEvidence } from './score-answers.js';

/** One vote joined with its question (the shape of the store's `feedback.listVotes()` rows). */
export interface FeedbackVoteInput {
  readonly answerId: number;
  readonly question: string;
  readonly paragraphIds: readonly string[];
  readonly vote: 'helpful' | 'not-relevant';
}

export interface QuotedParagraph {
  readonly text: string;
  readonly outlet: string;
}

/** Finds a quotable paragraph by id; undefined when the corpus no longer has it or marks it furniture. */
export type ParagraphLookup = (paragraphId: string) => QuotedParagraph | undefined;

export interface UnlabelledQuestion {
  readonly question: string;
  readonly reason: 'only-not-relevant' | 'disputed' | 'paragraphs-gone';
  readonly helpful: number;
  readonly notRelevant: number;
  readonly paragraphIds: readonly string[];
}

export interface FeedbackQuestionSet {
  readonly about: string;
  readonly questions: EvalQuestion[];
  readonly needsLabel: UnlabelledQuestion[];
}

export function buildParagraphLookup(documents: readonly CorpusDocument[]): ParagraphLookup {
  const byId = new Map<string, QuotedParagraph>();
  for (const d of documents) {
    for (const p of d.paragraphs) if (!p.excluded) byId.set(p.id, { text: p.text, outlet: d.outlet });
  }
  return (id) => byId.get(id);
}

interface AnswerTally {
  paragraphIds: readonly string[];
  helpful: number;
  notRelevant: number;
}

export function convertFeedbackToQuestions(
  votes: readonly FeedbackVoteInput[],
  lookup: ParagraphLookup,
): FeedbackQuestionSet {
  // The same question asked twice is one item: grouped by its normalized text, first wording kept.
  const groups = new Map<string, { question: string; answers: Map<number, AnswerTally> }>();
  for (const v of votes) {
    const key = normalizeEvidence(v.question);
    if (key === '') continue;
    const group = groups.get(key) ?? { question: v.question.trim(), answers: new Map<number, AnswerTally>() };
    groups.set(key, group);
    const tally = group.answers.get(v.answerId) ?? { paragraphIds: v.paragraphIds, helpful: 0, notRelevant: 0 };
    if (v.vote === 'helpful') tally.helpful += 1;
    else tally.notRelevant += 1;
    group.answers.set(v.answerId, tally);
  }

  const questions: EvalQuestion[] = [];
  const needsLabel: UnlabelledQuestion[] = [];
  for (const { question, answers } of groups.values()) {
    const tallies = [...answers.values()];
    const helpful = tallies.reduce((sum, t) => sum + t.helpful, 0);
    const notRelevant = tallies.reduce((sum, t) => sum + t.notRelevant, 0);
    const allIds = [...new Set(tallies.flatMap((t) => t.paragraphIds))];
    const goodIds = [...new Set(tallies.filter((t) => t.helpful > t.notRelevant).flatMap((t) => t.paragraphIds))];
    if (goodIds.length === 0) {
      needsLabel.push({
        question,
        reason: helpful === 0 ? 'only-not-relevant' : 'disputed',
        helpful,
        notRelevant,
        paragraphIds: allIds,
      });
      continue;
    }
    const paragraphs = goodIds.map(lookup).filter((p): p is QuotedParagraph => p !== undefined);
    if (paragraphs.length === 0) {
      needsLabel.push({ question, reason: 'paragraphs-gone', helpful, notRelevant, paragraphIds: goodIds });
      continue;
    }
    const outlets = new Set(paragraphs.map((p) => p.outlet));
    const [onlyOutlet] = outlets;
    const id = `f${String(questions.length + 1).padStart(3, '0')}`;
    const evidence = [...new Set(paragraphs.map((p) => p.text))];
    // The outlet is only expected when every helpful paragraph came from one outlet.
    questions.push(
      outlets.size === 1 && onlyOutlet !== undefined
        ? { id, question, expect: 'answer', outlet: onlyOutlet, evidence }
        : { id, question, expect: 'answer', evidence },
    );
  }

  return {
    about:
      'Generated from members’ feedback votes. Each item is a question whose answer was voted helpful; evidence is ' +
      'the full text of the paragraphs that answer quoted. Questions voted only "not relevant" (or disputed) are ' +
      'not scored: a bad answer does not show the corpus has none. They are listed in needsLabel for a person to label.',
    questions,
    needsLabel,
  };
}
