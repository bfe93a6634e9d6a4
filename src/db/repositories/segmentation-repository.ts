// Kysely implementation of the segmentation port: config versions, assessments, overrides (ended ones stay
// as history) and results per account, period and model. Results are written with one multi-row
// INSERT … ON CONFLICT per chunk; the rows travel as one JSON document that the server unpacks. A result
// equal to the stored one is left alone, so a recompute where little changed writes little (computed_at
// then says when the result last changed).
import { type Kysely, sql } from 'kysely';
import type {
  ResultRow,
  SegmentationRepository,
  StoredOverride,
  StoredResult,
} from '../../core/segmentation/segmentation-repository.ts';
import type { DB } from '../schema.ts';

/** Rows per INSERT statement: big enough for few round trips, small enough for a modest JSON parameter. */
const WRITE_CHUNK = 10_000;

const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

export function createSegmentationRepository(db: Kysely<DB>): SegmentationRepository {
  const overrideQuery = () =>
    db
      .selectFrom('classification_override as o')
      .leftJoin('app_user as u', 'u.app_user_id', 'o.created_by')
      .select([
        'o.classification_override_id as id',
        'o.account_id as accountId',
        'o.model',
        'o.value',
        'o.reason',
        'u.display_name as createdBy',
        'o.created_at as createdAt',
      ]);
  type OverrideRow = Omit<StoredOverride, 'createdAt'> & { createdAt: Date };
  const toOverride = (r: OverrideRow): StoredOverride => ({
    ...r,
    id: Number(r.id),
    accountId: Number(r.accountId),
    createdAt: iso(r.createdAt),
  });

  async function removeOverride(accountId: number, model: string, userId: number) {
    const ended = await db
      .updateTable('classification_override')
      .set({ removed_at: sql<Date>`now()`, removed_by: userId })
      .where('account_id', '=', accountId)
      .where('model', '=', model)
      .where('removed_at', 'is', null)
      .returning('classification_override_id')
      .executeTakeFirst();
    if (!ended) return undefined;
    const row = await overrideQuery()
      .where('o.classification_override_id', '=', ended.classification_override_id)
      .executeTakeFirstOrThrow();
    return toOverride(row);
  }

  return {
    async currentConfig() {
      const row = await db
        .selectFrom('segmentation_config as c')
        .leftJoin('app_user as u', 'u.app_user_id', 'c.created_by')
        .select(['c.version', 'c.config', 'c.created_at', 'u.display_name'])
        .orderBy('c.version', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        version: row.version,
        config: row.config,
        createdAt: iso(row.created_at),
        createdBy: row.display_name,
      };
    },

    async insertConfig(config, userId) {
      // The lock serialises concurrent saves so two admins never get the same version number.
      const run = async (trx: Kysely<DB>) => {
        await sql`LOCK TABLE segmentation_config IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
        const row = await trx
          .insertInto('segmentation_config')
          .columns(['version', 'config', 'created_by'])
          .expression(
            trx
              .selectFrom('segmentation_config')
              .select([
                sql<number>`coalesce(max(version), 0) + 1`.as('version'),
                sql<string>`${JSON.stringify(config)}::jsonb`.as('config'),
                sql<number>`${userId}::bigint`.as('created_by'),
              ]),
          )
          .returning('version')
          .executeTakeFirstOrThrow();
        return row.version;
      };
      return db.isTransaction ? run(db) : db.transaction().execute(run);
    },

    async findAssessment(accountId) {
      const row = await db
        .selectFrom('account_assessment as a')
        .leftJoin('app_user as u', 'u.app_user_id', 'a.updated_by')
        .select(['a.assessment', 'a.updated_at', 'u.display_name'])
        .where('a.account_id', '=', accountId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        accountId,
        assessment: row.assessment,
        updatedAt: iso(row.updated_at),
        updatedBy: row.display_name,
      };
    },

    async saveAssessment(accountId, assessment, userId) {
      await db
        .insertInto('account_assessment')
        .values({ account_id: accountId, assessment: JSON.stringify(assessment), updated_by: userId })
        .onConflict((oc) =>
          oc.column('account_id').doUpdateSet({
            assessment: (eb) => eb.ref('excluded.assessment'),
            updated_by: (eb) => eb.ref('excluded.updated_by'),
            updated_at: sql<Date>`now()`,
          }),
        )
        .execute();
    },

    async activeOverrides(accountId) {
      const rows = await overrideQuery()
        .where('o.account_id', '=', accountId)
        .where('o.removed_at', 'is', null)
        .orderBy('o.model')
        .execute();
      return rows.map(toOverride);
    },

    async replaceOverride({ accountId, model, value, reason, userId }) {
      const ended = await removeOverride(accountId, model, userId);
      await db
        .insertInto('classification_override')
        .values({ account_id: accountId, model, value, reason, created_by: userId })
        .execute();
      return ended;
    },

    removeOverride,

    async results(accountId, period) {
      const rows = await db
        .selectFrom('account_classification')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('period', '=', period)
        .execute();
      return rows.map(
        (r): StoredResult => ({
          accountId: Number(r.account_id),
          period: r.period,
          model: r.model,
          value: r.value,
          computedValue: r.computed_value,
          score: r.score === null ? null : Number(r.score),
          explanationKey: r.explanation_key,
          explanationParams: r.explanation_params,
          inputs: r.inputs,
          configVersion: r.config_version,
          computedAt: iso(r.computed_at),
        }),
      );
    },

    async latestPeriodOf(accountId, atMost) {
      const row = await db
        .selectFrom('account_classification')
        .select((eb) => eb.fn.max('period').as('period'))
        .where('account_id', '=', accountId)
        .where('period', '<=', atMost)
        .executeTakeFirst();
      return row?.period ?? undefined;
    },

    async history(accountId, model) {
      let query = db
        .selectFrom('account_classification')
        .select([
          'period',
          'model',
          'value',
          sql<boolean>`(inputs ->> 'overrideReason') IS NOT NULL`.as('overridden'),
        ])
        .where('account_id', '=', accountId);
      if (model) query = query.where('model', '=', model);
      const rows = await query.orderBy('period', 'desc').orderBy('model').execute();
      return rows.map((r) => ({
        period: r.period,
        model: r.model,
        value: r.value,
        overridden: Boolean(r.overridden),
      }));
    },

    async writeResults(period, configVersion, rows) {
      for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
        await upsertChunk(db, period, configVersion, rows.slice(start, start + WRITE_CHUNK));
      }
      await upsertSegments(db, period, rows);
    },
  };
}

/** One INSERT … SELECT FROM jsonb_to_recordset … ON CONFLICT for up to WRITE_CHUNK results. */
async function upsertChunk(
  db: Kysely<DB>,
  period: string,
  configVersion: number,
  rows: readonly ResultRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const doc = JSON.stringify(
    rows.map((r) => ({
      a: r.accountId,
      m: r.model,
      v: r.value,
      c: r.computedValue,
      s: r.score,
      k: r.explanationKey,
      p: r.explanationParams,
      i: r.inputs,
    })),
  );
  // Rows equal to the stored ones are filtered out before the insert, so a re-run takes no row locks and
  // writes no new row versions for them.
  await sql`
    INSERT INTO account_classification
      (account_id, period, model, value, computed_value, score, explanation_key, explanation_params, inputs,
       config_version, computed_at)
    SELECT t.a, ${period}::date, t.m, t.v, t.c, t.s, t.k, t.p, t.i, ${configVersion}::int, now()
      FROM jsonb_to_recordset(${doc}::jsonb)
        AS t(a bigint, m text, v text, c text, s numeric, k text, p jsonb, i jsonb)
      LEFT JOIN account_classification old
        ON old.account_id = t.a AND old.period = ${period}::date AND old.model = t.m
     WHERE old.account_id IS NULL
        OR (old.value, old.computed_value, old.score, old.explanation_key, old.explanation_params, old.inputs,
            old.config_version)
           IS DISTINCT FROM (t.v, t.c, t.s, t.k, t.p, t.i, ${configVersion}::int)
    ON CONFLICT (account_id, period, model) DO UPDATE SET
      value = excluded.value,
      computed_value = excluded.computed_value,
      score = excluded.score,
      explanation_key = excluded.explanation_key,
      explanation_params = excluded.explanation_params,
      inputs = excluded.inputs,
      config_version = excluded.config_version,
      computed_at = excluded.computed_at`.execute(db);
}

const SEGMENT_COLUMN: Readonly<Record<string, string>> = {
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
const SEGMENT_COLUMNS = [
  ...Object.values(SEGMENT_COLUMN),
  'grid_x',
  'grid_y',
  'grid_class',
  'vip',
  'attractiveness',
  'capability',
  'revenue_fen',
  'gross_profit_fen',
];
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The account_segment rows (0006) of the accounts in `rows`: each model's value, the grid cell, VIP, the
 * portfolio scores and the window's sales. Rows equal to the stored ones are left alone.
 */
async function upsertSegments(db: Kysely<DB>, period: string, rows: readonly ResultRow[]): Promise<void> {
  const byAccount = new Map<number, Record<string, unknown>>();
  for (const r of rows) {
    let segment = byAccount.get(r.accountId);
    if (!segment) {
      segment = { account_id: r.accountId, vip: false, revenue_fen: 0 };
      byAccount.set(r.accountId, segment);
    }
    const column = SEGMENT_COLUMN[r.model];
    if (column) segment[column] = r.value;
    if (r.model === 'purchase_grid') {
      segment.grid_x = num(r.inputs.x);
      segment.grid_y = num(r.inputs.y);
      segment.grid_class = r.computedValue;
      segment.vip = r.inputs.vip === true;
      segment.revenue_fen = num(r.inputs.windowRevenueFen) ?? 0;
    } else if (r.model === 'pareto') {
      segment.gross_profit_fen = num(r.inputs.grossProfitFen);
    } else if (r.model === 'portfolio') {
      segment.attractiveness = num(r.inputs.attractiveness);
      segment.capability = num(r.inputs.capability);
    }
  }
  const segments = [...byAccount.values()];
  const list = sql.join(SEGMENT_COLUMNS.map((c) => sql.ref(c)));
  const fromT = sql.join(SEGMENT_COLUMNS.map((c) => sql.ref(`t.${c}`)));
  const fromOld = sql.join(SEGMENT_COLUMNS.map((c) => sql.ref(`old.${c}`)));
  const updates = sql.join(SEGMENT_COLUMNS.map((c) => sql`${sql.ref(c)} = ${sql.ref(`excluded.${c}`)}`));
  for (let start = 0; start < segments.length; start += WRITE_CHUNK) {
    const doc = JSON.stringify(segments.slice(start, start + WRITE_CHUNK));
    await sql`
      INSERT INTO account_segment (period, account_id, ${list}, computed_at)
      SELECT ${period}::date, t.account_id, ${fromT}, now()
        FROM jsonb_to_recordset(${doc}::jsonb) AS t(
          account_id bigint, purchase_grid text, portfolio text, clp_tier text, lifecycle text,
          relationship_stage text, kam_stage text, org_relationship text, loyalty text, pareto text,
          grid_x smallint, grid_y smallint, grid_class text, vip boolean, attractiveness numeric,
          capability numeric, revenue_fen bigint, gross_profit_fen bigint)
        LEFT JOIN account_segment old ON old.period = ${period}::date AND old.account_id = t.account_id
       WHERE old.account_id IS NULL OR (${fromOld}) IS DISTINCT FROM (${fromT})
      ON CONFLICT (period, account_id) DO UPDATE SET ${updates}, computed_at = excluded.computed_at`.execute(
      db,
    );
  }
}
