// Kysely implementation of the segmentation reports: dashboard aggregates, drill-down lists and movements of
// one month, read from account_segment (one narrow row per account with every model's value, 0006) and
// always limited to the accounts the caller may see (visibility.ts), optionally to one region. Revenue is the
// purchase-grid window's sales, so no report touches the facts or the jsonb results.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type {
  SegmentationReportRepository,
  SegmentFilter,
  ValueRanks,
} from '../../core/segmentation/segmentation-repository.ts';
import type { DB } from '../schema.ts';
import { accountVisible } from './visibility.ts';

/** The account_segment column of each model (also the whitelist for dynamic column names). */
const COLUMN_OF: Readonly<Record<string, string>> = {
  purchase_grid: 'purchase_grid',
  portfolio: 'portfolio',
  clp_tier: 'clp_tier',
  lifecycle: 'lifecycle',
  relationship_stage: 'relationship_stage',
  kam_stage: 'kam_stage',
  org_relationship: 'org_relationship',
  loyalty: 'loyalty',
  pareto: 'pareto',
};
const MODELS = Object.keys(COLUMN_OF);

/** (model, value) of every model of a segment row, or (model, previous, current) of two rows. */
const valuesOf = (alias: string) =>
  sql.join(MODELS.map((m) => sql`(${sql.lit(m)}, ${sql.ref(`${alias}.${COLUMN_OF[m]}`)})`));
const pairsOf = (before: string, after: string) =>
  sql.join(
    MODELS.map(
      (m) =>
        sql`(${sql.lit(m)}, ${sql.ref(`${before}.${COLUMN_OF[m]}`)}, ${sql.ref(`${after}.${COLUMN_OF[m]}`)})`,
    ),
  );

export function createSegmentationReportRepository(db: Kysely<DB>): SegmentationReportRepository {
  /** WHERE conditions on an account_segment alias: the month, visibility and the region. */
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

  const maxPeriod = async (condition: RawBuilder<boolean>) => {
    const result = await sql<{ period: string | null }>`
      SELECT max(period) AS period FROM account_segment WHERE ${condition}`.execute(db);
    return result.rows[0]?.period ?? undefined;
  };

  return {
    latestPeriod: (atMost) => maxPeriod(sql<boolean>`period <= ${atMost}::date`),

    previousPeriod: (period) => maxPeriod(sql<boolean>`period < ${period}::date`),

    async computedAt(filter) {
      const result = await sql<{ at: Date | string | null }>`
        SELECT max(s.computed_at) AS at FROM account_segment s WHERE ${scoped(filter, 's')}`.execute(db);
      const at = result.rows[0]?.at ?? null;
      return at === null ? null : new Date(at).toISOString();
    },

    async distribution(filter) {
      const result = await sql<{ model: string; value: string; count: number; revenueFen: number }>`
        SELECT v.model, v.value, count(*)::int AS count, coalesce(sum(s.revenue_fen), 0)::bigint AS "revenueFen"
          FROM account_segment s
         CROSS JOIN LATERAL (VALUES ${valuesOf('s')}) AS v(model, value)
         WHERE ${scoped(filter, 's')} AND v.value IS NOT NULL
         GROUP BY v.model, v.value`.execute(db);
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
        SELECT s.grid_x AS x, s.grid_y AS y,
               mode() WITHIN GROUP (ORDER BY s.grid_class) AS value,
               count(*)::int AS count,
               coalesce(sum(s.revenue_fen), 0)::bigint AS "revenueFen",
               count(*) FILTER (WHERE s.vip)::int AS vip
          FROM account_segment s
         WHERE ${scoped(filter, 's')} AND s.grid_x IS NOT NULL AND s.grid_y IS NOT NULL
         GROUP BY 1, 2`.execute(db);
      let vipCount = 0;
      const cells = result.rows.map((r) => {
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
        attractiveness: number | null;
        capability: number | null;
        value: string;
        revenueFen: number;
      }>`
        SELECT s.account_id AS "accountId", a.name, s.attractiveness, s.capability, s.portfolio AS value,
               s.revenue_fen AS "revenueFen"
          FROM account_segment s
          JOIN account a ON a.account_id = s.account_id
         WHERE ${scoped(filter, 's')} AND s.portfolio IS NOT NULL
         ORDER BY s.revenue_fen DESC, s.account_id
         LIMIT ${limit}`.execute(db);
      return result.rows.map((r) => ({
        ...r,
        accountId: Number(r.accountId),
        attractiveness: Number(r.attractiveness ?? 0),
        capability: Number(r.capability ?? 0),
        revenueFen: Number(r.revenueFen),
      }));
    },

    async paretoCurve(filter, points) {
      const result = await sql<{ rn: number; n: number; cum: number; total: number }>`
        WITH r AS (
          SELECT greatest(s.revenue_fen, 0) AS rev, s.account_id
            FROM account_segment s
           WHERE ${scoped(filter, 's')} AND s.pareto IS NOT NULL
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
      const column = COLUMN_OF[query.model];
      if (!column) return { items: [], total: 0 };
      const value = sql.ref(`s.${column}`);
      const conditions: RawBuilder<unknown>[] = [scoped(filter, 's'), sql`${value} IS NOT NULL`];
      if (query.value !== undefined) conditions.push(sql`${value} = ${query.value}`);
      if (query.x !== undefined) conditions.push(sql`s.grid_x = ${query.x}`);
      if (query.y !== undefined) conditions.push(sql`s.grid_y = ${query.y}`);
      const where = sql.join(conditions, sql` AND `);
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
          WITH page AS (
            SELECT s.account_id, ${value} AS value, s.revenue_fen
              FROM account_segment s
             WHERE ${where}
             ORDER BY s.revenue_fen DESC, s.account_id
             LIMIT ${page.limit} OFFSET ${page.offset}
          )
          SELECT page.account_id AS "accountId", a.code, a.name, u.display_name AS "ownerName", page.value,
                 c.score, page.revenue_fen AS "revenueFen"
            FROM page
            JOIN account a ON a.account_id = page.account_id
            JOIN app_user u ON u.app_user_id = a.owner_user_id
            LEFT JOIN account_classification c
              ON c.account_id = page.account_id AND c.period = ${filter.period}::date AND c.model = ${query.model}
           ORDER BY page.revenue_fen DESC, page.account_id`.execute(db),
        sql<{ n: number }>`SELECT count(*)::int AS n FROM account_segment s WHERE ${where}`.execute(db),
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
      const conditions: RawBuilder<unknown>[] = [
        scoped(filter, 'c'),
        sql`v.before IS NOT NULL AND v.after IS NOT NULL AND v.before <> v.after`,
      ];
      if (query.model !== undefined) conditions.push(sql`v.model = ${query.model}`);
      const moves = sql`
        ranks AS (${rankTable(query.ranks)}),
        moves AS (
          SELECT c.account_id, v.model, v.before, v.after,
                 CASE WHEN rt.rank > rf.rank THEN 'up' WHEN rt.rank < rf.rank THEN 'down' ELSE 'changed' END
                   AS direction
            FROM account_segment c
            JOIN account_segment p ON p.period = ${filter.previous}::date AND p.account_id = c.account_id
           CROSS JOIN LATERAL (VALUES ${pairsOf('p', 'c')}) AS v(model, before, after)
            LEFT JOIN ranks rf ON rf.model = v.model AND rf.value = v.before
            LEFT JOIN ranks rt ON rt.model = v.model AND rt.value = v.after
           WHERE ${sql.join(conditions, sql` AND `)}
        )`;
      const wanted = query.direction === undefined ? sql`true` : sql`m.direction = ${query.direction}`;
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
          WITH ${moves}
          SELECT m.account_id AS "accountId", a.code AS "accountCode", a.name AS "accountName",
                 u.display_name AS "ownerName", m.model, m.before AS "from", m.after AS "to"
            FROM moves m
            JOIN account a ON a.account_id = m.account_id
            JOIN app_user u ON u.app_user_id = a.owner_user_id
           WHERE ${wanted}
           ORDER BY m.model, a.name, m.account_id
           LIMIT ${query.limit} OFFSET ${query.offset}`
          .execute(db)
          .then((r) => r.rows),
        sql<{ total: number; up: number; down: number }>`
          WITH ${moves}
          SELECT count(*) FILTER (WHERE ${wanted})::int AS total,
                 count(*) FILTER (WHERE m.direction = 'up')::int AS up,
                 count(*) FILTER (WHERE m.direction = 'down')::int AS down
            FROM moves m`
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
