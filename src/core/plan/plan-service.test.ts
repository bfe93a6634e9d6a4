// Service tier: plan use cases on a real database — one transaction per use case (a refused write leaves
// nothing behind), audit, workflow with snapshots and diffs, reopening an approved plan, gaps → actions,
// review agendas, and the contact rules reused (reporting-line cycles, contacts of another account).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { fixedClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createServices, type Services } from '../../create-services.ts';
import { createRepositories } from '../../db/repositories/create-repositories.ts';
import type { Actor } from '../org/actor.ts';
import { toActor } from '../org/org-repository.ts';
import { DomainError } from '../shared/errors.ts';

let db: TestDatabase;
let fx: Fixture;
let s: Services;
const actors: Record<string, Actor> = {};
const ctx = { requestId: 'test' };
let planId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFixture(db);
  s = createServices(db, { clock: fixedClock() });
  const users = createRepositories(db.db).users;
  for (const name of ['admin', 'rep_east', 'rep_west', 'manager_east'])
    actors[name] = toActor((await users.findByUsername(name))!);
  planId = (await s.plans.create(actors.rep_east!, { accountId: fx.accounts.eastGroup, planYear: 2026 }, ctx))
    .plan.id;
});
afterAll(() => db.dispose());

const count = async (table: 'plan_node' | 'plan_edge' | 'opportunity' | 'audit_log' | 'plan_action') =>
  Number(
    (
      await db.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const failure = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (e) {
    if (e instanceof DomainError)
      return { code: e.code, message: e.message, details: e.details.map((d) => `${d.path}:${d.message}`) };
    throw e;
  }
  throw new Error('expected a DomainError');
};

describe('plan service', () => {
  it('creates one plan per account and year; a second is a conflict naming planYear', async () => {
    const err = await failure(
      s.plans.create(actors.rep_east!, { accountId: fx.accounts.eastGroup, planYear: 2026 }, ctx),
    );
    expect(err).toMatchObject({ code: 'conflict', details: ['planYear:plan.duplicate_year'] });
  });

  it('a node with a bad upstream link writes nothing: no node, no opportunity, no edge, no audit', async () => {
    const objective = await s.planGraph.addNode(
      actors.rep_east!,
      planId,
      { level: 'objective', title: '利润提升 10%' },
      ctx,
    );
    const before = [
      await count('plan_node'),
      await count('plan_edge'),
      await count('opportunity'),
      await count('audit_log'),
    ];
    const err = await failure(
      s.planGraph.addNode(
        actors.rep_east!,
        planId,
        {
          level: 'opportunity',
          title: '二期包材',
          upstreamNodeIds: [objective.node.id],
          opportunity: {
            name: '二期包材',
            valueFen: 500_000_00,
            stage: 'qualify',
            probability: 40,
            closeDate: '2026-12-15',
            ownerUserId: fx.users.rep_east,
          },
        },
        ctx,
      ),
    );
    expect(err).toMatchObject({ code: 'validation', details: ['upstreamNodeIds.0:plan.edge_skips_level'] });
    expect([
      await count('plan_node'),
      await count('plan_edge'),
      await count('opportunity'),
      await count('audit_log'),
    ]).toEqual(before);
  });

  it('builds the chain objective → … → opportunity and traces it both ways', async () => {
    const view = await s.plans.get(actors.rep_east!, planId);
    const objective = view.nodes[0]!.id;
    let up = objective;
    const ids: number[] = [];
    for (const level of ['strategy', 'tactic', 'need', 'solution'] as const) {
      up = (
        await s.planGraph.addNode(
          actors.rep_east!,
          planId,
          { level, title: `${level} 1`, upstreamNodeIds: [up], ownerContactId: fx.contacts.eastBoss },
          ctx,
        )
      ).node.id;
      ids.push(up);
    }
    const opp = await s.planGraph.addNode(
      actors.rep_east!,
      planId,
      {
        level: 'opportunity',
        title: '二期包材',
        upstreamNodeIds: [up],
        opportunity: {
          name: '二期包材',
          valueFen: 50_000_000,
          stage: 'qualify',
          probability: 40,
          closeDate: '2026-12-15',
          ownerUserId: fx.users.rep_east,
        },
      },
      ctx,
    );
    expect(opp.upstream.map((n) => n.level)).toEqual(['solution', 'need', 'tactic', 'strategy', 'objective']);
    const top = await s.planGraph.node(actors.rep_east!, planId, objective);
    expect(top.downstream.map((n) => n.distance)).toEqual([1, 2, 3, 4, 5]);
    const list = await s.planGraph.opportunities(actors.rep_east!, planId);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: '二期包材', valueFen: 50_000_000, stage: 'qualify' });
    expect(list[0]?.serves.map((n) => n.level)).toEqual(['solution', 'need']);
  });

  it('refuses a node owner from another account, naming the field', async () => {
    const err = await failure(
      s.planGraph.addNode(
        actors.rep_east!,
        planId,
        { level: 'objective', title: '扩产', ownerContactId: fx.contacts.westBoss },
        ctx,
      ),
    );
    expect(err.details).toEqual(['ownerContactId:plan.contact_other_account']);
  });

  it('a reporting line through the plan reuses the contact rule: no one becomes their own manager', async () => {
    const err = await failure(
      s.planPeople.setReportingLine(
        actors.rep_east!,
        planId,
        fx.contacts.eastBoss,
        fx.contacts.eastBuyer,
        ctx,
      ),
    );
    expect(err.details).toEqual(['reportsToId:error.reports_to_cycle']);
  });

  it('turns a gap into an action owned by the gap’s team member; priority = weight × gap', async () => {
    await s.planPeople.addEntry(
      actors.rep_east!,
      planId,
      {
        contactId: fx.contacts.eastBoss,
        external: null,
        roles: ['decision_maker'],
        influence: 'high',
        attitude: 'neutral',
        contactLevel: null,
        contactFrequency: null,
        coverageUserId: fx.users.rep_east,
      },
      ctx,
    );
    const part = await s.planPeople.setGap(
      actors.rep_east!,
      planId,
      {
        contactId: fx.contacts.eastBoss,
        userId: fx.users.rep_east,
        currentLevel: 1,
        desiredLevel: 3,
        note: null,
      },
      ctx,
    );
    expect(part.gaps[0]).toMatchObject({ gap: 2, priority: 6 });
    const action = await s.planPeople.gapToAction(
      actors.rep_east!,
      planId,
      part.gaps[0]!.id,
      { dueDate: '2026-11-28' },
      ctx,
    );
    expect(action).toMatchObject({ ownerUserId: fx.users.rep_east, gapId: part.gaps[0]!.id, status: 'open' });
    const view = await s.plans.get(actors.rep_east!, planId);
    expect(view.gaps[0]?.actionIds).toEqual([action.id]);
  });

  it('approval stores a version; editing an approved plan reopens it as a draft and shows the change', async () => {
    await s.planWorkflow.submit(actors.rep_east!, planId, null, ctx);
    expect(
      await failure(s.plans.updateHeader(actors.rep_east!, planId, { supportRequested: 'x' }, ctx)),
    ).toMatchObject({
      code: 'conflict',
      message: 'plan.locked_submitted',
    });
    expect(await failure(s.planWorkflow.approve(actors.rep_east!, planId, null, ctx))).toMatchObject({
      code: 'forbidden',
      message: 'plan.may_not_approve',
    });
    const approved = await s.planWorkflow.approve(actors.manager_east!, planId, '同意', ctx);
    expect(approved.plan.status).toBe('approved');
    expect(approved.lastApprovedVersion).toBe(1);
    expect((await s.plans.changes(actors.rep_east!, planId)).parts).toEqual([]);
    const edited = await s.plans.updateHeader(
      actors.rep_east!,
      planId,
      { supportRequested: '需要总部技术支持' },
      ctx,
    );
    expect(edited.plan.status).toBe('draft');
    expect(edited.comments.map((c) => c.action)).toEqual(['submit', 'approve', 'reopen']);
    const changes = await s.plans.changes(actors.rep_east!, planId);
    expect(changes.sinceVersion).toBe(1);
    expect(changes.parts).toEqual([
      {
        part: 'plan',
        added: [],
        removed: [],
        changed: [
          expect.objectContaining({
            fields: [{ field: 'supportRequested', before: null, after: '需要总部技术支持' }],
          }),
        ],
      },
    ]);
  });

  it('a review agenda lists the overdue action; action items become plan actions', async () => {
    const review = await s.planReviews.schedule(
      actors.rep_east!,
      planId,
      { cadence: 'weekly', scheduledOn: '2026-11-30' },
      ctx,
    );
    expect(review.agenda.map((i) => i.kind)).toEqual(['standing', 'new_gap', 'opportunity_new']);
    const before = await count('plan_action');
    const added = await s.planReviews.addActionItems(
      actors.rep_east!,
      planId,
      review.id,
      [{ title: '准备报价', ownerUserId: fx.users.rep_east, dueDate: '2026-12-05' }],
      ctx,
    );
    expect(added[0]).toMatchObject({ reviewId: review.id, title: '准备报价' });
    expect(await count('plan_action')).toBe(before + 1);
  });

  it('the influence map takes a contact or an external influencer, covered by the account team only', async () => {
    const entry = (patch: Record<string, unknown>) => ({
      contactId: null,
      external: null,
      roles: [],
      influence: null,
      attitude: null,
      contactLevel: null,
      contactFrequency: null,
      coverageUserId: null,
      ...patch,
    });
    expect((await failure(s.planPeople.addEntry(actors.rep_east!, planId, entry({}), ctx))).details).toEqual([
      'contactId:plan.contact_or_external',
    ]);
    expect(
      (
        await failure(
          s.planPeople.addEntry(
            actors.rep_east!,
            planId,
            entry({
              external: { name: '设计院', organisation: null, kind: 'design_institute' },
              coverageUserId: fx.users.rep_west,
            }),
            ctx,
          ),
        )
      ).details,
    ).toEqual(['coverageUserId:plan.not_team_member']);
    expect(
      await failure(
        s.planPeople.addEntry(actors.rep_east!, planId, entry({ contactId: fx.contacts.eastBoss }), ctx),
      ),
    ).toMatchObject({ code: 'conflict', message: 'plan.person_already_on_map' });
    const part = await s.planPeople.addEntry(
      actors.rep_east!,
      planId,
      entry({
        external: { name: '华东设计院', organisation: '设计院', kind: 'design_institute' },
        influence: 'high',
        roles: ['recommender', 'recommender'],
      }),
      ctx,
    );
    const external = part.influence.find((e) => e.external !== null)!;
    expect(external).toMatchObject({ name: '华东设计院', stale: null, roles: ['recommender'] });
    const boss = part.influence.find((e) => e.contactId === fx.contacts.eastBoss)!;
    const lines = await s.planPeople.addLine(
      actors.rep_east!,
      planId,
      { fromEntryId: external.id, toEntryId: boss.id, note: '技术方案由设计院把关' },
      ctx,
    );
    expect(lines.lines).toEqual([expect.objectContaining({ fromEntryId: external.id, toEntryId: boss.id })]);
  });

  it('every plan write is in the audit log under the plan', async () => {
    const rows = await db.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'account_plan')
      .where('entity_id', '=', String(planId))
      .execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'plan.create',
      'plan.add_node',
      'plan.add_person',
      'plan.set_gap',
      'plan.gap_to_action',
      'plan.submit',
      'plan.approve',
      'plan.reopen',
      'plan.update',
      'plan.schedule_review',
      'plan.review_actions',
      'plan.add_line',
    ])
      expect([a, actions.has(a)]).toEqual([a, true]);
  });

  it('the health score explains itself', async () => {
    const view = await s.plans.get(actors.rep_east!, planId);
    const keys = view.health.reasons.map((r) => r.messageKey);
    expect(keys).toContain('plan.health.no_sponsor');
    expect(keys).toContain('plan.health.no_goals');
    expect(keys).not.toContain('plan.health.no_decision_maker');
    expect(keys).not.toContain('plan.health.no_opportunities');
    expect(view.health.score).toBe(
      100 - view.health.rules.filter((r) => !r.passed).reduce((sum, r) => sum + r.weight, 0),
    );
  });
});
