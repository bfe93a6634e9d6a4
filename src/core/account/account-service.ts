// Account use cases: list, read, create, edit, archive, team, revenue ([ACC-1], [ACC-2]). Load → rule → save,
// each write in one transaction with its audit entry.
import { ATTRIBUTION_FIELDS, type FactAttributionHook, moveAccountFacts } from '../facts/fact-delta.ts';
import type { Actor } from '../org/actor.ts';
import { canWrite, scopeOf, unitInScope } from '../org/actor.ts';
import type { Clock } from '../shared/clock.ts';
import { businessDate } from '../shared/clock.ts';
import { DomainError, type ErrorDetail, forbidden, notFound, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import type { AccountDetail, AccountFields, AccountListFilter, MonthRevenue } from './account.ts';
import type { TeamRole } from './account-types.ts';
import { monthRange } from './month-range.ts';

export interface AccountServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  clock: Clock;
  /** Called in the editing transaction around a change of owner, industry or type (target node actuals). */
  onAttributionChange?: readonly FactAttributionHook[] | undefined;
}

export type AccountInput = Omit<AccountFields, 'code' | 'parentId' | 'regionId' | keyof OptionalText> & {
  code?: string | undefined;
  parentId?: number | null | undefined;
  regionId?: number | null | undefined;
} & Partial<OptionalText>;

type OptionalText = Pick<
  AccountFields,
  'industry' | 'province' | 'city' | 'address' | 'phone' | 'website' | 'notes'
>;

export function createAccountService({
  repos,
  transaction,
  clock,
  onAttributionChange = [],
}: AccountServiceDeps) {
  /** Checks references of a create/update; returns field errors instead of throwing one by one. */
  async function checkReferences(
    r: Repositories,
    actor: Actor,
    fields: Partial<AccountFields>,
    accountId: number | null,
  ): Promise<ErrorDetail[]> {
    const problems: ErrorDetail[] = [];
    const scope = scopeOf(actor);
    if (fields.ownerId !== undefined) {
      const owner = await r.users.findById(fields.ownerId);
      if (!owner?.active) problems.push({ path: 'ownerId', message: 'field.unknown_user' });
      else if (owner.id !== actor.userId && !unitInScope(scope, owner.orgUnitPath))
        problems.push({ path: 'ownerId', message: 'field.owner_out_of_scope' });
    }
    if (fields.regionId != null) {
      const region = await r.orgUnits.findById(fields.regionId);
      if (region?.kind !== 'region') problems.push({ path: 'regionId', message: 'field.unknown_region' });
    }
    if (fields.parentId != null) {
      if (!(await r.accounts.isVisible(scope, fields.parentId))) {
        problems.push({ path: 'parentId', message: 'field.unknown_account' });
      } else if (accountId !== null) {
        const chain = await r.accounts.ancestorIds(fields.parentId);
        if (fields.parentId === accountId || chain.includes(accountId))
          problems.push({ path: 'parentId', message: 'error.parent_cycle' });
      }
    }
    if (fields.code !== undefined) {
      const existing = await r.accounts.findIdByCode(fields.code);
      if (existing !== undefined && existing !== accountId)
        throw new DomainError(
          'conflict',
          'error.duplicate_code',
          [{ path: 'code', message: 'error.duplicate_code', params: { code: fields.code } }],
          {
            code: fields.code,
          },
        );
    }
    return problems;
  }

  async function mustSee(actor: Actor, id: number): Promise<AccountDetail> {
    const found = await repos.accounts.findVisible(scopeOf(actor), id);
    if (!found) throw notFound('entity.account');
    return found;
  }

  function mustWrite(actor: Actor) {
    if (!canWrite(actor)) throw forbidden();
  }

  return {
    /** Lists accounts the actor may see, filtered, sorted and paginated. */
    list(actor: Actor, filter: AccountListFilter) {
      return repos.accounts.list(scopeOf(actor), filter);
    },

    /** One account with hierarchy, team and contact count; not_found when outside visibility. */
    get: mustSee,

    /** Industries used by visible accounts, for the filter. */
    industries(actor: Actor) {
      return repos.accounts.industries(scopeOf(actor));
    },

    /** Creates an account owned by a user within the actor's scope. */
    async create(actor: Actor, input: AccountInput, ctx: WriteContext): Promise<AccountDetail> {
      mustWrite(actor);
      const id = await transaction(async (r) => {
        const code = input.code ?? (await r.accounts.nextCode(input.type));
        const fields: AccountFields = {
          code,
          name: input.name,
          type: input.type,
          parentId: input.parentId ?? null,
          ownerId: input.ownerId,
          regionId: input.regionId ?? null,
          industry: input.industry ?? null,
          province: input.province ?? null,
          city: input.city ?? null,
          address: input.address ?? null,
          phone: input.phone ?? null,
          website: input.website ?? null,
          notes: input.notes ?? null,
        };
        if (fields.regionId === null) {
          const owner = await r.users.findById(fields.ownerId);
          fields.regionId = owner ? await regionOf(r, owner.orgUnitPath) : null;
        }
        const problems = await checkReferences(r, actor, fields, null);
        if (problems.length) throw validationError(problems);
        const newId = await r.accounts.insert(fields);
        await r.accounts.replaceTeam(newId, [{ userId: fields.ownerId, teamRole: 'lead' }]);
        await r.audit.record({
          userId: actor.userId,
          action: 'create',
          entity: 'account',
          entityId: String(newId),
          before: null,
          after: fields,
          requestId: ctx.requestId,
        });
        return newId;
      });
      return mustSee(actor, id);
    },

    /** Changes the given fields of a visible account; a new owner, industry or type moves its facts with it. */
    async update(
      actor: Actor,
      id: number,
      patch: Partial<AccountInput>,
      ctx: WriteContext,
    ): Promise<AccountDetail> {
      mustWrite(actor);
      await mustSee(actor, id);
      await transaction(async (r) => {
        const before = await r.accounts.findFieldsById(id);
        if (!before) throw notFound('entity.account');
        const changes: Partial<AccountFields> = {};
        for (const [key, value] of Object.entries(patch) as Array<[keyof AccountFields, unknown]>) {
          if (value !== undefined && before[key] !== value) (changes as Record<string, unknown>)[key] = value;
        }
        if (Object.keys(changes).length === 0) return;
        const problems = await checkReferences(r, actor, changes, id);
        if (problems.length) throw validationError(problems);
        const moves = ATTRIBUTION_FIELDS.some((field) => field in changes);
        await moveAccountFacts(onAttributionChange, r, moves ? [id] : [], () =>
          r.accounts.update(id, changes),
        );
        const { id: _id, status: _s, ...beforeFields } = before;
        await r.audit.record({
          userId: actor.userId,
          action: 'update',
          entity: 'account',
          entityId: String(id),
          before: pick(beforeFields, Object.keys(changes)),
          after: changes,
          requestId: ctx.requestId,
        });
      });
      return mustSee(actor, id);
    },

    /** Archives (or restores) a visible account; archived accounts leave the default list. */
    async setStatus(
      actor: Actor,
      id: number,
      status: 'active' | 'archived',
      ctx: WriteContext,
    ): Promise<AccountDetail> {
      mustWrite(actor);
      const current = await mustSee(actor, id);
      if (current.status === status) return current;
      await transaction(async (r) => {
        await r.accounts.setStatus(id, status);
        await r.audit.record({
          userId: actor.userId,
          action: status === 'archived' ? 'archive' : 'restore',
          entity: 'account',
          entityId: String(id),
          before: { status: current.status },
          after: { status },
          requestId: ctx.requestId,
        });
      });
      return mustSee(actor, id);
    },

    /** Replaces the account team ([ACC-2]); every member must be an active user. */
    async setTeam(
      actor: Actor,
      id: number,
      members: Array<{ userId: number; teamRole: TeamRole }>,
      ctx: WriteContext,
    ): Promise<AccountDetail> {
      mustWrite(actor);
      const current = await mustSee(actor, id);
      const problems: ErrorDetail[] = [];
      const seen = new Set<number>();
      const users = await repos.users.findByIds(members.map((m) => m.userId));
      members.forEach((m, i) => {
        if (!users.some((u) => u.id === m.userId && u.active))
          problems.push({ path: `members.${i}.userId`, message: 'field.unknown_user' });
        if (seen.has(m.userId))
          problems.push({ path: `members.${i}.userId`, message: 'field.duplicate_member' });
        seen.add(m.userId);
      });
      if (problems.length) throw validationError(problems);
      await transaction(async (r) => {
        await r.accounts.replaceTeam(id, members);
        await r.audit.record({
          userId: actor.userId,
          action: 'update_team',
          entity: 'account',
          entityId: String(id),
          before: current.team.map((m) => ({ userId: m.userId, teamRole: m.teamRole })),
          after: members,
          requestId: ctx.requestId,
        });
      });
      return mustSee(actor, id);
    },

    /** Monthly revenue and gross profit of the account and of its whole group for the last `years` years. */
    async revenue(actor: Actor, id: number, years: number) {
      const account = await mustSee(actor, id);
      const months = monthRange(businessDate(clock.now()), years * 12);
      const from = months[0]!;
      const to = months[months.length - 1]!;
      const groupIds = await repos.accounts.groupIds(account.id);
      const own = await repos.accounts.monthlyRevenue([account.id], from, to);
      const group = groupIds.length > 1 ? await repos.accounts.monthlyRevenue(groupIds, from, to) : own;
      const byMonth = new Map<string, MonthRevenue>(
        months.map((m) => [
          m,
          { month: m.slice(0, 7), revenueFen: 0, grossProfitFen: 0, groupRevenueFen: 0 },
        ]),
      );
      for (const row of own) {
        const cell = byMonth.get(row.month);
        if (cell) {
          cell.revenueFen = row.revenueFen;
          cell.grossProfitFen = row.revenueFen - row.costFen;
        }
      }
      for (const row of group) {
        const cell = byMonth.get(row.month);
        if (cell) cell.groupRevenueFen = row.revenueFen;
      }
      const monthRows = [...byMonth.values()];
      const yearMap = new Map<
        number,
        { year: number; revenueFen: number; grossProfitFen: number; groupRevenueFen: number }
      >();
      for (const m of monthRows) {
        const year = Number(m.month.slice(0, 4));
        const y = yearMap.get(year) ?? { year, revenueFen: 0, grossProfitFen: 0, groupRevenueFen: 0 };
        y.revenueFen += m.revenueFen;
        y.grossProfitFen += m.grossProfitFen;
        y.groupRevenueFen += m.groupRevenueFen;
        yearMap.set(year, y);
      }
      return { months: monthRows, years: [...yearMap.values()], subsidiaryCount: groupIds.length - 1 };
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;

/** The region unit id of a unit path ('/1/2/5/' → the region on the path), looked up in the org tree. */
async function regionOf(r: Repositories, path: string): Promise<number | null> {
  const ids = path.split('/').filter(Boolean).map(Number);
  for (const unitId of ids) {
    const unit = await r.orgUnits.findById(unitId);
    if (unit?.kind === 'region') return unit.id;
  }
  return null;
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}
