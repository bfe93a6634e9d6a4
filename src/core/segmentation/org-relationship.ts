// seed 003, [SEG-6] 组织关系发展的四个步骤: general supplier 一般供应商 → major 主要供应商 → core 核心供应商 →
// strategic partner 战略伙伴, and the key decision-maker steps 关键决策者关系: liking 好感 (1) → trust 信任 (2) →
// shared interest 利益 (3) → emotional bond 情感 (4), 0 = none yet (the default relationship level of
// [PLAN-5]). The level is what people assessed; when nobody did, it is suggested from our share of wallet
// (configured floors; strategic partner also needs the decision-maker step floor); with neither, general.
// The score is the decision-maker step.
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { inRange, valueLabel } from './segmentation-math.ts';
import {
  type AccountAssessment,
  isModelValue,
  type ModelResult,
  type OrgRelationshipLevel,
} from './segmentation-types.ts';

/** The level suggested by share of wallet and decision-maker step. */
export function suggestOrgRelationship(
  sharePct: number,
  step: number | null,
  config: SegmentationConfig,
): OrgRelationshipLevel {
  const floors = config.orgRelationship.suggestFromShareOfWalletPct;
  if (
    sharePct >= floors.strategic_partner &&
    step !== null &&
    step >= config.orgRelationship.strategicPartnerMinStep
  )
    return 'strategic_partner';
  if (sharePct >= floors.core) return 'core';
  if (sharePct >= floors.major) return 'major';
  return 'general';
}

/** The organisation relationship level and decision-maker step. */
export function classifyOrgRelationship(
  assessment: AccountAssessment,
  config: SegmentationConfig,
): ModelResult {
  const assessed = assessment.orgRelationshipLevel;
  const stepValue = inRange(assessment.decisionMakerStep, 0, 4);
  const step = stepValue !== null && Number.isInteger(stepValue) ? stepValue : null;
  const share = inRange(assessment.shareOfWalletPct, 0, 100);
  let value: OrgRelationshipLevel;
  let variant: 'assessed' | 'suggested' | 'default';
  if (assessed && isModelValue('org_relationship', assessed)) [value, variant] = [assessed, 'assessed'];
  else if (share !== null) [value, variant] = [suggestOrgRelationship(share, step, config), 'suggested'];
  else [value, variant] = ['general', 'default'];
  return {
    model: 'org_relationship',
    value,
    score: step,
    explanation: {
      key: `segmentation.org_relationship.${variant}`,
      params: {
        sharePct: share ?? 0,
        step: step === null ? 'segmentation.dm_step.unknown' : `segmentation.dm_step.${step}`,
        value: valueLabel('org_relationship', value),
      },
    },
    inputs: { basis: variant, decisionMakerStep: step, shareOfWalletPct: share },
  };
}
