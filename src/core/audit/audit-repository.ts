// Port: the audit trail of every write (who, when, entity, before/after).

export interface AuditEntry {
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  userName: string | null;
  createdAt: string;
}

export interface AuditRepository {
  record(entry: AuditEntry): Promise<void>;
  list(filter: {
    entity?: string | undefined;
    entityId?: string | undefined;
    userId?: number | undefined;
    limit: number;
    offset: number;
  }): Promise<{ items: AuditRecord[]; total: number }>;
}
