// The no-answer decision: logistic regression over the signals of answer-signals.ts,
//   P(answerable) = 1 / (1 + e^−(bias + Σ_i weight_i · signal_i)),   answer when P ≥ threshold.
// Deterministic and explainable: each signal's contribution is weight × value. The weights and the
// threshold are trained by lab/train/train-answer-model.ts on labelled data in the repository and
// committed in answer-model.ts; docs/design.md gives the data, the fit and precision/recall.
// One rule sits beside the model: a question asking for a count or a sum of money is refused when the
// best paragraph states no quantity at all (quantity.ts). The model could not learn it (its training
// negatives are off-topic, and those it already refuses), and no weight of evidence elsewhere makes a
// paragraph without a number answer "how many".
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

/**
 * The decision with its reason: `below-threshold` when the best score is zero or P(answerable) is under
 * the threshold, else `no-quantity` when the quantity rule refuses, else `answer`.
 */
export type Decision = 'answer' | 'no-quantity' | 'below-threshold';

export function decide(signals: AnswerSignals, model: AnswerModel = ANSWER_MODEL): Decision {
  if (signals.topScore <= 0 || scoreAnswerability(signals, model) < model.threshold) return 'below-threshold';
  return signals.missingQuantity ? 'no-quantity' : 'answer';
}
