// The demo company's target plan ([TGT-1]…[TGT-4], seeds 003, 004), written through the target plan use cases
// as the sales director would: this year's revenue, collections and gross profit at last year's actuals × 1.15,
// decomposed region → rep → customer by last year's shares (80/20) and the monthly seasonality of the last two
// years, an OGSM objective with goals tied to the company targets, then published — so the director, managers
// and reps find their part of a real, exact tree on their first visit. Collections without history (no
// collection facts loaded) are targeted at the revenue target, as cash follows sales.
import type { Actor } from '../org/actor.ts';
import type { WriteContext } from '../shared/repositories.ts';
import type { TargetEditService } from '../target/target-edit-service.ts';
import type { TargetOgsmService } from '../target/target-ogsm-service.ts';
import type { TargetPlanService } from '../target/target-plan-service.ts';
import type { TargetVersionService } from '../target/target-version-service.ts';

export interface DemoTargetServices {
  targetPlans: TargetPlanService;
  targetPlanEdits: TargetEditService;
  targetPlanVersions: TargetVersionService;
  targetOgsm: TargetOgsmService;
}

/** Growth over last year's actuals the demo targets ask for. */
export const DEMO_TARGET_GROWTH_PERCENT = 15;
const CTX: WriteContext = { requestId: null };

/** Creates and publishes the demo's target plan for `year`; returns its id. */
export async function loadDemoTargetPlan(
  s: DemoTargetServices,
  director: Actor,
  year: number,
): Promise<number> {
  const view = await s.targetPlans.create(
    director,
    {
      name: `${year} 年度销售目标`,
      year,
      metrics: ['revenue', 'collections', 'gross_profit'],
      levels: [
        { dimension: 'org_unit', orgUnitKind: 'region' },
        { dimension: 'rep' },
        { dimension: 'customer' },
      ],
      totals: {},
      splitMethod: 'history_share',
      timeMethod: 'seasonality',
      growthPercent: DEMO_TARGET_GROWTH_PERCENT,
      note: `上年实际 × ${1 + DEMO_TARGET_GROWTH_PERCENT / 100}，按大区 → 销售 → 客户分解`,
    },
    CTX,
  );
  const planId = view.plan.id;
  const yearOf = (metric: 'revenue' | 'collections') =>
    (view.tree.cells.get(view.tree.rootKey)?.get(metric)?.months ?? []).reduce((a, b) => a + b, 0);
  if (yearOf('collections') === 0 && yearOf('revenue') > 0)
    await s.targetPlanEdits.setCell(
      director,
      planId,
      { nodeKey: view.tree.rootKey, metric: 'collections', value: yearOf('revenue') },
      CTX,
    );
  const objective = await s.targetOgsm.create(
    director,
    planId,
    { kind: 'objective', text: '巩固核心客户，实现销售额与利润双增长', sortOrder: 0 },
    CTX,
  );
  const goals = [
    { metric: 'revenue' as const, text: `销售额同比增长 ${DEMO_TARGET_GROWTH_PERCENT}%` },
    { metric: 'gross_profit' as const, text: `毛利同比增长 ${DEMO_TARGET_GROWTH_PERCENT}%` },
  ];
  for (const [i, goal] of goals.entries()) {
    const item = await s.targetOgsm.create(
      director,
      planId,
      { kind: 'goal', parentItemId: objective.id, nodeKey: view.tree.rootKey, ...goal, sortOrder: i },
      CTX,
    );
    if (i === 0) {
      const strategy = await s.targetOgsm.create(
        director,
        planId,
        {
          kind: 'strategy',
          parentItemId: item.id,
          text: '前 20% 大客户逐户制定客户计划，提升份额',
          sortOrder: 0,
        },
        CTX,
      );
      await s.targetOgsm.create(
        director,
        planId,
        { kind: 'measure', parentItemId: strategy.id, text: '重点客户月度拜访与达成率复盘', sortOrder: 0 },
        CTX,
      );
    }
  }
  await s.targetPlanVersions.publish(director, planId, CTX);
  return planId;
}
