// seed 001, [SEG-2] 目标客户确立: potential (attractiveness) × our capability decides where to put effort —
// invest 投资 (high, high), selective 选择性投入 (high potential, low capability), maintain 维持 (low potential,
// high capability), harvest 收割 (low, low). Each axis is the weighted score (weights sum to 100) of
// configurable criteria scored 0–100: size from purchasing capacity Y × 25, growth and margin of the last
// 12 months mapped through configured scales, our share of wallet, or an assessment answer. A criterion
// with neither data nor an answer counts the configured missing score, and the explanation says how many.
import { type AccountHistory, windowSum, YEAR_MONTHS } from './account-history.ts';
import type { PurchaseLevels } from './purchase-grid.ts';
import type { Criterion, ScoreScale, SegmentationConfig } from './segmentation-config-types.ts';
import { clamp, growthPct, inRange, roundTo, valueLabel } from './segmentation-math.ts';
import type { AccountAssessment, ModelResult, PortfolioQuadrant } from './segmentation-types.ts';

export interface CriterionScore {
  axis: 'attractiveness' | 'capability';
  key: string;
  weight: number;
  score: number;
  basis: 'data' | 'assessment' | 'missing';
}

/** A percentage on a linear 0–100 scale, one decimal. */
export function scaleScore(pct: number, scale: ScoreScale): number {
  return roundTo(clamp(((pct - scale.zeroAtPct) * 100) / (scale.fullAtPct - scale.zeroAtPct), 0, 100), 1);
}

interface Facts {
  sizeScore: number;
  growthScore: number | null;
  marginScore: number | null;
  share: number | null;
}

function dataScore(source: string, facts: Facts): number | null {
  switch (source) {
    case 'size':
      return facts.sizeScore;
    case 'growth':
      return facts.growthScore;
    case 'margin':
      return facts.marginScore;
    case 'share':
      return facts.share;
    default:
      return null;
  }
}

function scoreAxis(
  axis: CriterionScore['axis'],
  criteria: ReadonlyArray<Criterion<string>>,
  facts: Facts,
  answers: AccountAssessment['portfolioAnswers'],
  missingScore: number,
  out: CriterionScore[],
): number {
  let total = 0;
  for (const c of criteria) {
    const fromData = dataScore(c.source, facts);
    const answer = inRange(answers?.[c.key], 0, 100);
    const score = fromData ?? answer ?? missingScore;
    const basis = fromData !== null ? 'data' : answer !== null ? 'assessment' : 'missing';
    out.push({ axis, key: c.key, weight: c.weight, score, basis });
    total += c.weight * score;
  }
  return roundTo(total / 100, 1);
}

/** The portfolio quadrant from the two weighted scores. */
export function classifyPortfolio(
  history: AccountHistory,
  assessment: AccountAssessment,
  levels: PurchaseLevels,
  config: SegmentationConfig,
): ModelResult {
  const cfg = config.portfolio;
  const revenue = windowSum(history.revenueByAge, 0, YEAR_MONTHS);
  const cost = windowSum(history.costByAge, 0, YEAR_MONTHS);
  const growth = growthPct(revenue, windowSum(history.revenueByAge, YEAR_MONTHS, YEAR_MONTHS));
  const facts: Facts = {
    sizeScore: levels.y * 25,
    growthScore: growth === null ? null : scaleScore(growth, cfg.growthScale),
    marginScore: revenue > 0 ? scaleScore(((revenue - cost) * 100) / revenue, cfg.marginScale) : null,
    share: inRange(assessment.shareOfWalletPct, 0, 100),
  };
  const criteria: CriterionScore[] = [];
  const answers = assessment.portfolioAnswers;
  const attractiveness = scoreAxis(
    'attractiveness',
    cfg.attractiveness,
    facts,
    answers,
    cfg.missingScore,
    criteria,
  );
  const capability = scoreAxis('capability', cfg.capability, facts, answers, cfg.missingScore, criteria);
  const highA = attractiveness >= cfg.highThreshold;
  const highC = capability >= cfg.highThreshold;
  const value: PortfolioQuadrant = highA ? (highC ? 'invest' : 'selective') : highC ? 'maintain' : 'harvest';
  let missingCount = 0;
  for (const c of criteria) if (c.basis === 'missing') missingCount++;
  return {
    model: 'portfolio',
    value,
    score: attractiveness,
    explanation: {
      key: 'segmentation.portfolio.explain',
      params: {
        attractiveness,
        capability,
        highThreshold: cfg.highThreshold,
        missingCount,
        missingScore: cfg.missingScore,
        value: valueLabel('portfolio', value),
      },
    },
    inputs: {
      attractiveness,
      capability,
      criteria,
      revenueFen: revenue,
      growthPct: growth === null ? null : roundTo(growth, 1),
      ySource: levels.ySource,
    },
  };
}
