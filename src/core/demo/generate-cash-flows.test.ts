import { describe, expect, it } from 'vitest';
import { generateCollections, generateExpenses, isLatePayer } from './generate-cash-flows.ts';

const revenue = Array.from({ length: 200 }, (_, i) => ({
  accountId: 1 + (i % 40),
  month: `2025-${String(1 + (i % 12)).padStart(2, '0')}-01`,
  revenueFen: 1_000_000 + i * 777,
}));

describe('demo collections and expenses', () => {
  it('are the same for the same seed', () => {
    const options = { seed: 7, today: '2026-01-15' };
    expect([...generateCollections(revenue, options)]).toEqual([...generateCollections(revenue, options)]);
    expect([...generateExpenses(revenue, options)]).toEqual([...generateExpenses(revenue, options)]);
  });

  it('collect an on-time account-month exactly, 30–90 days after mid-month, once everything is due', () => {
    const onTime = revenue.find((r) => !isLatePayer(7, r.accountId))!;
    const paid = [...generateCollections([onTime], { seed: 7, today: '2030-01-01' })];
    expect(paid.reduce((sum, c) => sum + c.amountFen, 0)).toBe(onTime.revenueFen);
    const days = (Date.parse(paid[0]!.collectedOn) - Date.parse('2025-01-15')) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(30);
    expect(days).toBeLessThanOrEqual(90 + 30);
  });

  it('leave what falls after today uncollected, and late payers short', () => {
    const all = [...generateCollections(revenue, { seed: 7, today: '2030-01-01' })];
    const soFar = [...generateCollections(revenue, { seed: 7, today: '2025-06-01' })];
    expect(soFar.length).toBeLessThan(all.length);
    expect(soFar.every((c) => c.collectedOn < '2025-06-01')).toBe(true);
    const total = revenue.reduce((s, r) => s + r.revenueFen, 0);
    const collected = all.reduce((s, c) => s + c.amountFen, 0);
    expect(collected).toBeLessThanOrEqual(total);
  });

  it('charge 1–4% of revenue as expenses in whole fen, split exactly', () => {
    for (const r of revenue.slice(0, 20)) {
      const spent = [...generateExpenses([r], { seed: 7, today: '2030-01-01' })];
      const sum = spent.reduce((s, e) => s + e.amountFen, 0);
      expect(spent.every((e) => Number.isInteger(e.amountFen) && e.amountFen > 0)).toBe(true);
      expect(sum / r.revenueFen).toBeGreaterThanOrEqual(0.0099);
      expect(sum / r.revenueFen).toBeLessThanOrEqual(0.0401);
    }
  });
});
