// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.252655,
  weights: {
    topScore: 2.755307,
    gap: 1.432258,
    matchedShare: 1.413712,
    knownShare: 0.831281,
    matchedTerms: 3.770862,
    missingTerms: -1.064513,
    heaviestMissing: -0.229219,
    unknownEnglishShare: -0.575442,
    similarity: 1.895922,
    softMatchedShare: 0.363379,
  },
  threshold: 0.115606,
};
