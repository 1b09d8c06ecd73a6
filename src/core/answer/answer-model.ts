// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.291233,
  weights: {
    topScore: 2.693859,
    gap: 1.36579,
    matchedShare: 1.469167,
    knownShare: 0.820901,
    matchedTerms: 3.787534,
    missingTerms: -1.020551,
    heaviestMissing: -0.26637,
    unknownEnglishShare: -0.664177,
    similarity: 1.90311,
    softMatchedShare: 0.361818,
  },
  threshold: 0.115865,
};
