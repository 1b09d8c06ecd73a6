// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.02442,
  weights: {
    topScore: 2.798544,
    gap: 1.025357,
    matchedShare: 1.771314,
    knownShare: 0.914636,
    matchedTerms: 3.973795,
    missingTerms: -0.742654,
    heaviestMissing: -0.33272,
    unknownEnglishShare: -1.433298,
  },
  threshold: 0.133951,
};
