// [ACC-4] Contact import use case: read the sheet's rows, load the accounts and their contacts in batches,
// plan, and write the plan in one transaction with an 'import' audit entry per written contact.
import type { AuditEntry } from '../audit/audit-repository.ts';
import type { ExcelTransaction } from '../excel/excel-repository.ts';
import type { ImportOptions, ImportOutcome } from '../excel/import-outcome.ts';
import { assertCanImport, byLevel, mayApply, notApplied, readSheet } from '../excel/run-import.ts';
import type { SheetData } from '../excel/sheet.ts';
import { type Actor, scopeOf } from '../org/actor.ts';
import { businessDate, type Clock } from '../shared/clock.ts';
import type { WriteContext } from '../shared/repositories.ts';
import type { ContactFields } from './contact.ts';
import {
  type ContactImportContext,
  type ContactWrite,
  type ExistingContact,
  planContactImport,
  readContactRow,
} from './contact-import-rules.ts';
import { CONTACT_COLUMNS } from './contact-sheet.ts';

export interface ContactImportServiceDeps {
  transaction: ExcelTransaction;
  clock: Clock;
}

export function createContactImportService({ transaction, clock }: ContactImportServiceDeps) {
  return {
    assertCanImport,

    /** Imports a contact sheet: all-or-nothing (mode all) or the valid rows (mode valid). */
    async importSheet(
      actor: Actor,
      sheet: SheetData,
      options: ImportOptions,
      ctx: WriteContext,
    ): Promise<ImportOutcome> {
      const today = businessDate(clock.now());
      const read = readSheet(actor, sheet, CONTACT_COLUMNS, options, (row, index) =>
        readContactRow(row, index, today),
      );
      if ('outcome' in read) return read.outcome;
      const totalRows = read.rows.length;
      return transaction(async (repos, excel) => {
        const codes = new Set(
          read.rows.flatMap((r) => (r.input.accountCode === null ? [] : [r.input.accountCode])),
        );
        const accounts = await excel.accountsByCode(scopeOf(actor), [...codes]);
        const visibleIds = accounts.filter((a) => a.visible).map((a) => a.id);
        const stored = await excel.contactsOfAccounts(visibleIds);
        const contacts = new Map<number, ExistingContact[]>();
        for (const c of stored) {
          const list = contacts.get(c.fields.accountId);
          if (list) list.push(c);
          else contacts.set(c.fields.accountId, [c]);
        }
        const context: ContactImportContext = {
          accounts: new Map(accounts.map((a) => [a.code, { id: a.id, visible: a.visible }])),
          contacts,
        };
        const plan = planContactImport(read.rows, context);
        if (!mayApply(options, plan)) return notApplied(totalRows, plan.problems);

        const key = (accountId: number, name: string) => `${accountId}\u0000${name}`;
        const idOfKey = new Map(stored.map((c) => [key(c.fields.accountId, c.fields.name), c.id]));
        const managerId = (accountId: number, name: string | null | undefined) =>
          name == null ? null : (idOfKey.get(key(accountId, name)) ?? null);
        const audit: AuditEntry[] = [];
        const entry = (id: number, before: unknown, after: unknown): AuditEntry => ({
          userId: actor.userId,
          action: 'import',
          entity: 'contact',
          entityId: String(id),
          before,
          after,
          requestId: ctx.requestId,
        });
        let done = 0;
        for (const level of byLevel(plan.writes)) {
          const creates = level.filter(
            (w): w is Extract<ContactWrite, { kind: 'create' }> => w.kind === 'create',
          );
          const rows: ContactFields[] = creates.map((c) => ({
            ...c.fields,
            reportsToId: managerId(c.fields.accountId, c.managerName),
          }));
          const ids = await excel.insertContacts(rows);
          ids.forEach((id, i) => {
            const fields = rows[i]!;
            idOfKey.set(key(fields.accountId, fields.name), id);
            audit.push(entry(id, null, fields));
          });
          for (const w of level) {
            if (w.kind !== 'update') continue;
            const changes: Partial<ContactFields> = { ...w.changes };
            if (w.managerName !== undefined) changes.reportsToId = managerId(w.accountId, w.managerName);
            await repos.contacts.update(w.id, changes);
            const before = Object.fromEntries(
              Object.keys(changes).map((k) => [k, w.before[k as keyof ContactFields]]),
            );
            audit.push(entry(w.id, before, changes));
          }
          done += level.length;
          options.onProgress?.({ phase: 'write', done, total: plan.writes.length });
        }
        await excel.recordAudit(audit);
        const created = plan.writes.filter((w) => w.kind === 'create').length;
        return {
          applied: true,
          totalRows,
          created,
          updated: plan.writes.length - created,
          skipped: plan.skipped,
          problems: plan.problems,
        };
      });
    },
  };
}

export type ContactImportService = ReturnType<typeof createContactImportService>;
