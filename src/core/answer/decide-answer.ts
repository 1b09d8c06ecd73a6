// The no-answer decision: logistic regression over the signals of answer-signals.ts,
//   P(answerable) = 1 / (1 + e^−(bias + Σ_i weight_i · signal_i)),   answer when P ≥ threshold.
// Deterministic and explainable: each signal's contribution is weight × value. The weights and the
// threshold are trained by lab/train/train-answer-model.ts on labelled data in the repository and
// committed in answer-model.ts; docs/design.md gives the data, the fit and precision/recall.
import { ANSWER_MODEL } from './answer-model.js';
import { type AnswerSignals, SIGNAL_NAMES } from './answer-signals.js';

export interface AnswerModel {
  readonly bias: number;
  readonly weights: Readonly<Record<(typeof SIGNAL_NAMES)[number], number>>;
  /** Answer when P(answerable) is at least this. */
  readonly threshold: number;
}

export function scoreAnswerability(signals: AnswerSignals, model: AnswerModel = ANSWER_MODEL): number {
  let z = model.bias;
  for (const name of SIGNAL_NAMES) z += model.weights[name] * signals[name];
  return 1 / (1 + Math.exp(-z));
}

export function decideAnswer(signals: AnswerSignals, model: AnswerModel = ANSWER_MODEL): boolean {
  return signals.topScore > 0 && scoreAnswerability(signals, model) >= model.threshold;
}
