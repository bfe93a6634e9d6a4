// The BCG view of one account's product lines this month ([SEG-8]): load the account's last 36 months of
// facts by product line, its stored assessment (share of wallet per line) and the configuration in force,
// then run classifyProductLinesBcg. Nothing is stored; visibility is the assessment's (hidden → 404).
import type { Actor } from '../org/actor.ts';
import type { createAccountAssessmentService } from './account-assessment-service.ts';
import { HISTORY_MONTHS } from './account-history.ts';
import { shiftPeriod } from './classification-period.ts';
import type { ClassificationRunner } from './classification-runner.ts';
import { classifyProductLinesBcg } from './product-line-bcg.ts';
import type { ProductLineFactsRepository } from './product-line-facts-repository.ts';
import type { ConfigDoc } from './segmentation-config-service.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import type { AccountAssessment, ModelResult } from './segmentation-types.ts';

export interface ProductLineBcgServiceDeps {
  facts: ProductLineFactsRepository;
  runner: Pick<ClassificationRunner, 'currentPeriod'>;
  assessments: Pick<ReturnType<typeof createAccountAssessmentService>, 'assessment'>;
  config: { config(actor: Actor): Promise<ConfigDoc> };
}

export interface ProductLineBcgItem {
  productLineId: number;
  productLineName: string;
  result: ModelResult;
}

export interface ProductLineBcgView {
  accountId: number;
  period: string;
  bcg: SegmentationConfig['bcg'];
  items: ProductLineBcgItem[];
}

/** Only the assessment's share of wallet by line matters here; the engine checks each value's range. */
function walletOf(assessment: Record<string, unknown>): AccountAssessment {
  const wallet = assessment.productLineShareOfWalletPct;
  if (!wallet || typeof wallet !== 'object' || Array.isArray(wallet)) return {};
  const out: Record<string, number> = {};
  for (const [id, pct] of Object.entries(wallet)) if (typeof pct === 'number') out[id] = pct;
  return { productLineShareOfWalletPct: out };
}

export function createProductLineBcgService({
  facts,
  runner,
  assessments,
  config,
}: ProductLineBcgServiceDeps) {
  return {
    /** Each product line the visible account bought in the last 24 months, with its BCG quadrant this month. */
    async productLines(actor: Actor, accountId: number): Promise<ProductLineBcgView> {
      const stored = await assessments.assessment(actor, accountId);
      const period = runner.currentPeriod();
      const [doc, monthly] = await Promise.all([
        config.config(actor),
        facts.monthlyByProductLine(accountId, shiftPeriod(period, -(HISTORY_MONTHS - 1)), period),
      ]);
      const results = classifyProductLinesBcg(
        { accountId, monthly, firstOrderMonth: null, lastOrderMonth: null },
        walletOf(stored.assessment),
        doc.config,
        period,
      );
      const ids = results.map((r) => r.productLineId).filter((id): id is number => id !== undefined);
      const names = new Map((await facts.productLineNames(ids)).map((n) => [n.productLineId, n.name]));
      return {
        accountId,
        period,
        bcg: doc.config.bcg,
        items: results.map((result) => ({
          productLineId: result.productLineId ?? 0,
          productLineName: names.get(result.productLineId ?? 0) ?? String(result.productLineId),
          result,
        })),
      };
    },
  };
}

export type ProductLineBcgService = ReturnType<typeof createProductLineBcgService>;
