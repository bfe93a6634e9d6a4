// Order line use cases ([TGT-5]): list, read, create, correct, delete. Each write is one transaction that also
// moves the monthly facts by the line's old and new contributions and calls the fact hooks. Lines are visible
// when their account is (others answer 404); who may write: fact-access.ts.
import { type Actor, scopeOf } from '../org/actor.ts';
import { businessDate } from '../shared/clock.ts';
import { DomainError, type ErrorDetail, notFound, validationError } from '../shared/errors.ts';
import type { Repositories, WriteContext } from '../shared/repositories.ts';
import { checkFactDate, checkFen, checkQuantity } from './check-fact-values.ts';
import { orderLineChange } from './fact-changes.ts';
import type { FactListFilter, OrderLine, OrderLineFields, Page } from './fact-types.ts';
import { applyFactChanges, type FactServiceDeps, mustWriteFacts } from './fact-write.ts';

export type OrderLineInput = Omit<OrderLineFields, 'productId' | 'orderNo' | 'lineNo'> &
  Partial<Pick<OrderLineFields, 'productId' | 'orderNo' | 'lineNo'>>;

const MAX_ORDER_NO = 64;
const MAX_LINE_NO = 2_147_483_647;

export function createOrderLineService({ repos, transaction, clock, onFactDeltas = [] }: FactServiceDeps) {
  const today = () => businessDate(clock.now());

  async function mustSee(r: Repositories, actor: Actor, id: number, lock = false): Promise<OrderLine> {
    const found = await r.facts.findOrderLine(scopeOf(actor), id, lock);
    if (!found) throw notFound('entity.order_line');
    return found;
  }

  /** Every problem of the fields, by field; a taken order number is a conflict. */
  async function check(
    r: Repositories,
    actor: Actor,
    f: OrderLineFields,
    id: number | null,
  ): Promise<OrderLineFields> {
    const problems: ErrorDetail[] = [];
    const bad = (path: string, message: string | null) => {
      if (message) problems.push({ path, message });
    };
    if (!(await r.accounts.isVisible(scopeOf(actor), f.accountId))) bad('accountId', 'field.unknown_account');
    bad('orderDate', checkFactDate(f.orderDate, today()));
    bad('quantity', checkQuantity(f.quantity));
    bad('amountFen', checkFen(f.amountFen));
    bad('costFen', checkFen(f.costFen));
    let productLineId = f.productLineId;
    if (f.productId !== null) {
      const ofProduct = await r.facts.productLineOfProduct(f.productId);
      if (ofProduct === undefined) bad('productId', 'facts.unknown_product');
      else if (ofProduct !== f.productLineId) bad('productLineId', 'facts.product_line_mismatch');
      else productLineId = ofProduct;
    }
    if (!(await r.facts.productLineExists(f.productLineId)))
      bad('productLineId', 'facts.unknown_product_line');
    const orderNo = f.orderNo?.trim() || null;
    if ((orderNo === null) !== (f.lineNo === null))
      bad(orderNo === null ? 'orderNo' : 'lineNo', 'facts.order_no_pair');
    if (orderNo !== null && [...orderNo].length > MAX_ORDER_NO) bad('orderNo', 'field.too_long');
    if (f.lineNo !== null && (!Number.isInteger(f.lineNo) || f.lineNo < 1 || f.lineNo > MAX_LINE_NO))
      bad('lineNo', 'facts.bad_line_no');
    if (problems.length > 0) throw validationError(problems);
    if (orderNo !== null && f.lineNo !== null) {
      const taken = await r.facts.findOrderLineIdByNumber(orderNo, f.lineNo);
      if (taken !== undefined && taken !== id)
        throw new DomainError(
          'conflict',
          'facts.duplicate_order_line',
          [{ path: 'lineNo', message: 'facts.duplicate_order_line', params: { orderNo, lineNo: f.lineNo } }],
          { orderNo, lineNo: f.lineNo },
        );
    }
    return { ...f, productLineId, orderNo };
  }

  const fieldsOf = (l: OrderLine): OrderLineFields => ({
    accountId: l.accountId,
    orderDate: l.orderDate,
    productLineId: l.productLineId,
    productId: l.productId,
    quantity: l.quantity,
    amountFen: l.amountFen,
    costFen: l.costFen,
    orderNo: l.orderNo,
    lineNo: l.lineNo,
  });

  return {
    /** Order lines of the accounts the actor sees, newest first, filtered by account, month and product line. */
    list(actor: Actor, filter: FactListFilter): Promise<Page<OrderLine>> {
      return repos.facts.listOrderLines(scopeOf(actor), filter);
    },

    /** Every product line (filters and pickers of the order-line screens). */
    productLines() {
      return repos.facts.listProductLines();
    },

    /** One visible order line. */
    get(actor: Actor, id: number): Promise<OrderLine> {
      return mustSee(repos, actor, id);
    },

    /** Records a line on a visible account and adds it to the facts. */
    async create(actor: Actor, input: OrderLineInput, ctx: WriteContext): Promise<OrderLine> {
      mustWriteFacts(actor, 'order_line');
      return transaction(async (r) => {
        const fields = await check(
          r,
          actor,
          { productId: null, orderNo: null, lineNo: null, ...input },
          null,
        );
        const id = await r.facts.insertOrderLine(fields);
        await applyFactChanges(r, [orderLineChange(fields, 1)], onFactDeltas);
        await r.audit.record({
          userId: actor.userId,
          action: 'create',
          entity: 'order_line',
          entityId: String(id),
          before: null,
          after: fields,
          requestId: ctx.requestId,
        });
        return mustSee(r, actor, id);
      });
    },

    /** Corrects a line (any field, including its account, month or product line); the facts follow. */
    async update(
      actor: Actor,
      id: number,
      patch: Partial<OrderLineFields>,
      ctx: WriteContext,
    ): Promise<OrderLine> {
      mustWriteFacts(actor, 'order_line');
      return transaction(async (r) => {
        const before = fieldsOf(await mustSee(r, actor, id, true));
        const after = await check(r, actor, { ...before, ...patch }, id);
        await r.facts.updateOrderLine(id, after);
        await applyFactChanges(r, [orderLineChange(before, -1), orderLineChange(after, 1)], onFactDeltas);
        await r.audit.record({
          userId: actor.userId,
          action: 'update',
          entity: 'order_line',
          entityId: String(id),
          before,
          after,
          requestId: ctx.requestId,
        });
        return mustSee(r, actor, id);
      });
    },

    /** Deletes a line and takes it out of the facts. */
    async remove(actor: Actor, id: number, ctx: WriteContext): Promise<void> {
      mustWriteFacts(actor, 'order_line');
      await transaction(async (r) => {
        const before = fieldsOf(await mustSee(r, actor, id, true));
        await r.facts.deleteOrderLine(id);
        await applyFactChanges(r, [orderLineChange(before, -1)], onFactDeltas);
        await r.audit.record({
          userId: actor.userId,
          action: 'delete',
          entity: 'order_line',
          entityId: String(id),
          before,
          after: null,
          requestId: ctx.requestId,
        });
      });
    },
  };
}

export type OrderLineService = ReturnType<typeof createOrderLineService>;
