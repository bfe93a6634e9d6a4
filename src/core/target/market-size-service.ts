// [TGT-5] market sizes 市场容量 per year, region (org unit) and segment ('' = all segments, else an industry):
// the base of market share 市场占有率 = our sales ÷ market size. Everyone reads the sizes of their own unit's
// subtree (admins all of them); admins, directors and managers set them for their subtree. Audited.
import { type Actor, scopeOf, unitInScope } from '../org/actor.ts';
import { DomainError, notFound } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { mayEditMarketSizes } from './market-size-editors.ts';
import type { MarketSizeFields, MarketSizeRecord } from './target-tracking-repository.ts';

const readable = (actor: Actor, unitPath: string) =>
  actor.role === 'admin' || unitPath.startsWith(actor.orgUnitPath);

export function createMarketSizeService(deps: { repos: Repositories; transaction: Transaction }) {
  const { repos, transaction } = deps;

  async function checkEditable(actor: Actor, orgUnitId: number): Promise<void> {
    const unit = await repos.orgUnits.findById(orgUnitId);
    if (!unit)
      throw new DomainError('validation', 'error.validation', [
        { path: 'orgUnitId', message: 'error.not_found', params: { entity: 'entity.org_unit_market' } },
      ]);
    const scope = scopeOf(actor);
    if (
      !mayEditMarketSizes(actor.role) ||
      !(scope.kind === 'all' || unitInScope({ ...scope, kind: 'unit' }, unit.path))
    )
      throw new DomainError('forbidden', 'targetTracking.market_size_forbidden');
  }

  return {
    /** Market sizes of the actor's part of the organisation, newest year first. */
    async list(actor: Actor, year: number | undefined): Promise<MarketSizeRecord[]> {
      return (await repos.marketSizes.list({ year })).filter((m) => readable(actor, m.orgUnitPath));
    },

    /** Sets the size of one year, unit and segment (insert or replace). */
    async set(actor: Actor, fields: MarketSizeFields, ctx: WriteContext): Promise<MarketSizeRecord> {
      await checkEditable(actor, fields.orgUnitId);
      return transaction(async (r) => {
        const id = await r.marketSizes.upsert(fields, actor.userId);
        const saved = await r.marketSizes.find(id);
        if (!saved) throw notFound('entity.market_size');
        await r.audit.record({
          userId: actor.userId,
          action: 'market_size.set',
          entity: 'market_size',
          entityId: String(id),
          before: null,
          after: fields,
          requestId: ctx.requestId,
        });
        return saved;
      });
    },

    /** Removes one market size row. */
    async remove(actor: Actor, id: number, ctx: WriteContext): Promise<void> {
      const existing = await repos.marketSizes.find(id);
      if (!existing || !readable(actor, existing.orgUnitPath)) throw notFound('entity.market_size');
      await checkEditable(actor, existing.orgUnitId);
      await transaction(async (r) => {
        await r.marketSizes.remove(id);
        await r.audit.record({
          userId: actor.userId,
          action: 'market_size.remove',
          entity: 'market_size',
          entityId: String(id),
          before: existing,
          after: null,
          requestId: ctx.requestId,
        });
      });
    },
  };
}
