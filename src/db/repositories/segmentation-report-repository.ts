// Kysely implementation of the segmentation reports: dashboard aggregates, drill-down lists and movements
// over account_classification of one period, always limited to the accounts the caller may see
// (visibility.ts) and optionally to one region. Revenue is the purchase-grid window's sales stored in that
// result's inputs, so no report touches the facts.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type {
  SegmentationReportRepository,
  SegmentFilter,
  ValueRanks,
} from '../../core/segmentation/segmentation-repository.ts';
import type { DB } from '../schema.ts';
import { accountVisible } from './visibility.ts';

export function createSegmentationReportRepository(db: Kysely<DB>): SegmentationReportRepository {
  /** WHERE conditions on an account_classification alias: the period, visibility and the region. */
  const scoped = (filter: SegmentFilter, alias: string): RawBuilder<boolean> => {
    const parts: RawBuilder<unknown>[] = [
      sql`${sql.ref(`${alias}.period`)} = ${filter.period}::date`,
      sql`${accountVisible(db, filter.scope, `${alias}.account_id`)}`,
    ];
    if (filter.regionId !== undefined)
      parts.push(
        sql`${sql.ref(`${alias}.account_id`)} IN (SELECT account_id FROM account WHERE region_unit_id = ${filter.regionId})`,
      );
    return sql<boolean>`(${sql.join(parts, sql` AND `)})`;
  };

  const rankTable = (ranks: ValueRanks) => sql`
    SELECT * FROM unnest(${ranks.map((r) => r.model)}::text[], ${ranks.map((r) => r.value)}::text[],
                         ${ranks.map((r) => r.rank)}::int[]) AS r(model, value, rank)`;

  return {
    async latestPeriod(atMost) {
      const row = await db
        .selectFrom('account_classification')
        .select((eb) => eb.fn.max('period').as('period'))
        .where('period', '<=', atMost)
        .executeTakeFirst();
      return row?.period ?? undefined;
    },

    async previousPeriod(period) {
      const row = await db
        .selectFrom('account_classification')
        .select((eb) => eb.fn.max('period').as('period'))
        .where('period', '<', period)
        .executeTakeFirst();
      return row?.period ?? undefined;
    },

    async computedAt(filter) {
      const result = await sql<{ at: Date | string | null }>`
        SELECT max(c.computed_at) AS at FROM account_classification c
         WHERE c.model = 'purchase_grid' AND ${scoped(filter, 'c')}`.execute(db);
      const at = result.rows[0]?.at ?? null;
      return at === null ? null : new Date(at).toISOString();
    },

    async distribution(filter) {
      const result = await sql<{ model: string; value: string; count: number; revenueFen: number }>`
        SELECT c.model, c.value, count(*)::int AS count,
               coalesce(sum((g.inputs ->> 'windowRevenueFen')::bigint), 0)::bigint AS "revenueFen"
          FROM account_classification c
          LEFT JOIN account_classification g
            ON g.account_id = c.account_id AND g.period = c.period AND g.model = 'purchase_grid'
         WHERE ${scoped(filter, 'c')}
         GROUP BY c.model, c.value`.execute(db);
      return result.rows.map((r) => ({ ...r, count: Number(r.count), revenueFen: Number(r.revenueFen) }));
    },

    async grid(filter) {
      const result = await sql<{
        x: number;
        y: number;
        value: string;
        count: number;
        revenueFen: number;
        vip: number;
      }>`
        SELECT (c.inputs ->> 'x')::int AS x, (c.inputs ->> 'y')::int AS y,
               mode() WITHIN GROUP (ORDER BY c.computed_value) AS value,
               count(*)::int AS count,
               coalesce(sum((c.inputs ->> 'windowRevenueFen')::bigint), 0)::bigint AS "revenueFen",
               count(*) FILTER (WHERE (c.inputs ->> 'vip')::boolean)::int AS vip
          FROM account_classification c
         WHERE c.model = 'purchase_grid' AND ${scoped(filter, 'c')}
         GROUP BY 1, 2`.execute(db);
      let vipCount = 0;
      const cells = result.rows
        .filter((r) => r.x !== null && r.y !== null)
        .map((r) => {
          vipCount += Number(r.vip);
          return {
            x: Number(r.x),
            y: Number(r.y),
            value: r.value,
            count: Number(r.count),
            revenueFen: Number(r.revenueFen),
          };
        });
      return { cells, vipCount };
    },

    async portfolioBubbles(filter, limit) {
      const result = await sql<{
        accountId: number;
        name: string;
        attractiveness: number;
        capability: number;
        value: string;
        revenueFen: number;
      }>`
        SELECT c.account_id AS "accountId", a.name,
               coalesce((c.inputs ->> 'attractiveness')::float8, 0) AS attractiveness,
               coalesce((c.inputs ->> 'capability')::float8, 0) AS capability,
               c.value,
               coalesce((c.inputs ->> 'revenueFen')::bigint, 0) AS "revenueFen"
          FROM account_classification c
          JOIN account a ON a.account_id = c.account_id
         WHERE c.model = 'portfolio' AND ${scoped(filter, 'c')}
         ORDER BY "revenueFen" DESC, c.account_id
         LIMIT ${limit}`.execute(db);
      return result.rows.map((r) => ({
        ...r,
        accountId: Number(r.accountId),
        attractiveness: Number(r.attractiveness),
        capability: Number(r.capability),
        revenueFen: Number(r.revenueFen),
      }));
    },

    async paretoCurve(filter, points) {
      const result = await sql<{ rn: number; n: number; cum: number; total: number }>`
        WITH r AS (
          SELECT greatest(coalesce((c.inputs ->> 'revenueFen')::bigint, 0), 0) AS rev, c.account_id
            FROM account_classification c
           WHERE c.model = 'pareto' AND ${scoped(filter, 'c')}
        ), o AS (
          SELECT row_number() OVER w AS rn, sum(rev) OVER w AS cum,
                 count(*) OVER () AS n, sum(rev) OVER () AS total
            FROM r
          WINDOW w AS (ORDER BY rev DESC, account_id ROWS UNBOUNDED PRECEDING)
        )
        SELECT rn, n, cum, total FROM o
         WHERE rn = n OR rn % greatest(1, ceil(n::numeric / ${points}))::bigint = 0
         ORDER BY rn`.execute(db);
      const first = result.rows[0];
      if (!first) return { accounts: 0, points: [] };
      const n = Number(first.n);
      const total = Number(first.total);
      return {
        accounts: n,
        points: result.rows.map((r) => ({
          accountPct: round1((Number(r.rn) * 100) / n),
          revenuePct: total > 0 ? round1((Number(r.cum) * 100) / total) : 0,
        })),
      };
    },

    async accounts(filter, query, page) {
      const conditions: RawBuilder<unknown>[] = [sql`c.model = ${query.model}`, scoped(filter, 'c')];
      if (query.value !== undefined) conditions.push(sql`c.value = ${query.value}`);
      if (query.x !== undefined) conditions.push(sql`(g.inputs ->> 'x')::int = ${query.x}`);
      if (query.y !== undefined) conditions.push(sql`(g.inputs ->> 'y')::int = ${query.y}`);
      const where = sql.join(conditions, sql` AND `);
      const from = sql`
          FROM account_classification c
          LEFT JOIN account_classification g
            ON g.account_id = c.account_id AND g.period = c.period AND g.model = 'purchase_grid'`;
      const [rows, count] = await Promise.all([
        sql<{
          accountId: number;
          code: string;
          name: string;
          ownerName: string;
          value: string;
          score: number | null;
          revenueFen: number;
        }>`
          SELECT c.account_id AS "accountId", a.code, a.name, u.display_name AS "ownerName", c.value, c.score,
                 coalesce((g.inputs ->> 'windowRevenueFen')::bigint, 0) AS "revenueFen"
            ${from}
            JOIN account a ON a.account_id = c.account_id
            JOIN app_user u ON u.app_user_id = a.owner_user_id
           WHERE ${where}
           ORDER BY "revenueFen" DESC, c.account_id
           LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db),
        sql<{ n: number }>`SELECT count(*)::int AS n ${from} WHERE ${where}`.execute(db),
      ]);
      return {
        items: rows.rows.map((r) => ({
          ...r,
          accountId: Number(r.accountId),
          score: r.score === null ? null : Number(r.score),
          revenueFen: Number(r.revenueFen),
        })),
        total: Number(count.rows[0]?.n ?? 0),
      };
    },

    async movements(filter, query) {
      const direction = sql`CASE WHEN rt.rank > rf.rank THEN 'up' WHEN rt.rank < rf.rank THEN 'down' ELSE 'changed' END`;
      const conditions: RawBuilder<unknown>[] = [scoped(filter, 'c'), sql`c.value <> p.value`];
      if (query.model !== undefined) conditions.push(sql`c.model = ${query.model}`);
      const where = sql.join(conditions, sql` AND `);
      const from = sql`
          FROM account_classification c
          JOIN account_classification p
            ON p.account_id = c.account_id AND p.model = c.model AND p.period = ${filter.previous}::date
          LEFT JOIN ranks rf ON rf.model = c.model AND rf.value = p.value
          LEFT JOIN ranks rt ON rt.model = c.model AND rt.value = c.value`;
      const wanted = query.direction === undefined ? sql`true` : sql`${direction} = ${query.direction}`;
      const ranks = rankTable(query.ranks);
      const [rows, counts] = await Promise.all([
        sql<{
          accountId: number;
          accountCode: string;
          accountName: string;
          ownerName: string;
          model: string;
          from: string;
          to: string;
        }>`
          WITH ranks AS (${ranks})
          SELECT c.account_id AS "accountId", a.code AS "accountCode", a.name AS "accountName",
                 u.display_name AS "ownerName", c.model, p.value AS "from", c.value AS "to"
            ${from}
            JOIN account a ON a.account_id = c.account_id
            JOIN app_user u ON u.app_user_id = a.owner_user_id
           WHERE ${where} AND ${wanted}
           ORDER BY c.model, a.name, c.account_id
           LIMIT ${query.limit} OFFSET ${query.offset}`
          .execute(db)
          .then((r) => r.rows),
        sql<{ total: number; up: number; down: number }>`
          WITH ranks AS (${ranks})
          SELECT count(*) FILTER (WHERE ${wanted})::int AS total,
                 count(*) FILTER (WHERE ${direction} = 'up')::int AS up,
                 count(*) FILTER (WHERE ${direction} = 'down')::int AS down
            ${from}
           WHERE ${where}`
          .execute(db)
          .then((r) => r.rows[0]),
      ]);
      return {
        items: rows.map((r) => ({ ...r, accountId: Number(r.accountId), period: filter.period })),
        total: Number(counts?.total ?? 0),
        up: Number(counts?.up ?? 0),
        down: Number(counts?.down ?? 0),
      };
    },
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
