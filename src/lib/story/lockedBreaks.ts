// Story mode locks the class breaks across its steps, so a colour means the same count on every slide.
import { classify, type Method } from '../classify/index.ts';

/**
 * One set of breaks for every step: classify all steps' area values together (zeros and no-data excluded by the
 * classifier) and return the lower bounds, to be applied as method 'custom' on each slide.
 */
export function lockedBreaks(valuesPerStep: readonly (readonly (number | undefined)[])[], method: Method = 'nice', k = 4): number[] {
  return classify(valuesPerStep.flat(), { method, k }).thresholds;
}
