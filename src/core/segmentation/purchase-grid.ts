// seed 001, [SEG-1] 客户分类系统: every account is a point (X, Y) — X its current purchase level 目前购买状况,
// Y its total purchasing capacity 总体购买能力, each 0 none, 1 very little, 2 average, 3 more, 4 large — and
// a configurable 5 × 5 grid maps the point to A (very high volume potential), B (medium) or C (low; possibly
// not a key account). X comes from the account's share of our sales in the window, as a percentile band of
// the buying accounts (0 when it bought nothing), or is set by hand with a reason; Y comes from an assessment
// or market data, else from X (capacity is at least what it buys now) or a configured level. VIP 重量级客户 is
// a separate flag for accounts whose industry influence outweighs their purchases: set by hand, or when the
// assessed influence reaches the configured threshold.
import { type AccountHistory, windowSum } from './account-history.ts';
import type { PopulationStats } from './population-stats.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { inRange, roundTo, valueLabel } from './segmentation-math.ts';
import type { AccountAssessment, GridClass, Level, ModelResult } from './segmentation-types.ts';

export interface PurchaseLevels {
  x: Level;
  /** none: no sales in the window; percentile: from the population cuts; override: set by hand. */
  xBasis: 'none' | 'percentile' | 'override';
  xReason: string | null;
  windowMonths: number;
  windowRevenueFen: number;
  /** The account's share of all positive sales in the window, %. */
  sharePct: number;
  /** The percentile band of buying accounts the sales fall in. */
  fromPct: number;
  toPct: number;
  y: Level;
  ySource: 'assessment' | 'market_data' | 'same_as_x' | 'default';
}

const VIP_FLAGS: readonly string[] = ['vip'];
const NO_FLAGS: readonly string[] = [];

const asLevel = (value: unknown): Level | null => {
  const n = inRange(value, 0, 4);
  return n !== null && Number.isInteger(n) ? (n as Level) : null;
};

/** X and Y of the grid, with where each came from. */
export function purchaseLevels(
  history: AccountHistory,
  assessment: AccountAssessment,
  stats: PopulationStats,
  config: SegmentationConfig,
): PurchaseLevels {
  const windowMonths = config.purchaseGrid.windowMonths;
  const revenue = windowSum(history.revenueByAge, 0, windowMonths);
  const cuts = stats.revenueCuts;
  let band = 0;
  while (band < cuts.length && revenue >= (cuts[band]?.revenueFen ?? 0)) band++;
  const sharePct =
    revenue > 0 && stats.revenueBaseFen > 0 ? roundTo((revenue * 100) / stats.revenueBaseFen, 2) : 0;
  const manualX = asLevel(assessment.purchaseLevelOverride?.level);
  const computedX = (revenue > 0 ? Math.min(4, band + 1) : 0) as Level;
  const x = manualX ?? computedX;

  const assessedY = asLevel(assessment.capacity?.level);
  const fallback = config.purchaseGrid.yWhenMissing;
  const y = assessedY ?? (fallback === 'same_as_x' ? x : fallback);
  return {
    x,
    xBasis: manualX !== null ? 'override' : revenue > 0 ? 'percentile' : 'none',
    xReason: manualX !== null ? (assessment.purchaseLevelOverride?.reason ?? '') : null,
    windowMonths,
    windowRevenueFen: revenue,
    sharePct,
    fromPct: revenue <= 0 ? 0 : band > 0 ? (cuts[band - 1]?.pct ?? 0) : 0,
    toPct: revenue <= 0 ? 0 : band < cuts.length ? (cuts[band]?.pct ?? 100) : 100,
    y,
    ySource:
      assessedY !== null
        ? assessment.capacity?.source === 'market_data'
          ? 'market_data'
          : 'assessment'
        : fallback === 'same_as_x'
          ? 'same_as_x'
          : 'default',
  };
}

/** The A/B/C class of the (X, Y) cell, with the VIP flag. */
export function classifyPurchaseGrid(
  history: AccountHistory,
  assessment: AccountAssessment,
  stats: PopulationStats,
  config: SegmentationConfig,
  levels: PurchaseLevels = purchaseLevels(history, assessment, stats, config),
): ModelResult {
  const { x, y } = levels;
  const value: GridClass = config.purchaseGrid.cells[x]?.[y] ?? 'C';
  const influence = inRange(assessment.influenceScore, 0, 100);
  const vipBasis =
    assessment.vip === true
      ? 'flag'
      : influence !== null && influence >= config.purchaseGrid.vip.influenceThreshold
        ? 'influence'
        : 'none';
  return {
    model: 'purchase_grid',
    value,
    score: null,
    explanation: {
      key: `segmentation.purchase_grid.x_${levels.xBasis}`,
      params: {
        x,
        y,
        windowMonths: levels.windowMonths,
        sharePct: levels.sharePct,
        fromPct: levels.fromPct,
        toPct: levels.toPct,
        reason: levels.xReason ?? '',
        ySource: `segmentation.y_source.${levels.ySource}`,
        yLevel: `segmentation.level.${y}`,
        value: valueLabel('purchase_grid', value),
        vip: vipBasis === 'none' ? 'segmentation.empty' : `segmentation.purchase_grid.vip_${vipBasis}`,
      },
    },
    inputs: {
      x,
      xBasis: levels.xBasis,
      y,
      ySource: levels.ySource,
      windowMonths: levels.windowMonths,
      windowRevenueFen: levels.windowRevenueFen,
      sharePct: levels.sharePct,
      percentileFrom: levels.fromPct,
      percentileTo: levels.toPct,
      vip: vipBasis !== 'none',
      vipBasis,
      influenceScore: influence,
    },
    flags: vipBasis !== 'none' ? VIP_FLAGS : NO_FLAGS,
  };
}
