// The demo company at the CLI edge: its one password, the logins worth trying, and the load with today's
// business date. Shared by `kamdesk seed --demo` and by `kamdesk serve` on an empty database.
import { DEMO_LOGINS } from '../core/demo/demo-org.ts';
import { DEFAULT_DEMO_SEED } from '../core/demo/generate-demo-company.ts';
import { loadDemoPlans } from '../core/demo/load-demo-plans.ts';
import { loadDemoTargetPlan } from '../core/demo/load-demo-target-plan.ts';
import { periodOf, shiftPeriod } from '../core/segmentation/classification-period.ts';
import { businessDate } from '../core/shared/clock.ts';
import { createServices } from '../create-services.ts';
import type { Database } from '../db/connect.ts';
import { loadDemoAssessments } from '../db/demo/demo-assessments.ts';
import { selectDemoPlanCandidates } from '../db/demo/demo-plan-candidates.ts';
import { loadDemoValue } from '../db/demo/demo-value.ts';
import { type DemoLoadSummary, type LoadDemoOptions, loadDemoCompany } from '../db/demo/load-demo-company.ts';

/** Every demo user's password; printed with the logins, documented in the README. */
export const DEMO_PASSWORD = 'kamdesk';

/** Months of classification history the demo starts with, besides the current month. */
export const DEMO_CLASSIFIED_PAST_MONTHS = 3;

/**
 * Loads the demo company with order history up to the month before `now` (China business date). Then
 * some accounts get assessments and overrides, and every account is classified for this month and the
 * three before it, so classification history and movements are not empty on the first visit. Five key accounts
 * get complete account plans, written through the plan use cases, and this year's target plan is published.
 */
export async function loadDemo(
  database: Database,
  now: Date,
  options: Omit<LoadDemoOptions, 'today' | 'password'> & {
    onClassify?: ((period: string, done: number, total: number) => void) | undefined;
  } = {},
): Promise<DemoLoadSummary> {
  const { onClassify, ...load } = options;
  const today = businessDate(now);
  const summary = await loadDemoCompany(database, { ...load, today, password: DEMO_PASSWORD });
  await loadDemoValue(database, today);
  const period = periodOf(now);
  await loadDemoAssessments(database, { seed: options.seed ?? DEFAULT_DEMO_SEED, period });
  const services = createServices(database, { clock: { now: () => now } });
  for (let back = DEMO_CLASSIFIED_PAST_MONTHS; back >= 0; back--) {
    const month = shiftPeriod(period, -back);
    await services.classification.recomputeAllInline(month, (done, total) =>
      onClassify?.(month, done, total),
    );
  }
  await loadDemoPlans(services, await selectDemoPlanCandidates(database, DEMO_PLAN_OWNERS), today);
  await loadDemoTargetPlan(services, await services.actingUser('director'), Number(today.slice(0, 4)));
  return summary;
}

/** Whose key accounts get complete account plans ([PLAN-1]), and how many each: the demo's rep and manager
 * logins see them on their first visit. */
export const DEMO_PLAN_OWNERS: Record<string, number> = { rep_east: 3, rep_west: 2 };

/** Prints the demo logins, one per line. */
export function printDemoLogins(log: (line: string) => void): void {
  log(`演示账号 Demo logins — 密码 password: ${DEMO_PASSWORD}`);
  const width = Math.max(...DEMO_LOGINS.map((l) => l.username.length));
  for (const login of DEMO_LOGINS) log(`  ${login.username.padEnd(width)}  ${login.description}`);
}
