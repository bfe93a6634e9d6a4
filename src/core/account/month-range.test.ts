import { describe, expect, it } from 'vitest';
import { monthRange } from './month-range.ts';

describe('monthRange: last N months ending with today', () => {
  it.each([
    ['2026-11-25', 3, ['2026-09-01', '2026-10-01', '2026-11-01']],
    ['2026-02-01', 3, ['2025-12-01', '2026-01-01', '2026-02-01']],
    ['2026-01-31', 1, ['2026-01-01']],
  ])('%s × %d', (today, n, expected) => expect(monthRange(today, n)).toEqual(expected));
  it('36 months span three years', () => {
    const r = monthRange('2026-11-25', 36);
    expect(r).toHaveLength(36);
    expect(r[0]).toBe('2023-12-01');
  });
});
