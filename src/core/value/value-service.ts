// [VAL-1] account and group P&L, [VAL-2] textbook CLV, [VAL-3] share of wallet of a visible account, over the
// last 12 complete months (the current month is still open, so it would understate revenue against a full
// year of cost to serve). Reads the pre-aggregated monthly facts, the assessments and the segmentation config
// in force; saving cost drivers merges them into the account's assessment in one transaction with its audit.
import { monthRange } from '../account/month-range.ts';
import type { Actor } from '../org/actor.ts';
import { businessDate, type Clock } from '../shared/clock.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { mustSeeAccount, mustWriteAccount } from './account-access.ts';
import {
  type AccountValueResult,
  computeAccountValue,
  readValueInputs,
  VALUE_WINDOW_MONTHS,
} from './account-value.ts';

export interface ValueServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  clock: Clock;
  /** Called after cost drivers change: they are inputs of the CLP tier, so the account is reclassified. */
  onInputsChanged?: ((accountId: number) => Promise<void>) | undefined;
}

/** The cost-to-serve drivers people enter per account, plus the two amounts value needs. */
export interface CostDriversPatch {
  visitsPerYear?: number | undefined;
  costPerVisitFen?: number | undefined;
  supportFenPerYear?: number | undefined;
  logisticsPctOfRevenue?: number | undefined;
  rebatePctOfRevenue?: number | undefined;
  creditCostPctOfReceivable?: number | undefined;
  /** Open receivables the credit cost applies to; stored with the drivers. */
  receivableFen?: number | undefined;
  /** The customer's yearly spend in our categories (share of wallet); null clears it. */
  customerCategorySpendFen?: number | null | undefined;
}

export type AccountValue = AccountValueResult & { fromMonth: string; toMonth: string };

export function createValueService({ repos, transaction, clock, onInputsChanged }: ValueServiceDeps) {
  async function compute(accountId: number): Promise<AccountValue> {
    const months = monthRange(businessDate(clock.now()), VALUE_WINDOW_MONTHS + 1).slice(
      0,
      VALUE_WINDOW_MONTHS,
    );
    const fromMonth = months[0] ?? '';
    const toMonth = months[months.length - 1] ?? '';
    const ids = await repos.accounts.groupIds(accountId);
    const [members, revenue, assessments, config] = await Promise.all([
      repos.accountValue.members(ids),
      repos.accountValue.revenueByAccount(ids, fromMonth, toMonth),
      repos.accountValue.assessments(ids),
      repos.accountValue.currentSegmentationConfig(),
    ]);
    const revenueOf = new Map(revenue.map((r) => [r.accountId, r]));
    const value = computeAccountValue(
      accountId,
      members.map((m) => ({
        id: m.id,
        name: m.name,
        revenueFen: revenueOf.get(m.id)?.revenueFen ?? 0,
        costFen: revenueOf.get(m.id)?.costFen ?? 0,
        assessment: assessments.get(m.id) ?? null,
      })),
      config,
    );
    return { ...value, fromMonth: fromMonth.slice(0, 7), toMonth: toMonth.slice(0, 7) };
  }

  return {
    /** P&L of the account, its group and each subsidiary, CLV and share of wallet. */
    async get(actor: Actor, accountId: number): Promise<AccountValue> {
      await mustSeeAccount(repos, actor, accountId);
      return compute(accountId);
    },

    /** Merges the given drivers into the account's assessment (fields left out keep their value). */
    async setCostDrivers(
      actor: Actor,
      accountId: number,
      patch: CostDriversPatch,
      ctx: WriteContext,
    ): Promise<AccountValue> {
      await mustWriteAccount(repos, actor, accountId);
      const { customerCategorySpendFen, ...driverFields } = patch;
      const drivers = Object.fromEntries(
        Object.entries(driverFields).filter((e): e is [string, number] => e[1] !== undefined),
      );
      const top: Record<string, number | null> =
        customerCategorySpendFen === undefined ? {} : { customerCategorySpendFen };
      const changed = Object.keys(drivers).length > 0 || customerCategorySpendFen !== undefined;
      if (changed)
        await transaction(async (r) => {
          const stored = (await r.accountValue.assessments([accountId])).get(accountId) ?? null;
          const before = readValueInputs(stored);
          await r.accountValue.mergeCostDrivers(accountId, drivers, top, actor.userId);
          await r.audit.record({
            userId: actor.userId,
            action: 'update_cost_drivers',
            entity: 'account',
            entityId: String(accountId),
            before: {
              ...Object.fromEntries(
                Object.keys(drivers).map((k) => [
                  k,
                  (before.costDrivers as Record<string, unknown> | null)?.[k] ?? null,
                ]),
              ),
              ...(customerCategorySpendFen === undefined
                ? {}
                : { customerCategorySpendFen: before.customerCategorySpendFen }),
            },
            after: { ...drivers, ...top },
            requestId: ctx.requestId,
          });
        });
      if (changed && onInputsChanged) await onInputsChanged(accountId);
      return compute(accountId);
    },
  };
}

export type ValueService = ReturnType<typeof createValueService>;
