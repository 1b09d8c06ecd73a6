// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.303012,
  weights: {
    topScore: 2.694789,
    gap: 1.36837,
    matchedShare: 1.467075,
    knownShare: 0.819938,
    matchedTerms: 3.792611,
    missingTerms: -1.015973,
    heaviestMissing: -0.267443,
    unknownEnglishShare: -0.663965,
    similarity: 1.89186,
    softMatchedShare: 0.373165,
  },
  threshold: 0.11518,
};
