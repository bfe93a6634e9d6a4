import { describe, expect, it } from 'vitest';
import { applyOverride } from './apply-override.ts';
import { render } from './segmentation-fixtures.ts';
import type { ModelResult } from './segmentation-types.ts';

const computed: ModelResult = {
  model: 'purchase_grid',
  value: 'B',
  score: null,
  explanation: { key: 'segmentation.value.purchase_grid.B', params: {} },
  inputs: { x: 2, y: 2 },
};

describe('[SEG] override with a reason', () => {
  const r = applyOverride(computed, { value: 'A', reason: '集团战略客户' });
  it('replaces the value and marks it', () => expect([r.value, r.overridden]).toEqual(['A', true]));
  it('keeps what the rule said in the inputs', () =>
    expect(r.inputs).toEqual({
      x: 2,
      y: 2,
      computedValue: 'B',
      computedExplanation: computed.explanation,
      overrideReason: '集团战略客户',
    }));
  it('explains both values and the reason', () =>
    expect(render(r)).toBe('人工调整为 A 类（系统计算为 B 类），原因：集团战略客户'));
  it('leaves the result alone without an override', () => {
    expect(applyOverride(computed)).toBe(computed);
    expect(applyOverride(computed, null)).toBe(computed);
  });
});
