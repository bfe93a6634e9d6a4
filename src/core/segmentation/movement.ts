// [SEG] classifications are stored per period with history; managers act on what moved. A movement is a
// model whose value differs between two periods' results (after overrides), with its direction: up or down
// along the model's order (MODEL_VALUES lists values lowest first), or change where the two values share a
// rank or the model is not ordinal (portfolio selective ↔ maintain; the BCG of product lines).
import { valueLabel } from './segmentation-math.ts';
import type { Explanation, ModelKey, ModelResult } from './segmentation-types.ts';

export type MovementDirection = 'up' | 'down' | 'change';

export interface Movement {
  model: ModelKey;
  productLineId?: number;
  from: string;
  to: string;
  direction: MovementDirection;
  explanation: Explanation;
}

/** Rank of each value; equal ranks mean "different, neither better". null: the model has no order. */
const RANKS: Record<ModelKey, Readonly<Record<string, number>> | null> = {
  purchase_grid: { C: 0, B: 1, A: 2 },
  portfolio: { harvest: 0, maintain: 1, selective: 1, invest: 2 },
  clp_tier: { transactional: 0, standard: 1, value: 2, strategic: 3 },
  lifecycle: { former: 0, potential: 1, customer: 2, loyal: 3 },
  relationship_stage: { decline: 0, exploration: 1, formation: 2, stable: 3 },
  kam_stage: { exploratory: 0, basic: 1, mid: 2, partnership: 3, synergistic: 4 },
  org_relationship: { general: 0, major: 1, core: 2, strategic_partner: 3 },
  loyalty: { change_perception: 0, expand: 1, maintain: 2 },
  pareto: { rest: 0, top: 1 },
  product_line_bcg: null,
};

/** up, down or change from one value to another of a model. */
export function movementDirection(model: ModelKey, from: string, to: string): MovementDirection {
  const ranks = RANKS[model];
  const a = ranks?.[from];
  const b = ranks?.[to];
  if (a === undefined || b === undefined || a === b) return 'change';
  return b > a ? 'up' : 'down';
}

const keyOf = (r: ModelResult) => (r.productLineId === undefined ? r.model : `${r.model}:${r.productLineId}`);

/** The models whose value changed from `previous` to `current`; models in only one of them are not movements. */
export function detectMovements(
  previous: readonly ModelResult[],
  current: readonly ModelResult[],
): Movement[] {
  const before = new Map<string, ModelResult>();
  for (const r of previous) before.set(keyOf(r), r);
  const movements: Movement[] = [];
  for (const now of current) {
    const then = before.get(keyOf(now));
    if (!then || then.value === now.value) continue;
    const direction = movementDirection(now.model, then.value, now.value);
    movements.push({
      model: now.model,
      ...(now.productLineId === undefined ? {} : { productLineId: now.productLineId }),
      from: then.value,
      to: now.value,
      direction,
      explanation: {
        key: `segmentation.movement.${direction}`,
        params: {
          model: `segmentation.model.${now.model}`,
          from: valueLabel(now.model, then.value),
          to: valueLabel(now.model, now.value),
        },
      },
    });
  }
  return movements;
}
