// [PLAN-2]/[PLAN-3] strategic and execution map as one graph: add, change and remove nodes and edges, a node's
// upstream and downstream chains, the opportunity list (a view of the graph over real opportunity records) and
// each opportunity's DMU ([OPP-3]). Every node owner and DMU member is a contact of the plan's account.
import type { Actor } from '../org/actor.ts';
import { type ErrorDetail, notFound, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { checkPlanEdge } from './check-plan-edge.ts';
import type { NodeFields, NodeRecord, OpportunityFields } from './plan.ts';
import { auditPlan, checkAccountContact, checkActiveUser, openPlanForEdit } from './plan-access.ts';
import { planNodeChains } from './plan-node-chains.ts';
import type { PlanService } from './plan-service.ts';
import type { DmuRole, NodeLevel } from './plan-types.ts';
import type { PlanView } from './plan-view.ts';

export interface PlanGraphServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  plans: PlanService;
}

export interface NodeInput {
  level: NodeLevel;
  title: string;
  description?: string | null | undefined;
  ownerContactId?: number | null | undefined;
  ownerConfirmed?: boolean | undefined;
  sortOrder?: number | undefined;
  actionId?: number | null | undefined;
  /** Nodes this one serves, linked in the same transaction. */
  upstreamNodeIds?: number[] | undefined;
  /** For an opportunity node, either the opportunity record it creates … */
  opportunity?: OpportunityFields | undefined;
  /** … or an existing opportunity of the account (e.g. carried over from last year's plan). */
  opportunityId?: number | undefined;
}

export type NodePatch = Partial<
  Omit<NodeInput, 'level' | 'upstreamNodeIds' | 'opportunity' | 'opportunityId'>
> & {
  opportunity?: Partial<OpportunityFields> | undefined;
};

export interface NodeDetail {
  node: NodeRecord;
  upstream: Array<NodeRecord & { distance: number }>;
  downstream: Array<NodeRecord & { distance: number }>;
  opportunity: PlanView['opportunities'][number] | null;
}

export function createPlanGraphService({ repos, transaction, plans }: PlanGraphServiceDeps) {
  async function checkNode(
    r: Repositories,
    accountId: number,
    planId: number,
    level: NodeLevel,
    fields: NodePatch,
  ): Promise<ErrorDetail[]> {
    const problems: ErrorDetail[] = [];
    if (fields.ownerContactId != null) {
      const p = await checkAccountContact(r, accountId, fields.ownerContactId, 'ownerContactId');
      if (p) problems.push(p);
    }
    if (fields.opportunity !== undefined && level !== 'opportunity')
      problems.push({ path: 'opportunity', message: 'plan.opportunity_only_on_opportunity_node' });
    if (fields.opportunity?.ownerUserId != null) {
      const p = await checkActiveUser(r, fields.opportunity.ownerUserId, 'opportunity.ownerUserId');
      if (p) problems.push(p);
    }
    if (fields.actionId != null) {
      if (level !== 'action') problems.push({ path: 'actionId', message: 'plan.action_only_on_action_node' });
      else if (!(await r.planGoals.actions(planId)).some((a) => a.id === fields.actionId))
        problems.push({ path: 'actionId', message: 'plan.unknown_action' });
    }
    return problems;
  }

  async function mustFindNode(r: Repositories, planId: number, nodeId: number): Promise<NodeRecord> {
    const node = (await r.planGraph.nodes(planId)).find((n) => n.id === nodeId);
    if (!node) throw notFound('entity.plan_node');
    return node;
  }

  /** A node with what it serves (upstream) and what serves it (downstream), nearest first. */
  async function node(actor: Actor, planId: number, nodeId: number): Promise<NodeDetail> {
    const view = await plans.view(repos, actor, planId);
    const found = view.nodes.find((n) => n.id === nodeId);
    if (!found) throw notFound('entity.plan_node');
    const byId = new Map(view.nodes.map((n) => [n.id, n]));
    const chains = planNodeChains(nodeId, view.edges);
    const expand = (steps: typeof chains.upstream) =>
      steps.flatMap((s) => {
        const n = byId.get(s.id);
        return n ? [{ ...n, distance: s.distance }] : [];
      });
    return {
      node: found,
      upstream: expand(chains.upstream),
      downstream: expand(chains.downstream),
      opportunity: view.opportunities.find((o) => o.id === found.opportunityId) ?? null,
    };
  }

  /** [PLAN-3] the opportunity list: each opportunity with the needs and solutions it serves. */
  async function opportunities(actor: Actor, planId: number) {
    const view = await plans.view(repos, actor, planId);
    const byId = new Map(view.nodes.map((n) => [n.id, n]));
    return view.opportunities.map((o) => {
      const serves = planNodeChains(o.nodeId, view.edges).upstream.flatMap((s) => {
        const n = byId.get(s.id);
        return n && (n.level === 'need' || n.level === 'solution')
          ? [{ id: n.id, level: n.level, title: n.title }]
          : [];
      });
      return { ...o, serves };
    });
  }

  return {
    node,
    opportunities,

    /** Adds a node (with its opportunity record for an opportunity node) and links it to the nodes it serves. */
    async addNode(actor: Actor, planId: number, input: NodeInput, ctx: WriteContext): Promise<NodeDetail> {
      const nodeId = await transaction(async (r) => {
        const plan = await openPlanForEdit(r, actor, planId, ctx);
        const problems = await checkNode(r, plan.accountId, planId, input.level, input);
        if (input.opportunityId !== undefined) {
          if (input.level !== 'opportunity')
            problems.push({ path: 'opportunityId', message: 'plan.opportunity_only_on_opportunity_node' });
          else if (input.opportunity !== undefined)
            problems.push({ path: 'opportunityId', message: 'plan.opportunity_new_or_existing' });
          else {
            const accountId = await r.planGraph.opportunityAccountId(input.opportunityId);
            if (accountId === undefined)
              problems.push({ path: 'opportunityId', message: 'plan.unknown_opportunity' });
            else if (accountId !== plan.accountId)
              problems.push({ path: 'opportunityId', message: 'plan.opportunity_other_account' });
          }
        } else if (input.level === 'opportunity' && !input.opportunity)
          problems.push({ path: 'opportunity', message: 'field.required' });
        if (problems.length) throw validationError(problems);
        const opportunityId = input.opportunity
          ? await r.planGraph.insertOpportunity(plan.accountId, input.opportunity)
          : (input.opportunityId ?? null);
        const fields: NodeFields = {
          level: input.level,
          title: input.title,
          description: input.description ?? null,
          ownerContactId: input.ownerContactId ?? null,
          ownerConfirmed: input.ownerConfirmed ?? false,
          opportunityId,
          actionId: input.actionId ?? null,
          sortOrder: input.sortOrder ?? 0,
        };
        const id = await r.planGraph.insertNode(planId, fields);
        const nodes = await r.planGraph.nodes(planId);
        const edges = (await r.planGraph.edges(planId)).map((e) => ({ ...e }));
        for (const [i, upstreamId] of (input.upstreamNodeIds ?? []).entries()) {
          const edge = { upstreamId, downstreamId: id };
          const edgeProblems = checkPlanEdge(nodes, edges, edge);
          if (edgeProblems.length)
            throw validationError(edgeProblems.map((p) => ({ ...p, path: `upstreamNodeIds.${i}` })));
          await r.planGraph.insertEdge(planId, upstreamId, id);
          edges.push({ id: 0, ...edge });
        }
        await auditPlan(
          r,
          actor,
          planId,
          'plan.add_node',
          null,
          { id, ...fields, opportunity: input.opportunity, upstreamNodeIds: input.upstreamNodeIds },
          ctx,
        );
        return id;
      });
      return node(actor, planId, nodeId);
    },

    /** Changes a node (its level stays: edges depend on it) and, for an opportunity node, its opportunity. */
    async updateNode(
      actor: Actor,
      planId: number,
      nodeId: number,
      patch: NodePatch,
      ctx: WriteContext,
    ): Promise<NodeDetail> {
      await transaction(async (r) => {
        const plan = await openPlanForEdit(r, actor, planId, ctx);
        const before = await mustFindNode(r, planId, nodeId);
        const problems = await checkNode(r, plan.accountId, planId, before.level, patch);
        if (problems.length) throw validationError(problems);
        const { opportunity, ...nodeFields } = patch;
        await r.planGraph.updateNode(planId, nodeId, nodeFields);
        if (opportunity && before.opportunityId !== null)
          await r.planGraph.updateOpportunity(before.opportunityId, opportunity);
        await auditPlan(r, actor, planId, 'plan.update_node', before, { id: nodeId, ...patch }, ctx);
      });
      return node(actor, planId, nodeId);
    },

    /** Removes a node and its edges; the opportunity record stays (the pipeline owns it). */
    async deleteNode(actor: Actor, planId: number, nodeId: number, ctx: WriteContext): Promise<void> {
      await transaction(async (r) => {
        await openPlanForEdit(r, actor, planId, ctx);
        const before = await mustFindNode(r, planId, nodeId);
        await r.planGraph.deleteNode(planId, nodeId);
        await auditPlan(r, actor, planId, 'plan.delete_node', before, null, ctx);
      });
    },

    /** Links a node to a node it serves: same or next level down, no cycle ([PLAN-3] rule). */
    async addEdge(
      actor: Actor,
      planId: number,
      input: { upstreamNodeId: number; downstreamNodeId: number },
      ctx: WriteContext,
    ): Promise<{ id: number; upstreamId: number; downstreamId: number }> {
      return transaction(async (r) => {
        await openPlanForEdit(r, actor, planId, ctx);
        const edge = { upstreamId: input.upstreamNodeId, downstreamId: input.downstreamNodeId };
        const problems = checkPlanEdge(
          await r.planGraph.nodes(planId),
          await r.planGraph.edges(planId),
          edge,
        );
        if (problems.length) throw validationError(problems);
        const id = await r.planGraph.insertEdge(planId, edge.upstreamId, edge.downstreamId);
        await auditPlan(r, actor, planId, 'plan.add_edge', null, { id, ...edge }, ctx);
        return { id, ...edge };
      });
    },

    /** Removes an edge. */
    async deleteEdge(actor: Actor, planId: number, edgeId: number, ctx: WriteContext): Promise<void> {
      await transaction(async (r) => {
        await openPlanForEdit(r, actor, planId, ctx);
        const before = (await r.planGraph.edges(planId)).find((e) => e.id === edgeId);
        if (!before || !(await r.planGraph.deleteEdge(planId, edgeId))) throw notFound('entity.plan_edge');
        await auditPlan(r, actor, planId, 'plan.delete_edge', before, null, ctx);
      });
    },

    /** [OPP-3] replaces the DMU of an opportunity of the plan; every member is a contact of the account. */
    async setDmu(
      actor: Actor,
      planId: number,
      opportunityId: number,
      members: Array<{ contactId: number; role: DmuRole }>,
      ctx: WriteContext,
    ) {
      await transaction(async (r) => {
        const plan = await openPlanForEdit(r, actor, planId, ctx);
        if (!(await r.planGraph.opportunities(planId)).some((o) => o.id === opportunityId))
          throw notFound('entity.opportunity');
        const problems: ErrorDetail[] = [];
        for (const [i, m] of members.entries()) {
          const p = await checkAccountContact(r, plan.accountId, m.contactId, `members.${i}.contactId`);
          if (p) problems.push(p);
        }
        if (problems.length) throw validationError(problems);
        const before = (await r.planGraph.dmu([opportunityId])).map(({ contactId, role }) => ({
          contactId,
          role,
        }));
        const unique = [...new Map(members.map((m) => [`${m.contactId}:${m.role}`, m])).values()];
        await r.planGraph.replaceDmu(opportunityId, plan.accountId, unique);
        await auditPlan(
          r,
          actor,
          planId,
          'plan.set_dmu',
          { opportunityId, members: before },
          { opportunityId, members: unique },
          ctx,
        );
      });
      return (await opportunities(actor, planId)).find((o) => o.id === opportunityId);
    },
  };
}

export type PlanGraphService = ReturnType<typeof createPlanGraphService>;
