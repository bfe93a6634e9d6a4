// [TGT-5] 市场容量: the size is typed as 元 text and sent as exact fen — never rounded (a third decimal is refused
// at the field by YuanField; the QA walk found "100.125" silently stored as ¥100.13 by the old number input).
import { describe, expect, it } from 'vitest';
import { marketSizeInputOf } from '../../web/src/routes/targets/market-sizes/market-size-form.ts';

describe('marketSizeInputOf', () => {
  it('sends exact fen, the whole region for a blank segment and null for a blank source', () => {
    expect(
      marketSizeInputOf({ year: 2026, orgUnitId: 3, segment: '  ', sizeYuan: '200,000,000.07', source: ' ' }),
    ).toEqual({ year: 2026, orgUnitId: 3, segment: '', sizeFen: 20_000_000_007, source: null });
  });

  it('keeps a typed segment and source, trimmed', () => {
    expect(
      marketSizeInputOf({
        year: 2027,
        orgUnitId: 1,
        segment: ' 餐饮 ',
        sizeYuan: '0.1',
        source: ' 行业协会 ',
      }),
    ).toMatchObject({ segment: '餐饮', sizeFen: 10, source: '行业协会' });
  });

  it.each(['100.125', '-5', 'abc', ''])('never rounds or clamps "%s": the server names the field', (text) => {
    expect(marketSizeInputOf({ year: 2026, orgUnitId: 1, sizeYuan: text }).sizeFen).toBe(-1);
  });
});
