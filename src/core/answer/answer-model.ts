// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.255335,
  weights: {
    topScore: 2.758097,
    gap: 1.437189,
    matchedShare: 1.414065,
    knownShare: 0.831636,
    matchedTerms: 3.770251,
    missingTerms: -1.06422,
    heaviestMissing: -0.228172,
    unknownEnglishShare: -0.575832,
    similarity: 1.89543,
    softMatchedShare: 0.365604,
  },
  threshold: 0.115543,
};
