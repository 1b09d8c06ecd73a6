// Written by lab/train/train-answer-model.ts; do not edit by hand (re-run it: npm run train-answer-model).
import type { AnswerModel } from './decide-answer.js';

export const ANSWER_MODEL: AnswerModel = {
  bias: -6.979611,
  weights: {
    topScore: 2.907704,
    gap: 0.933025,
    matchedShare: 1.795687,
    knownShare: 1.813246,
    matchedTerms: 4.009215,
    missingTerms: -0.803566,
    heaviestMissing: -0.361181,
  },
  threshold: 0.125413,
};
