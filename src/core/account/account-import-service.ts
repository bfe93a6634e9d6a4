// [ACC-1] Account import use case: read the sheet's rows, load what the rules need in a few batched queries,
// plan, and write the plan in one transaction with an 'import' audit entry per written account.
import type { AuditEntry } from '../audit/audit-repository.ts';
import type { ExcelTransaction } from '../excel/excel-repository.ts';
import type { ImportOptions, ImportOutcome } from '../excel/import-outcome.ts';
import { assertCanImport, byLevel, mayApply, notApplied, readSheet } from '../excel/run-import.ts';
import type { SheetData } from '../excel/sheet.ts';
import { ATTRIBUTION_FIELDS, type FactAttributionHook, moveAccountFacts } from '../facts/fact-delta.ts';
import { type Actor, scopeOf } from '../org/actor.ts';
import type { WriteContext } from '../shared/repositories.ts';
import type { AccountFields } from './account.ts';
import {
  type AccountImportContext,
  type AccountRowRead,
  type AccountWrite,
  planAccountImport,
  readAccountRow,
  regionKey,
} from './account-import-rules.ts';
import { ACCOUNT_COLUMNS } from './account-sheet.ts';

export interface AccountImportServiceDeps {
  transaction: ExcelTransaction;
  /** Called in the import transaction around the updates that change owner, industry or type. */
  onAttributionChange?: readonly FactAttributionHook[] | undefined;
}

export function createAccountImportService({
  transaction,
  onAttributionChange = [],
}: AccountImportServiceDeps) {
  return {
    assertCanImport,

    /** Imports an account sheet: all-or-nothing (mode all) or the valid rows (mode valid). */
    async importSheet(
      actor: Actor,
      sheet: SheetData,
      options: ImportOptions,
      ctx: WriteContext,
    ): Promise<ImportOutcome> {
      const read = readSheet(actor, sheet, ACCOUNT_COLUMNS, options, readAccountRow);
      if ('outcome' in read) return read.outcome;
      const totalRows = read.rows.length;
      return transaction(async (repos, excel) => {
        const context = await loadContext(read.rows);
        const plan = planAccountImport(read.rows, context);
        if (!mayApply(options, plan)) return notApplied(totalRows, plan.problems);

        const idOfCode = new Map([...context.existing.values()].map((a) => [a.code, a.id]));
        const parentId = (code: string | null) => (code === null ? null : (idOfCode.get(code) ?? null));
        const audit: AuditEntry[] = [];
        const entry = (id: number, before: unknown, after: unknown): AuditEntry => ({
          userId: actor.userId,
          action: 'import',
          entity: 'account',
          entityId: String(id),
          before,
          after,
          requestId: ctx.requestId,
        });
        // Updated accounts with a new owner, industry or type: their facts leave the old attribution first.
        const moved = plan.writes.flatMap((w) =>
          w.kind === 'update' && ATTRIBUTION_FIELDS.some((field) => w.changes[field] !== undefined)
            ? [w.id]
            : [],
        );
        await moveAccountFacts(onAttributionChange, repos, moved, async () => {
          let done = 0;
          for (const level of byLevel(plan.writes)) {
            const creates = level.filter(
              (w): w is Extract<AccountWrite, { kind: 'create' }> => w.kind === 'create',
            );
            const generated = await excel.nextCodes(
              creates.filter((c) => c.code === null).map((c) => c.fields.type),
            );
            const rows: AccountFields[] = creates.map((c) => ({
              ...c.fields,
              code: c.code ?? generated.shift()!,
              parentId: parentId(c.parentCode),
            }));
            const ids = await excel.insertAccounts(rows);
            await excel.addTeamLeads(ids.map((id, i) => ({ accountId: id, userId: rows[i]!.ownerId })));
            ids.forEach((id, i) => {
              idOfCode.set(rows[i]!.code, id);
              audit.push(entry(id, null, rows[i]));
            });
            for (const w of level) {
              if (w.kind !== 'update') continue;
              const changes: Partial<AccountFields> = { ...w.changes };
              if (w.parentCode !== undefined) changes.parentId = parentId(w.parentCode);
              await repos.accounts.update(w.id, changes);
              const before = Object.fromEntries(
                Object.keys(changes).map((k) => [k, w.before[k as keyof AccountFields]]),
              );
              audit.push(entry(w.id, before, changes));
            }
            done += level.length;
            options.onProgress?.({ phase: 'write', done, total: plan.writes.length });
          }
        });
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

        /** The stored data the rules need: codes and parent codes, their ancestry, owners, regions. */
        async function loadContext(rows: AccountRowRead[]): Promise<AccountImportContext> {
          const scope = scopeOf(actor);
          const codes = new Set<string>();
          const parentCodes = new Set<string>();
          const usernames = new Set<string>();
          for (const { input } of rows) {
            if (input.code !== null) codes.add(input.code);
            if (input.parentCode !== null) parentCodes.add(input.parentCode);
            if (input.ownerUsername !== null) usernames.add(input.ownerUsername);
          }
          const stored = await excel.accountsByCode(scope, [...codes, ...parentCodes]);
          const existing = new Map(stored.map((a) => [a.code, a]));
          const storedParents = [...parentCodes].filter((c) => existing.has(c));
          const ancestry = await excel.ancestry(storedParents);
          const users = await excel.usersByUsername([...usernames]);
          const units = await repos.orgUnits.list();
          const regions = new Map<string, number>();
          for (const unit of units) {
            if (unit.kind !== 'region') continue;
            regions.set(regionKey(unit.name), unit.id);
            if (unit.nameEn) regions.set(regionKey(unit.nameEn), unit.id);
          }
          return {
            actorUserId: actor.userId,
            scope,
            users: new Map(users.map((u) => [u.username, u])),
            regions,
            existing,
            ancestry: new Map(ancestry.map((a) => [a.code, a.parentCode])),
          };
        }
      });
    },
  };
}

export type AccountImportService = ReturnType<typeof createAccountImportService>;
