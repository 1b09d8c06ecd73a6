// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.206077,
  weights: {
    topScore: 2.653548,
    gap: 1.347323,
    matchedShare: 1.421314,
    knownShare: 0.775768,
    matchedTerms: 3.811787,
    missingTerms: -1.080364,
    heaviestMissing: -0.213839,
    unknownEnglishShare: -0.629819,
    similarity: 1.929313,
    softMatchedShare: 0.362077,
  },
  threshold: 0.115667,
};
