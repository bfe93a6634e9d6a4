// Kysely implementation of the audit trail.
import type { Kysely } from 'kysely';
import type { AuditRepository } from '../../core/audit/audit-repository.ts';
import type { DB } from '../schema.ts';

export function createAuditRepository(db: Kysely<DB>): AuditRepository {
  return {
    async record(entry) {
      await db
        .insertInto('audit_log')
        .values({
          app_user_id: entry.userId,
          action: entry.action,
          entity: entry.entity,
          entity_id: entry.entityId,
          before: entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
          after: entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
          request_id: entry.requestId,
        })
        .execute();
    },

    async list(filter) {
      let base = db.selectFrom('audit_log as l');
      if (filter.entity) base = base.where('l.entity', '=', filter.entity);
      if (filter.entityId) base = base.where('l.entity_id', '=', filter.entityId);
      if (filter.userId) base = base.where('l.app_user_id', '=', filter.userId);
      const [rows, count] = await Promise.all([
        base
          .leftJoin('app_user as u', 'u.app_user_id', 'l.app_user_id')
          .select([
            'l.audit_log_id as id',
            'l.app_user_id as userId',
            'u.display_name as userName',
            'l.action',
            'l.entity',
            'l.entity_id as entityId',
            'l.before',
            'l.after',
            'l.request_id as requestId',
            'l.created_at as createdAt',
          ])
          .orderBy('l.audit_log_id', 'desc')
          .limit(filter.limit)
          .offset(filter.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
        total: Number(count.n),
      };
    },
  };
}
