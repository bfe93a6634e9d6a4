// [SEG] "both may be overridden with a reason": a person's value replaces the computed one, while the
// computed value and its explanation stay in the inputs so the history shows what the rule said.
import { valueLabel } from './segmentation-math.ts';
import type { ModelResult, Override } from './segmentation-types.ts';

/** The result with the override applied and marked; unchanged without an override. */
export function applyOverride(result: ModelResult, override?: Override | null): ModelResult {
  if (!override) return result;
  return {
    ...result,
    value: override.value,
    overridden: true,
    explanation: {
      key: 'segmentation.override.explain',
      params: {
        value: valueLabel(result.model, override.value),
        computedValue: valueLabel(result.model, result.value),
        reason: override.reason,
      },
    },
    inputs: {
      ...result.inputs,
      computedValue: result.value,
      computedExplanation: result.explanation,
      overrideReason: override.reason,
    },
  };
}
