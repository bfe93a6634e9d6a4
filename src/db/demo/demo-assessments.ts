// Demo assessments ([SEG-1]…[SEG-7] inputs) and a few overrides for the demo company, so that its
// classifications show assessed capacity, VIPs, portfolio and KAM answers, loyalty groups and hand-set
// values with reasons. Merged into assessments the demo value loader wrote (cost drivers stay). Deterministic: a seeded PRNG over the accounts in id order, and capacity follows
// each account's sales rank (big buyers are judged to have more capacity), with some noise.
import { sql } from 'kysely';
import { mixSeed, Random } from '../../core/demo/random.ts';
import { shiftPeriod } from '../../core/segmentation/classification-period.ts';
import { DEFAULT_SEGMENTATION_CONFIG } from '../../core/segmentation/segmentation-config-defaults.ts';
import type { AccountAssessment, Level } from '../../core/segmentation/segmentation-types.ts';
import type { Database } from '../connect.ts';

/** Share of demo accounts somebody has assessed. */
const ASSESSED_SHARE = 0.45;
const STREAM = 3003;

const OVERRIDES: ReadonlyArray<{ model: string; value: string; reason: string }> = [
  { model: 'portfolio', value: 'invest', reason: '集团战略重点客户，管理层决定加大投入' },
  { model: 'clp_tier', value: 'strategic', reason: '已签三年框架协议，按战略型客户经营' },
  { model: 'purchase_grid', value: 'A', reason: '新建产线投产，明年采购量预计翻番' },
  { model: 'loyalty', value: 'expand', reason: '竞争对手断供，正是全面拓展的时机' },
];

export interface DemoAssessmentSummary {
  assessments: number;
  overrides: number;
}

/** Writes assessments for about 45% of the accounts and four overrides; `period` is 'YYYY-MM-01'. */
export async function loadDemoAssessments(
  database: Database,
  options: { seed: number; period: string },
): Promise<DemoAssessmentSummary> {
  const db = database.db;
  const from = shiftPeriod(options.period, -12);
  const rows = await sql<{ accountId: number; revenueFen: number }>`
    SELECT a.account_id AS "accountId", coalesce(sum(f.revenue_fen), 0)::float8 AS "revenueFen"
      FROM account a
      LEFT JOIN account_month_fact f ON f.account_id = a.account_id AND f.month >= ${from}::date
     WHERE a.status = 'active'
     GROUP BY a.account_id
     ORDER BY a.account_id`.execute(db);
  const byRevenue = [...rows.rows].sort((a, b) => b.revenueFen - a.revenueFen);
  const rankOf = new Map(byRevenue.map((r, i) => [Number(r.accountId), i / Math.max(1, byRevenue.length)]));

  const random = new Random(mixSeed(options.seed, STREAM));
  const assessments: Array<{ a: number; j: AccountAssessment }> = [];
  for (const row of rows.rows) {
    const id = Number(row.accountId);
    if (!random.chance(ASSESSED_SHARE)) continue;
    assessments.push({ a: id, j: assessmentFor(random, row.revenueFen > 0 ? (rankOf.get(id) ?? 1) : 1) });
  }
  if (assessments.length > 0)
    await sql`
      INSERT INTO account_assessment (account_id, assessment, updated_by)
      SELECT t.a, t.j, a.owner_user_id
        FROM jsonb_to_recordset(${JSON.stringify(assessments)}::jsonb) AS t(a bigint, j jsonb)
        JOIN account a ON a.account_id = t.a
      ON CONFLICT (account_id) DO UPDATE SET assessment = excluded.assessment || account_assessment.assessment`.execute(
      db,
    );

  // The largest assessed accounts get the hand-set values, one model each.
  const top = assessments
    .map((x) => x.a)
    .sort((a, b) => (rankOf.get(a) ?? 1) - (rankOf.get(b) ?? 1))
    .slice(0, OVERRIDES.length);
  const overrides = top.map((accountId, i) => ({ a: accountId, ...OVERRIDES[i]! }));
  if (overrides.length > 0)
    await sql`
      INSERT INTO classification_override (account_id, model, value, reason, created_by)
      SELECT t.a, t.model, t.value, t.reason, a.owner_user_id
        FROM jsonb_to_recordset(${JSON.stringify(overrides)}::jsonb)
          AS t(a bigint, model text, value text, reason text)
        JOIN account a ON a.account_id = t.a
      ON CONFLICT DO NOTHING`.execute(db);
  return { assessments: assessments.length, overrides: overrides.length };
}

const level = (n: number): Level => Math.max(0, Math.min(4, Math.round(n))) as Level;

/** One account's answers; `rank` is 0 for the biggest buyer … 1 for the smallest (or none). */
function assessmentFor(random: Random, rank: number): AccountAssessment {
  const config = DEFAULT_SEGMENTATION_CONFIG;
  const strength = 1 - rank; // 1 = biggest
  const x = strength > 0.75 ? 4 : strength > 0.5 ? 3 : strength > 0.25 ? 2 : 1;
  const score = (base: number) => Math.round(Math.max(5, Math.min(98, base + random.between(-20, 20))));
  const a: AccountAssessment = {
    capacity: {
      level: level(x + random.pick([-1, 0, 0, 1, 1, 2])),
      source: random.chance(0.8) ? 'assessment' : 'market_data',
    },
  };
  if (random.chance(0.04)) a.vip = true;
  if (random.chance(0.3)) a.influenceScore = score(40 + strength * 40);
  a.portfolioAnswers = Object.fromEntries(
    [...config.portfolio.attractiveness, ...config.portfolio.capability]
      .filter((c) => c.source === 'assessment')
      .map((c) => [c.key, score(30 + strength * 50)]),
  );
  if (random.chance(0.4)) a.strategicWeight = score(20 + strength * 60);
  if (random.chance(0.7))
    a.kamAnswers = Object.fromEntries(
      config.kamStage.questionnaire.map((q) => [q.id, level(strength * 4 + random.between(-1.5, 1))]),
    );
  const share = random.chance(0.6) ? score(15 + strength * 60) : null;
  if (share !== null) a.shareOfWalletPct = share;
  if (random.chance(0.15))
    a.disruptionRisks = [random.pick(config.kamStage.disruptionRisks.map((r) => r.id))];
  if (random.chance(0.5))
    a.orgRelationshipLevel =
      share === null
        ? 'general'
        : share >= 80
          ? 'strategic_partner'
          : share >= 50
            ? 'core'
            : share >= 30
              ? 'major'
              : 'general';
  if (random.chance(0.6)) a.decisionMakerStep = level(strength * 3 + random.between(-1, 1.5));
  if (random.chance(0.5)) {
    const group = random.weighted(['advocate', 'multi_supplier', 'non_user'] as const, [
      1 + strength * 3,
      3,
      1 - strength * 0.8,
    ]);
    const subStates = config.loyalty.groups[group].subStates;
    a.loyalty = { group, subState: subStates.length > 0 ? random.pick(subStates).id : null };
  }
  return a;
}
