// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.252753,
  weights: {
    topScore: 2.756132,
    gap: 1.432483,
    matchedShare: 1.413658,
    knownShare: 0.831403,
    matchedTerms: 3.770668,
    missingTerms: -1.064331,
    heaviestMissing: -0.229222,
    unknownEnglishShare: -0.575591,
    similarity: 1.89523,
    softMatchedShare: 0.363555,
  },
  threshold: 0.115607,
};
