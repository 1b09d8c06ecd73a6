// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.365855,
  weights: {
    topScore: 2.849144,
    gap: 1.299934,
    matchedShare: 1.520456,
    knownShare: 0.85654,
    matchedTerms: 3.427344,
    missingTerms: -0.874092,
    heaviestMissing: -0.301394,
    unknownEnglishShare: -0.904641,
    similarity: 2.257691,
    softMatchedShare: 0.57117,
  },
  threshold: 0.129883,
};
