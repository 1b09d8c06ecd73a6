// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.73264,
  weights: {
    topScore: 2.75904,
    gap: 1.247502,
    matchedShare: 2.036261,
    knownShare: 0.514908,
    matchedTerms: 4.466393,
    missingTerms: -0.576356,
    heaviestMissing: -0.361499,
  },
  threshold: 0.073453,
};
