// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.252765,
  weights: {
    topScore: 2.756106,
    gap: 1.43276,
    matchedShare: 1.413638,
    knownShare: 0.831401,
    matchedTerms: 3.770669,
    missingTerms: -1.064323,
    heaviestMissing: -0.229213,
    unknownEnglishShare: -0.575602,
    similarity: 1.895226,
    softMatchedShare: 0.36354,
  },
  threshold: 0.115606,
};
