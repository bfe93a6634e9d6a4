import { describe, expect, it } from 'vitest';
import { detectMovements, movementDirection } from './movement.ts';
import { render } from './segmentation-fixtures.ts';
import type { ModelKey, ModelResult } from './segmentation-types.ts';

const result = (model: ModelKey, value: string, productLineId?: number): ModelResult => ({
  model,
  value,
  explanation: { key: 'segmentation.empty', params: {} },
  inputs: {},
  ...(productLineId === undefined ? {} : { productLineId }),
});

describe('[SEG] movement direction along each model', () => {
  it.each<[ModelKey, string, string, string]>([
    ['purchase_grid', 'A', 'B', 'down'],
    ['purchase_grid', 'C', 'A', 'up'],
    ['portfolio', 'selective', 'maintain', 'change'],
    ['portfolio', 'maintain', 'invest', 'up'],
    ['clp_tier', 'strategic', 'value', 'down'],
    ['lifecycle', 'customer', 'former', 'down'],
    ['lifecycle', 'former', 'customer', 'up'],
    ['lifecycle', 'potential', 'customer', 'up'],
    ['relationship_stage', 'stable', 'decline', 'down'],
    ['kam_stage', 'mid', 'partnership', 'up'],
    ['org_relationship', 'core', 'major', 'down'],
    ['loyalty', 'expand', 'maintain', 'up'],
    ['pareto', 'top', 'rest', 'down'],
    ['product_line_bcg', 'star', 'cash_cow', 'change'],
    ['purchase_grid', 'A', 'Z', 'change'],
  ])('%s %s → %s is %s', (model, from, to, direction) => {
    expect(movementDirection(model, from, to)).toBe(direction);
  });
});

describe('[SEG] detectMovements between two periods', () => {
  const before = [
    result('purchase_grid', 'A'),
    result('lifecycle', 'loyal'),
    result('pareto', 'top'),
    result('product_line_bcg', 'star', 7),
  ];
  const after = [
    result('purchase_grid', 'B'),
    result('lifecycle', 'loyal'),
    result('kam_stage', 'basic'),
    result('product_line_bcg', 'cash_cow', 7),
    result('product_line_bcg', 'dog', 8),
  ];
  const moves = detectMovements(before, after);
  it('lists changed values only, matching product lines by id', () => {
    expect(moves.map((m) => [m.model, m.productLineId ?? null, m.from, m.to, m.direction])).toEqual([
      ['purchase_grid', null, 'A', 'B', 'down'],
      ['product_line_bcg', 7, 'star', 'cash_cow', 'change'],
    ]);
  });
  it('explains the movement', () =>
    expect(render(moves[0]!)).toBe('客户分级（X/Y 网格）：A 类 → B 类（下降）'));
  it('finds nothing between equal results', () => expect(detectMovements(after, after)).toEqual([]));
});
