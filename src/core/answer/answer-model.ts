// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.240022,
  weights: {
    topScore: 2.635275,
    gap: 1.351742,
    matchedShare: 1.437909,
    knownShare: 0.837893,
    matchedTerms: 3.772867,
    missingTerms: -1.075631,
    heaviestMissing: -0.228765,
    unknownEnglishShare: -0.568749,
    similarity: 1.925781,
    softMatchedShare: 0.36995,
  },
  threshold: 0.115935,
};
