import { describe, expect, it } from 'vitest';
import { computePopulationStats } from './population-stats.ts';
import { classifyPurchaseGrid, purchaseLevels } from './purchase-grid.ts';
import { DEFAULT_SEGMENTATION_CONFIG as CONFIG } from './segmentation-config-defaults.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { atAges, historyByAge, render } from './segmentation-fixtures.ts';
import type { AccountAssessment, Level } from './segmentation-types.ts';

// Buying accounts with 10, 20, 30 and 40 fen: cuts at 20 (P25), 30 (P50), 40 (P75); base 100.
const stats = computePopulationStats(
  [10, 20, 30, 40, 0].map((revenueFen, i) => ({ accountId: i + 1, revenueFen, grossProfitFen: 0 })),
);
const noHistory = historyByAge([]);

describe('[SEG-1] default grid: A when Y ≥ 3, B when Y = 2, C when Y ≤ 1', () => {
  const cells = [0, 1, 2, 3, 4].flatMap((x) =>
    [0, 1, 2, 3, 4].map((y): [number, number, string] => [x, y, y >= 3 ? 'A' : y === 2 ? 'B' : 'C']),
  );
  it.each(cells)('cell (%d,%d) = %s', (x, y, expected) => {
    const levels = { ...purchaseLevels(noHistory, {}, stats, CONFIG), x: x as Level, y: y as Level };
    expect(classifyPurchaseGrid(noHistory, {}, stats, CONFIG, levels).value).toBe(expected);
  });
  it('reads an edited grid as [x][y]', () => {
    const cells = CONFIG.purchaseGrid.cells.map((row) => [...row]);
    cells[1]![4] = 'B';
    const config: SegmentationConfig = { ...CONFIG, purchaseGrid: { ...CONFIG.purchaseGrid, cells } };
    const h = historyByAge([10]);
    expect(
      classifyPurchaseGrid(h, { capacity: { level: 4, source: 'assessment' } }, stats, config).value,
    ).toBe('B');
  });
});

describe('[SEG-1] X from the share of our sales in the last 12 months', () => {
  it.each<[string, number, number, number, Array<number | undefined>]>([
    ['no sales', 0, 0, 0, []],
    ['returns only (negative sales)', 0, 0, 0, [-10]],
    ['sales older than the window', 0, 0, 0, atAges({ 12: 40 })],
    ['below the first cut', 1, 0, 25, [19]],
    ['at the first cut', 2, 25, 50, [20]],
    ['just below the second cut', 2, 25, 50, [29]],
    ['at the second cut', 3, 50, 75, [30]],
    ['at the last cut', 4, 75, 100, [40]],
    ['above every cut, summed over the window', 4, 75, 100, atAges({ 0: 500, 11: 500 })],
  ])('%s → X=%d (percentile %d–%d)', (_, x, from, to, revenue) => {
    const levels = purchaseLevels(historyByAge(revenue), {}, stats, CONFIG);
    expect([levels.x, levels.fromPct, levels.toPct]).toEqual([x, from, to]);
    expect(levels.xBasis).toBe(x === 0 ? 'none' : 'percentile');
  });
  it('follows the configured window', () => {
    const config: SegmentationConfig = {
      ...CONFIG,
      purchaseGrid: { ...CONFIG.purchaseGrid, windowMonths: 6 },
    };
    expect(purchaseLevels(historyByAge(atAges({ 6: 40 })), {}, stats, config).x).toBe(0);
    expect(purchaseLevels(historyByAge(atAges({ 5: 40 })), {}, stats, config).x).toBe(4);
  });
  it('gives the share of all positive sales', () => {
    expect(purchaseLevels(historyByAge([30]), {}, stats, CONFIG).sharePct).toBe(30);
  });
  it('takes X set by hand, with the reason', () => {
    const a: AccountAssessment = { purchaseLevelOverride: { level: 3, reason: '集团统一采购' } };
    const r = classifyPurchaseGrid(historyByAge([]), a, stats, CONFIG);
    expect(r.inputs).toMatchObject({ x: 3, xBasis: 'override', y: 3, ySource: 'same_as_x' });
    expect(render(r)).toContain('X=3（人工设定：集团统一采购）');
  });
});

describe('[SEG-1] Y from the assessment, market data or the fallback', () => {
  it.each<[string, AccountAssessment, Partial<SegmentationConfig['purchaseGrid']>, number, string]>([
    ['assessed', { capacity: { level: 4, source: 'assessment' } }, {}, 4, 'assessment'],
    ['from market data', { capacity: { level: 1, source: 'market_data' } }, {}, 1, 'market_data'],
    ['missing: X itself', {}, {}, 3, 'same_as_x'],
    ['missing: a fixed level', {}, { yWhenMissing: 1 }, 1, 'default'],
    [
      'out of range counts as missing',
      { capacity: { level: 5 as Level, source: 'assessment' } },
      {},
      3,
      'same_as_x',
    ],
  ])('%s', (_, assessment, grid, y, source) => {
    const config = { ...CONFIG, purchaseGrid: { ...CONFIG.purchaseGrid, ...grid } };
    const levels = purchaseLevels(historyByAge([30]), assessment, stats, config);
    expect([levels.y, levels.ySource]).toEqual([y, source]);
  });
});

describe('[SEG-1] VIP flag', () => {
  it.each<[string, AccountAssessment, boolean]>([
    ['set by hand', { vip: true }, true],
    ['influence at the threshold', { influenceScore: 80 }, true],
    ['influence just below', { influenceScore: 79.9 }, false],
    ['nothing assessed', {}, false],
  ])('%s → %s', (_, assessment, vip) => {
    const r = classifyPurchaseGrid(historyByAge([]), assessment, stats, CONFIG);
    expect(r.inputs.vip).toBe(vip);
    expect(r.flags).toEqual(vip ? ['vip'] : []);
  });
});

describe('[SEG-1] explanation', () => {
  it('reads like the rule that fired, in both languages', () => {
    const r = classifyPurchaseGrid(
      historyByAge([30]),
      { capacity: { level: 4, source: 'assessment' } },
      stats,
      CONFIG,
    );
    expect(render(r)).toBe(
      'X=3（近12个月销售额占我方总销售额 30%，位于购买客户的第 50–75 百分位），Y=4（评估：大量购买）→ 网格单元(3,4) = A 类',
    );
    expect(render(r, 'en')).toContain('→ grid cell (3,4) = Class A');
  });
  it('says when nothing was bought, Y was not assessed and the account is VIP', () => {
    const r = classifyPurchaseGrid(noHistory, { vip: true }, stats, CONFIG);
    expect(render(r)).toBe(
      'X=0（近12个月无购买），Y=0（未评估，按目前购买状况：不购买）→ 网格单元(0,0) = C 类；VIP 重量级客户（人工标记）',
    );
  });
});
