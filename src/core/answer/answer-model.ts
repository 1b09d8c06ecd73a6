// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.21516,
  weights: {
    topScore: 2.70829,
    gap: 1.382685,
    matchedShare: 1.461163,
    knownShare: 0.745727,
    matchedTerms: 3.669332,
    missingTerms: -1.012705,
    heaviestMissing: -0.264967,
    unknownEnglishShare: -0.633387,
    similarity: 2.226899,
    softMatchedShare: 0.336461,
  },
  threshold: 0.119316,
};
