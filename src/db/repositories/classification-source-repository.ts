// The engines' inputs, read in bounded batches from the pre-aggregated account_month_fact (never order_line):
// keyset pages of account ids, then per batch one aggregate of the window's months per account (folded into
// JSON by the server so a batch is a few thousand rows), the first/last order month before the window,
// the assessments and the active overrides.
import { type Kysely, sql } from 'kysely';
import type { Scope } from '../../core/org/actor.ts';
import type {
  ClassificationInput,
  ClassificationSource,
} from '../../core/segmentation/segmentation-repository.ts';
import type { MonthFact } from '../../core/segmentation/segmentation-types.ts';
import type { DB } from '../schema.ts';
import { accountVisible } from './visibility.ts';

export function createClassificationSourceRepository(db: Kysely<DB>): ClassificationSource {
  const activeAccounts = (scope?: Scope) => {
    let query = db.selectFrom('account as a').where('a.status', '=', 'active');
    if (scope) query = query.where(accountVisible(db, scope, 'a.account_id'));
    return query;
  };

  return {
    async countAccounts(scope) {
      const row = await activeAccounts(scope)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async accountPage(afterId, limit, scope) {
      const rows = await activeAccounts(scope)
        .select('a.account_id')
        .where('a.account_id', '>', afterId)
        .orderBy('a.account_id')
        .limit(limit)
        .execute();
      return rows.map((r) => Number(r.account_id));
    },

    async population(fromMonth, toMonth) {
      const result = await sql<{ accountId: number; revenueFen: number; grossProfitFen: number }>`
        SELECT a.account_id AS "accountId",
               coalesce(f.revenue_fen, 0)::bigint AS "revenueFen",
               coalesce(f.gross_profit_fen, 0)::bigint AS "grossProfitFen"
          FROM account a
          LEFT JOIN (
            SELECT account_id, sum(revenue_fen) AS revenue_fen, sum(revenue_fen - cost_fen) AS gross_profit_fen
              FROM account_month_fact
             WHERE month BETWEEN ${fromMonth}::date AND ${toMonth}::date
             GROUP BY account_id
          ) f ON f.account_id = a.account_id
         WHERE a.status = 'active'`.execute(db);
      return result.rows.map((r) => ({
        accountId: Number(r.accountId),
        revenueFen: Number(r.revenueFen),
        grossProfitFen: Number(r.grossProfitFen),
      }));
    },

    async storedPopulation(period) {
      const rows = await db
        .selectFrom('account_segment')
        .select(['account_id', 'revenue_fen', 'gross_profit_fen'])
        .where('period', '=', period)
        .execute();
      return rows.map((r) => ({
        accountId: Number(r.account_id),
        revenueFen: Number(r.revenue_fen),
        grossProfitFen: Number(r.gross_profit_fen ?? 0),
      }));
    },

    async inputs(accountIds, window) {
      if (accountIds.length === 0) return [];
      const ids = [...accountIds];
      const lo = ids[0] ?? 0;
      const hi = ids[ids.length - 1] ?? 0;
      // A dense page (all accounts, ascending) is read as an id range: exact row estimates and one index
      // range scan; a sparse one (a rep's accounts) by the id list. Rows of other accounts are ignored below.
      const dense = hi - lo < 2 * ids.length && ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0));
      const which = dense ? sql`account_id BETWEEN ${lo} AND ${hi}` : sql`account_id = ANY(${ids}::bigint[])`;
      const [months, before, assessments, overrides] = await Promise.all([
        // One text per account, 'YYYY-MM-DD,revenue,cost;…' per fact row (product lines not summed here:
        // the engines add up rows of the same month). Cheaper to build and to read than JSON or arrays.
        sql<{ accountId: number; months: string }>`
          SELECT account_id AS "accountId",
                 string_agg(month || ',' || revenue_fen || ',' || cost_fen, ';') AS months
            FROM account_month_fact
           WHERE ${which} AND month BETWEEN ${window.fromMonth}::date AND ${window.toMonth}::date
           GROUP BY account_id`.execute(db),
        sql<{ accountId: number; first: string; last: string }>`
          SELECT account_id AS "accountId", min(month) AS first, max(month) AS last
            FROM account_month_fact
           WHERE account_id = ANY(${ids}::bigint[]) AND month < ${window.fromMonth}::date
           GROUP BY account_id`.execute(db),
        db
          .selectFrom('account_assessment')
          .select(['account_id', 'assessment'])
          .where(sql<boolean>`account_id = ANY(${ids}::bigint[])`)
          .execute(),
        db
          .selectFrom('classification_override')
          .select(['account_id', 'model', 'value', 'reason'])
          .where(sql<boolean>`account_id = ANY(${ids}::bigint[])`)
          .where('removed_at', 'is', null)
          .execute(),
      ]);
      const monthsOf = new Map<number, string>();
      for (const row of months.rows) monthsOf.set(Number(row.accountId), row.months);
      const beforeOf = new Map(before.rows.map((r) => [Number(r.accountId), r]));
      const assessmentOf = new Map(assessments.map((r) => [Number(r.account_id), r.assessment]));
      const overridesOf = new Map<number, Array<{ model: string; value: string; reason: string }>>();
      for (const o of overrides) {
        const id = Number(o.account_id);
        const list = overridesOf.get(id) ?? [];
        list.push({ model: o.model, value: o.value, reason: o.reason });
        overridesOf.set(id, list);
      }
      return ids.map((accountId): ClassificationInput => {
        const monthly = parseMonths(monthsOf.get(accountId));
        let first: string | null = null;
        let last: string | null = null;
        for (const m of monthly) {
          if (first === null || m.month < first) first = m.month;
          if (last === null || m.month > last) last = m.month;
        }
        const earlier = beforeOf.get(accountId);
        const assessment = assessmentOf.get(accountId) ?? {};
        return {
          facts: {
            accountId,
            monthly,
            firstOrderMonth: earlier ? dateText(earlier.first) : first,
            lastOrderMonth: last ?? (earlier ? dateText(earlier.last) : null),
            receivableFen: receivableOf(assessment),
          },
          assessment,
          overrides: overridesOf.get(accountId) ?? [],
        };
      });
    },

    async storedValues(accountIds, period) {
      if (accountIds.length === 0) return [];
      const rows = await db
        .selectFrom('account_classification')
        .select(['account_id', 'model', 'value'])
        .where(sql<boolean>`account_id = ANY(${[...accountIds]}::bigint[])`)
        .where('period', '=', period)
        .execute();
      return rows.map((r) => ({ accountId: Number(r.account_id), model: r.model, value: r.value }));
    },
  };
}

/** 'YYYY-MM-DD,revenue,cost;…' → fact rows. */
function parseMonths(text: string | undefined): MonthFact[] {
  if (!text) return [];
  return text.split(';').map((entry) => {
    const [month = '', revenue = '0', cost = '0'] = entry.split(',');
    return { month, revenueFen: Number(revenue), costFen: Number(cost) };
  });
}

/** PGlite and pg both hand dates over as 'YYYY-MM-DD' text (see connect.ts); be tolerant of Date objects. */
function dateText(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

/** Open receivables people entered with the cost-to-serve drivers ([VAL-1]), for the credit cost of [SEG-3]. */
function receivableOf(assessment: Record<string, unknown>): number | null {
  const top = assessment.receivableFen;
  if (typeof top === 'number' && Number.isFinite(top)) return top;
  const drivers = assessment.costDrivers;
  if (typeof drivers === 'object' && drivers !== null && !Array.isArray(drivers)) {
    const nested = (drivers as Record<string, unknown>).receivableFen;
    if (typeof nested === 'number' && Number.isFinite(nested)) return nested;
  }
  return null;
}
