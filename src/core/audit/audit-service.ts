// Reading the audit trail: administrators only.
import { type Actor, forbiddenUnlessAdmin } from '../org/actor-guards.ts';
import type { AuditRepository } from './audit-repository.ts';

export function createAuditService({ audit }: { audit: AuditRepository }) {
  return {
    /** Newest first, filtered by entity, record or user. */
    list(actor: Actor, filter: Parameters<AuditRepository['list']>[0]) {
      forbiddenUnlessAdmin(actor);
      return audit.list(filter);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
