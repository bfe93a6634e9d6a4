// seeds 000 and 001, [SEG-5] 大客户管理发展模型: exploratory 孕育 → basic 初级 → mid 中级 → partnership 伙伴式 →
// synergistic 协作式. The score (0–100) combines the questionnaire (answers 0–4, weighted; unanswered items
// are left out) and our share of wallet with the configured weights; with only one of them, that one is the
// score; with neither, the account is exploratory "not assessed". The stage is the highest whose threshold
// the score reaches. Each stage carries the expected share of the customer's business (mid ≈ 50%,
// partnership → near 100%) and contact pattern (single point, "bow-tie" … "diamond", joint teams), and
// the recorded disruption risks (internal: staff change, lack of trust …; external: market position …)
// are listed and flagged.
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { inRange, roundTo, valueLabel } from './segmentation-math.ts';
import type { AccountAssessment, KamStage, ModelResult } from './segmentation-types.ts';

const STAGES_HIGH_FIRST = ['synergistic', 'partnership', 'mid', 'basic'] as const;
const RISK_FLAGS: readonly string[] = ['disruption_risk'];
const NO_FLAGS: readonly string[] = [];

/** Questionnaire score 0–100 over the answered items, and how many were answered. */
export function kamQuestionnaireScore(
  assessment: AccountAssessment,
  config: SegmentationConfig,
): { score: number | null; answered: number } {
  let weighted = 0;
  let weights = 0;
  let answered = 0;
  for (const item of config.kamStage.questionnaire) {
    const a = inRange(assessment.kamAnswers?.[item.id], 0, 4);
    if (a === null) continue;
    weighted += item.weight * a;
    weights += item.weight;
    answered++;
  }
  return { score: weights > 0 ? (weighted * 100) / (4 * weights) : null, answered };
}

/** The KAM development stage from the questionnaire and share of wallet. */
export function classifyKamStage(assessment: AccountAssessment, config: SegmentationConfig): ModelResult {
  const cfg = config.kamStage;
  const q = kamQuestionnaireScore(assessment, config);
  const share = inRange(assessment.shareOfWalletPct, 0, 100);
  const questionnaire = q.score === null ? null : roundTo(q.score, 1);
  let score: number | null = null;
  let variant = 'none';
  if (q.score !== null && share !== null) {
    const w = cfg.scoreWeights;
    score = roundTo((w.questionnaire * q.score + w.shareOfWallet * share) / 100, 1);
    variant = 'both';
  } else if (q.score !== null) {
    score = questionnaire;
    variant = 'questionnaire_only';
  } else if (share !== null) {
    score = roundTo(share, 1);
    variant = 'share_only';
  }
  let value: KamStage = 'exploratory';
  if (score !== null)
    for (const stage of STAGES_HIGH_FIRST)
      if (score >= cfg.thresholds[stage]) {
        value = stage;
        break;
      }
  const stage = cfg.stages[value];
  const risks: string[] = [];
  const recorded = assessment.disruptionRisks;
  if (recorded && recorded.length > 0)
    for (const risk of cfg.disruptionRisks) if (recorded.includes(risk.id)) risks.push(risk.id);
  return {
    model: 'kam_stage',
    value,
    score,
    explanation: {
      key: `segmentation.kam_stage.${variant}`,
      params: {
        score: score ?? 0,
        questionnaireScore: questionnaire ?? 0,
        answered: q.answered,
        total: cfg.questionnaire.length,
        sharePct: share ?? 0,
        questionnaireWeight: cfg.scoreWeights.questionnaire,
        shareWeight: cfg.scoreWeights.shareOfWallet,
        expectedSharePct: stage.expectedShareOfWalletPct,
        riskCount: risks.length,
        value: valueLabel('kam_stage', value),
      },
    },
    inputs: {
      questionnaireScore: questionnaire,
      answered: q.answered,
      shareOfWalletPct: share,
      expectedShareOfWalletPct: stage.expectedShareOfWalletPct,
      shareGapPct: share === null ? null : roundTo(share - stage.expectedShareOfWalletPct, 1),
      contactPattern: stage.contactPattern,
      disruptionRisks: risks,
    },
    flags: risks.length > 0 ? RISK_FLAGS : NO_FLAGS,
  };
}
