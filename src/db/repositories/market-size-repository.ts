// [TGT-5] market sizes per year, org unit (region) and segment, the base of market share 市场占有率.
import { type Kysely, sql } from 'kysely';
import type { MarketSizeRecord, MarketSizeRepository } from '../../core/target/target-tracking-repository.ts';
import type { DB } from '../schema.ts';

export function createMarketSizeRepository(db: Kysely<DB>): MarketSizeRepository {
  const base = () =>
    db
      .selectFrom('market_size as m')
      .innerJoin('org_unit as u', 'u.org_unit_id', 'm.org_unit_id')
      .leftJoin('app_user as w', 'w.app_user_id', 'm.updated_by')
      .select([
        'm.market_size_id',
        'm.year',
        'm.org_unit_id',
        'u.name as org_unit_name',
        'u.path as org_unit_path',
        'm.segment',
        'm.size_fen',
        'm.source',
        'w.display_name as updated_by',
        sql<string>`to_char(m.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('updated_at'),
      ]);
  const toRecord = (
    r: Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>,
  ): MarketSizeRecord => ({
    id: r.market_size_id,
    year: r.year,
    orgUnitId: r.org_unit_id,
    orgUnitName: r.org_unit_name,
    orgUnitPath: r.org_unit_path,
    segment: r.segment,
    sizeFen: r.size_fen,
    source: r.source,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  });
  return {
    async list(filter) {
      let q = base();
      if (filter.year !== undefined) q = q.where('m.year', '=', filter.year);
      const rows = await q.orderBy('m.year', 'desc').orderBy('u.path').orderBy('m.segment').execute();
      return rows.map(toRecord);
    },
    async find(id) {
      const row = await base().where('m.market_size_id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    async sizeOf(year, orgUnitId, segment) {
      const row = await db
        .selectFrom('market_size')
        .select('size_fen')
        .where('year', '=', year)
        .where('org_unit_id', '=', orgUnitId)
        .where('segment', '=', segment)
        .executeTakeFirst();
      return row?.size_fen;
    },
    async upsert(f, userId) {
      const row = await db
        .insertInto('market_size')
        .values({
          year: f.year,
          org_unit_id: f.orgUnitId,
          segment: f.segment,
          size_fen: f.sizeFen,
          source: f.source,
          updated_by: userId,
        })
        .onConflict((oc) =>
          oc.columns(['year', 'org_unit_id', 'segment']).doUpdateSet({
            size_fen: f.sizeFen,
            source: f.source,
            updated_by: userId,
            updated_at: sql`now()`,
          }),
        )
        .returning('market_size_id')
        .executeTakeFirstOrThrow();
      return row.market_size_id;
    },
    async remove(id) {
      const result = await db.deleteFrom('market_size').where('market_size_id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async rootUnitId() {
      const row = await db
        .selectFrom('org_unit')
        .select('org_unit_id')
        .where('parent_id', 'is', null)
        .orderBy('org_unit_id')
        .executeTakeFirst();
      return row?.org_unit_id;
    },
  };
}
