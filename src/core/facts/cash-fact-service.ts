// Collection 回款 and expense 费用 use cases ([TGT-1], [TGT-5]): list, create, correct, delete on visible
// accounts. Each write is one transaction that moves account_month_cash_fact by the row's old and new
// contributions and calls the fact hooks. Who may write: fact-access.ts (finance too).
import { type Actor, scopeOf } from '../org/actor.ts';
import { businessDate } from '../shared/clock.ts';
import { type ErrorDetail, notFound, validationError } from '../shared/errors.ts';
import type { Repositories, WriteContext } from '../shared/repositories.ts';
import { checkFactDate, checkFen } from './check-fact-values.ts';
import { collectionChange, expenseChange } from './fact-changes.ts';
import type {
  Collection,
  CollectionFields,
  Expense,
  ExpenseFields,
  FactListFilter,
  Page,
} from './fact-types.ts';
import { applyFactChanges, type FactServiceDeps, mustWriteFacts } from './fact-write.ts';

const MAX_TEXT = 200;
const MAX_CATEGORY = 40;

export type CollectionInput = Omit<CollectionFields, 'reference'> &
  Partial<Pick<CollectionFields, 'reference'>>;
export type ExpenseInput = Omit<ExpenseFields, 'note'> & Partial<Pick<ExpenseFields, 'note'>>;

export function createCashFactService({ repos, transaction, clock, onFactDeltas = [] }: FactServiceDeps) {
  const today = () => businessDate(clock.now());

  async function checkCommon(
    r: Repositories,
    actor: Actor,
    accountId: number,
    dateField: string,
    date: string,
    amountFen: number,
  ): Promise<ErrorDetail[]> {
    const problems: ErrorDetail[] = [];
    if (!(await r.accounts.isVisible(scopeOf(actor), accountId)))
      problems.push({ path: 'accountId', message: 'field.unknown_account' });
    const dateProblem = checkFactDate(date, today());
    if (dateProblem) problems.push({ path: dateField, message: dateProblem });
    const amountProblem = checkFen(amountFen, false);
    if (amountProblem) problems.push({ path: 'amountFen', message: amountProblem });
    return problems;
  }

  const text = (value: string | null | undefined) => value?.trim() || null;
  const tooLong = (value: string | null, max: number) => value !== null && [...value].length > max;

  async function checkCollection(
    r: Repositories,
    actor: Actor,
    f: CollectionFields,
  ): Promise<CollectionFields> {
    const reference = text(f.reference);
    const problems = await checkCommon(r, actor, f.accountId, 'collectedOn', f.collectedOn, f.amountFen);
    if (tooLong(reference, MAX_TEXT))
      problems.push({ path: 'reference', message: 'field.too_long', params: { maximum: MAX_TEXT } });
    if (problems.length > 0) throw validationError(problems);
    return { ...f, reference };
  }

  async function checkExpense(r: Repositories, actor: Actor, f: ExpenseFields): Promise<ExpenseFields> {
    const note = text(f.note);
    const category = f.category.trim();
    const problems = await checkCommon(r, actor, f.accountId, 'spentOn', f.spentOn, f.amountFen);
    if (category === '') problems.push({ path: 'category', message: 'field.required' });
    if (tooLong(category, MAX_CATEGORY))
      problems.push({ path: 'category', message: 'field.too_long', params: { maximum: MAX_CATEGORY } });
    if (tooLong(note, MAX_TEXT))
      problems.push({ path: 'note', message: 'field.too_long', params: { maximum: MAX_TEXT } });
    if (problems.length > 0) throw validationError(problems);
    return { ...f, category, note };
  }

  async function mustSeeCollection(
    r: Repositories,
    actor: Actor,
    id: number,
    lock = false,
  ): Promise<Collection> {
    const found = await r.facts.findCollection(scopeOf(actor), id, lock);
    if (!found) throw notFound('entity.collection');
    return found;
  }

  async function mustSeeExpense(r: Repositories, actor: Actor, id: number, lock = false): Promise<Expense> {
    const found = await r.facts.findExpense(scopeOf(actor), id, lock);
    if (!found) throw notFound('entity.expense');
    return found;
  }

  const collectionFields = (c: Collection): CollectionFields => ({
    accountId: c.accountId,
    collectedOn: c.collectedOn,
    amountFen: c.amountFen,
    reference: c.reference,
  });
  const expenseFields = (e: Expense): ExpenseFields => ({
    accountId: e.accountId,
    spentOn: e.spentOn,
    category: e.category,
    amountFen: e.amountFen,
    note: e.note,
  });
  const audit = (
    r: Repositories,
    actor: Actor,
    ctx: WriteContext,
    action: string,
    entity: string,
    id: number,
    before: unknown,
    after: unknown,
  ) =>
    r.audit.record({
      userId: actor.userId,
      action,
      entity,
      entityId: String(id),
      before,
      after,
      requestId: ctx.requestId,
    });

  return {
    /** Collections of the visible accounts, newest first. */
    listCollections(actor: Actor, filter: FactListFilter): Promise<Page<Collection>> {
      return repos.facts.listCollections(scopeOf(actor), filter);
    },

    getCollection(actor: Actor, id: number): Promise<Collection> {
      return mustSeeCollection(repos, actor, id);
    },

    /** Records cash received from a visible account. */
    async createCollection(actor: Actor, input: CollectionInput, ctx: WriteContext): Promise<Collection> {
      mustWriteFacts(actor, 'collection');
      return transaction(async (r) => {
        const fields = await checkCollection(r, actor, { reference: null, ...input });
        const id = await r.facts.insertCollection(fields);
        await applyFactChanges(r, [collectionChange(fields, 1)], onFactDeltas);
        await audit(r, actor, ctx, 'create', 'collection', id, null, fields);
        return mustSeeCollection(r, actor, id);
      });
    },

    /** Corrects a collection (amount, date, account, reference); the cash facts follow. */
    async updateCollection(
      actor: Actor,
      id: number,
      patch: Partial<CollectionFields>,
      ctx: WriteContext,
    ): Promise<Collection> {
      mustWriteFacts(actor, 'collection');
      return transaction(async (r) => {
        const before = collectionFields(await mustSeeCollection(r, actor, id, true));
        const after = await checkCollection(r, actor, { ...before, ...patch });
        await r.facts.updateCollection(id, after);
        await applyFactChanges(r, [collectionChange(before, -1), collectionChange(after, 1)], onFactDeltas);
        await audit(r, actor, ctx, 'update', 'collection', id, before, after);
        return mustSeeCollection(r, actor, id);
      });
    },

    async removeCollection(actor: Actor, id: number, ctx: WriteContext): Promise<void> {
      mustWriteFacts(actor, 'collection');
      await transaction(async (r) => {
        const before = collectionFields(await mustSeeCollection(r, actor, id, true));
        await r.facts.deleteCollection(id);
        await applyFactChanges(r, [collectionChange(before, -1)], onFactDeltas);
        await audit(r, actor, ctx, 'delete', 'collection', id, before, null);
      });
    },

    /** Expenses of the visible accounts, newest first. */
    listExpenses(actor: Actor, filter: FactListFilter): Promise<Page<Expense>> {
      return repos.facts.listExpenses(scopeOf(actor), filter);
    },

    getExpense(actor: Actor, id: number): Promise<Expense> {
      return mustSeeExpense(repos, actor, id);
    },

    /** Records a sales expense charged to a visible account. */
    async createExpense(actor: Actor, input: ExpenseInput, ctx: WriteContext): Promise<Expense> {
      mustWriteFacts(actor, 'expense');
      return transaction(async (r) => {
        const fields = await checkExpense(r, actor, { note: null, ...input });
        const id = await r.facts.insertExpense(fields);
        await applyFactChanges(r, [expenseChange(fields, 1)], onFactDeltas);
        await audit(r, actor, ctx, 'create', 'expense', id, null, fields);
        return mustSeeExpense(r, actor, id);
      });
    },

    async updateExpense(
      actor: Actor,
      id: number,
      patch: Partial<ExpenseFields>,
      ctx: WriteContext,
    ): Promise<Expense> {
      mustWriteFacts(actor, 'expense');
      return transaction(async (r) => {
        const before = expenseFields(await mustSeeExpense(r, actor, id, true));
        const after = await checkExpense(r, actor, { ...before, ...patch });
        await r.facts.updateExpense(id, after);
        await applyFactChanges(r, [expenseChange(before, -1), expenseChange(after, 1)], onFactDeltas);
        await audit(r, actor, ctx, 'update', 'expense', id, before, after);
        return mustSeeExpense(r, actor, id);
      });
    },

    async removeExpense(actor: Actor, id: number, ctx: WriteContext): Promise<void> {
      mustWriteFacts(actor, 'expense');
      await transaction(async (r) => {
        const before = expenseFields(await mustSeeExpense(r, actor, id, true));
        await r.facts.deleteExpense(id);
        await applyFactChanges(r, [expenseChange(before, -1)], onFactDeltas);
        await audit(r, actor, ctx, 'delete', 'expense', id, before, null);
      });
    },
  };
}

export type CashFactService = ReturnType<typeof createCashFactService>;
