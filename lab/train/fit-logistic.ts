// Logistic regression by full-batch gradient descent: deterministic (fixed start, fixed steps, no
// shuffling), with per-example weights and a small L2 penalty so that correlated signals share weight.
export interface FitOptions {
  readonly iterations: number;
  readonly learningRate: number;
  readonly l2: number;
}

export const DEFAULT_FIT: FitOptions = { iterations: 4000, learningRate: 0.5, l2: 1e-3 };

export interface LogisticFit {
  readonly bias: number;
  readonly weights: number[];
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function fitLogistic(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  exampleWeights: readonly number[],
  options: FitOptions = DEFAULT_FIT,
): LogisticFit {
  const dims = features[0]?.length ?? 0;
  const weights = new Array<number>(dims).fill(0);
  let bias = 0;
  const total = exampleWeights.reduce((a, b) => a + b, 0) || 1;
  for (let step = 0; step < options.iterations; step += 1) {
    const gradient = new Array<number>(dims).fill(0);
    let gradientBias = 0;
    for (let i = 0; i < features.length; i += 1) {
      const x = features[i] as readonly number[];
      let z = bias;
      for (let d = 0; d < dims; d += 1) z += (weights[d] as number) * (x[d] as number);
      const error = (sigmoid(z) - (labels[i] as number)) * ((exampleWeights[i] as number) / total);
      gradientBias += error;
      for (let d = 0; d < dims; d += 1) gradient[d] = (gradient[d] as number) + error * (x[d] as number);
    }
    bias -= options.learningRate * gradientBias;
    for (let d = 0; d < dims; d += 1)
      weights[d] =
        (weights[d] as number) - options.learningRate * ((gradient[d] as number) + options.l2 * (weights[d] as number));
  }
  return { bias, weights };
}
