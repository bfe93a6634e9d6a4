// Key account plan use cases ([PLAN-1], [PLAN-8], [PLAN-9], [PLAN-11]): create the plan of an account and year,
// list, read the whole plan, edit the header (support requested, self-assessment), the executive briefing, the
// approved versions and the changes since the last one. Load → rule → save, one transaction, audited.
import { type Actor, canWrite, scopeOf } from '../org/actor.ts';
import { businessDate, type Clock } from '../shared/clock.ts';
import { DomainError, forbidden, validationError } from '../shared/errors.ts';
import type { Lang } from '../shared/messages.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { buildPlanSnapshot } from './build-plan-snapshot.ts';
import { diffPlanSnapshots, type PartDiff } from './diff-plan-snapshots.ts';
import type { PlanHeaderFields, PlanRecord, PlanVersionSummary } from './plan.ts';
import { auditPlan, mustSeePlan, openPlanForEdit, planConfigInForce, planScopeOf } from './plan-access.ts';
import { type BriefingData, planBriefing } from './plan-briefing.ts';
import type { PlanListFilter } from './plan-repository.ts';
import { loadPlanView, type PlanView } from './plan-view.ts';
import { mayEditPlan } from './plan-workflow.ts';

export interface PlanServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  clock: Clock;
}

export interface PlanChanges {
  /** The version compared with; null when the plan was never approved (everything counts as added). */
  sinceVersion: number | null;
  parts: PartDiff[];
}

export function createPlanService({ repos, transaction, clock }: PlanServiceDeps) {
  const today = () => businessDate(clock.now());

  async function view(r: Repositories, actor: Actor, planId: number): Promise<PlanView> {
    const plan = await mustSeePlan(r, actor, planId);
    const { config } = await planConfigInForce(r);
    return loadPlanView(r, actor, plan, today(), config);
  }

  async function briefingWithView(
    actor: Actor,
    planId: number,
    lang: Lang,
  ): Promise<{ view: PlanView; briefing: BriefingData }> {
    const v = await view(repos, actor, planId);
    const [grid, lines] = await Promise.all([
      repos.whitespace.load(v.plan.accountId),
      repos.whitespace.productLines(),
    ]);
    const competition = { cells: grid.cells, productLineNames: new Map(lines.map((l) => [l.id, l.name])) };
    return { view: v, briefing: planBriefing(v, competition, lang, today()) };
  }

  return {
    view,

    /** One page of the plans of accounts the actor may see (newest year first unless sorted otherwise). */
    list(actor: Actor, filter: Partial<PlanListFilter>): Promise<{ items: PlanRecord[]; total: number }> {
      return repos.plans.list(planScopeOf(actor), { sort: '-planYear', limit: 20, offset: 0, ...filter });
    },

    /** The whole plan: its five parts, derived figures and workflow. */
    get: (actor: Actor, planId: number) => view(repos, actor, planId),

    /** Creates the plan of a visible key account for a year; one plan per account and year. */
    async create(
      actor: Actor,
      input: { accountId: number; planYear: number },
      ctx: WriteContext,
    ): Promise<PlanView> {
      if (!canWrite(actor)) throw forbidden();
      const id = await transaction(async (r) => {
        const account = await r.accounts.findVisible(scopeOf(actor), input.accountId);
        if (!account) throw validationError([{ path: 'accountId', message: 'field.unknown_account' }]);
        if (account.type !== 'key_account')
          throw validationError([{ path: 'accountId', message: 'plan.not_key_account' }]);
        const owner = await r.users.findById(account.ownerId);
        const team = new Set(account.team.map((m) => m.userId));
        const who = { userId: actor.userId, role: actor.role, unitPath: actor.orgUnitPath };
        if (!mayEditPlan(who, account.ownerId, owner?.orgUnitPath ?? '', team)) throw forbidden();
        const duplicate = () =>
          new DomainError(
            'conflict',
            'plan.duplicate_year',
            [{ path: 'planYear', message: 'plan.duplicate_year', params: { year: input.planYear } }],
            { year: input.planYear },
          );
        if ((await r.plans.findIdByAccountYear(input.accountId, input.planYear)) !== undefined)
          throw duplicate();
        const newId = await r.plans.insert(input.accountId, input.planYear, actor.userId);
        if (newId === undefined) throw duplicate();
        await auditPlan(r, actor, newId, 'plan.create', null, input, ctx);
        return newId;
      });
      return view(repos, actor, id);
    },

    /** Changes the support requested and the self-assessment. */
    async updateHeader(
      actor: Actor,
      planId: number,
      patch: Partial<PlanHeaderFields>,
      ctx: WriteContext,
    ): Promise<PlanView> {
      return transaction(async (r) => {
        const plan = await openPlanForEdit(r, actor, planId, ctx);
        const before = Object.fromEntries(
          Object.keys(patch).map((k) => [k, plan[k as keyof PlanHeaderFields]]),
        );
        await r.plans.updateHeader(planId, patch, actor.userId);
        await auditPlan(r, actor, planId, 'plan.update', before, patch, ctx);
        return view(r, actor, planId);
      });
    },

    /** [PLAN-9] everything the nine-step executive briefing shows, labelled in `lang`. */
    async briefing(actor: Actor, planId: number, lang: Lang): Promise<BriefingData> {
      return (await briefingWithView(actor, planId, lang)).briefing;
    },

    /** The briefing together with the plan view it was built from (the deck needs both; one read). */
    briefingWithView,

    /** The approved versions, newest first. */
    async versions(actor: Actor, planId: number): Promise<PlanVersionSummary[]> {
      await mustSeePlan(repos, actor, planId);
      return repos.plans.versions(planId);
    },

    /** [PLAN-8] what changed since the last approved version. */
    async changes(actor: Actor, planId: number): Promise<PlanChanges> {
      const v = await view(repos, actor, planId);
      const latest = await repos.plans.latestVersion(planId);
      const now = buildPlanSnapshot(v);
      const empty = {
        ...now,
        parts: { plan: [], strategicMap: [], opportunities: [], relationships: [], goals: [] },
      };
      return {
        sinceVersion: latest?.version ?? null,
        parts: diffPlanSnapshots(latest?.snapshot ?? empty, now),
      };
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
