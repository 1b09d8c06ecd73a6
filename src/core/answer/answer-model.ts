// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.203722,
  weights: {
    topScore: 2.709581,
    gap: 1.369563,
    matchedShare: 1.460359,
    knownShare: 0.742413,
    matchedTerms: 3.676993,
    missingTerms: -1.023965,
    heaviestMissing: -0.256769,
    unknownEnglishShare: -0.617445,
    similarity: 2.224308,
    softMatchedShare: 0.330635,
  },
  threshold: 0.120093,
};
