// Route tier: goals, actions and reviews of a plan — SMART reasons, actions from review action items, agendas
// generated from what changed since the previous review, and who may write them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let planId: number;
let needId: number;

interface ErrorBody {
  code: string;
  message: string;
  details: Array<{ path: string; message: string }>;
}
interface ReviewOut {
  id: number;
  cadence: string;
  heldOn: string | null;
  minutes: string | null;
  agenda: Array<{ kind: string; text: string }>;
}
const body = async <T>(res: Response) => (await res.json()) as T;

beforeAll(async () => {
  t = await createTestApp();
  const rep = await t.as('rep_east');
  planId = (
    await body<{ id: number }>(
      await rep.request('POST', '/api/plans', { accountId: t.fixture.accounts.eastGroup, planYear: 2026 }),
    )
  ).id;
  const objective = await body<{ node: { id: number } }>(
    await rep.request('POST', `/api/plans/${planId}/nodes`, { level: 'objective', title: '利润提升' }),
  );
  let up = objective.node.id;
  for (const level of ['strategy', 'tactic', 'need']) {
    const res = await rep.request('POST', `/api/plans/${planId}/nodes`, {
      level,
      title: level,
      upstreamNodeIds: [up],
    });
    up = (await body<{ node: { id: number } }>(res)).node.id;
  }
  needId = up;
});
afterAll(() => t.close());

describe('goals and SMART', () => {
  it('a complete goal linked to a need passes; its sub-goal inherits relevance', async () => {
    const rep = await t.as('rep_east');
    const res = await rep.request('POST', `/api/plans/${planId}/goals`, {
      title: '包材份额提升',
      metric: '份额 %',
      unit: '%',
      baselineValue: 30,
      targetValue: 45,
      dueDate: '2026-12-31',
      nodeId: needId,
    });
    expect(res.status).toBe(200);
    const goals = await body<{ goals: Array<{ id: number; smart: { passed: boolean } }> }>(res);
    const parent = goals.goals[0]!;
    expect(parent.smart.passed).toBe(true);
    const sub = await rep.request(
      'POST',
      `/api/plans/${planId}/goals`,
      {
        parentGoalId: parent.id,
        title: '华东工厂切换',
        metric: '工厂数',
        baselineValue: 1,
        targetValue: 2,
        dueDate: '2027-03-31',
      },
      { 'accept-language': 'en' },
    );
    const subGoal = (
      await body<{
        goals: Array<{
          parentGoalId: number | null;
          smart: { failing: Array<{ letter: string; reason: string }> };
        }>;
      }>(sub)
    ).goals.find((g) => g.parentGoalId === parent.id);
    expect(subGoal?.smart.failing).toEqual([
      { letter: 'T', reason: 'T time-bound: the due date is outside plan year 2026' },
    ]);
  });

  it('a sub-goal of a sub-goal is refused by name', async () => {
    const rep = await t.as('rep_east');
    const goals = await body<{ goals: Array<{ id: number; parentGoalId: number | null }> }>(
      await rep.get(`/api/plans/${planId}/goals`),
    );
    const sub = goals.goals.find((g) => g.parentGoalId !== null)!;
    const res = await rep.request('POST', `/api/plans/${planId}/goals`, {
      parentGoalId: sub.id,
      title: '第三层目标',
    });
    expect(res.status).toBe(400);
    expect((await body<ErrorBody>(res)).details.map((d) => d.path)).toEqual(['parentGoalId']);
    const other = await body<{ goals: Array<{ id: number; title: string }> }>(
      await rep.request('POST', `/api/plans/${planId}/goals`, { title: '另一个顶层目标' }),
    );
    const otherId = other.goals.find((g) => g.title === '另一个顶层目标')!.id;
    const parentId = sub.parentGoalId!;
    const moved = await rep.request('PATCH', `/api/plans/${planId}/goals/${parentId}`, {
      parentGoalId: otherId,
    });
    expect(moved.status).toBe(400);
    const ok = await rep.request('PATCH', `/api/plans/${planId}/goals/${otherId}`, {
      parentGoalId: parentId,
    });
    expect(ok.status).toBe(200);
  });

  it('an action owner must be an existing user; the status must be known', async () => {
    const rep = await t.as('rep_east');
    const res = await rep.request('POST', `/api/plans/${planId}/actions`, {
      title: '拜访',
      ownerUserId: 999_999,
      status: 'later',
    });
    expect(res.status).toBe(400);
    expect((await body<ErrorBody>(res)).details.map((d) => d.path)).toEqual(['status']);
    const unknown = await rep.request('POST', `/api/plans/${planId}/actions`, {
      title: '拜访',
      ownerUserId: 999_999,
    });
    expect((await body<ErrorBody>(unknown)).details).toEqual([
      { path: 'ownerUserId', message: '用户不存在' },
    ]);
  });
});

describe('reviews: agenda from what changed, minutes, action items', () => {
  let first: ReviewOut;
  it('schedules a review whose agenda starts with the cadence item', async () => {
    const rep = await t.as('rep_east');
    await rep.request('POST', `/api/plans/${planId}/actions`, {
      title: '提交方案',
      ownerUserId: t.fixture.users.rep_east,
      dueDate: '2026-11-20',
    });
    const res = await rep.request('POST', `/api/plans/${planId}/reviews`, {
      cadence: 'monthly',
      scheduledOn: '2026-11-25',
    });
    expect(res.status).toBe(201);
    first = await body<ReviewOut>(res);
    expect(first.agenda.map((a) => a.text)).toEqual([
      '月会：运营情况回顾',
      '逾期行动：提交方案（应于 2026-11-20 完成）',
    ]);
  });

  it('the next review lists only what changed since: a new opportunity', async () => {
    const rep = await t.as('rep_east');
    const solution = await body<{ node: { id: number } }>(
      await rep.request('POST', `/api/plans/${planId}/nodes`, {
        level: 'solution',
        title: '轻量化',
        upstreamNodeIds: [needId],
      }),
    );
    await rep.request('POST', `/api/plans/${planId}/nodes`, {
      level: 'opportunity',
      title: '轻量化一期',
      upstreamNodeIds: [solution.node.id],
      opportunity: {
        name: '轻量化一期',
        valueFen: 10_000_000,
        stage: 'lead',
        probability: 10,
        closeDate: null,
        ownerUserId: null,
      },
    });
    const res = await rep.request(
      'POST',
      `/api/plans/${planId}/reviews`,
      { cadence: 'weekly', scheduledOn: '2026-12-02' },
      { 'accept-language': 'en' },
    );
    const review = await body<ReviewOut>(res);
    expect(review.agenda.map((a) => a.kind)).toEqual(['standing', 'overdue_action', 'opportunity_new']);
    expect(review.agenda[2]?.text).toBe('New opportunity: 轻量化一期 (Lead)');
  });

  it('refreshing the first agenda compares with nothing earlier and sees the opportunity too', async () => {
    const res = await (await t.as('rep_east')).request(
      'POST',
      `/api/plans/${planId}/reviews/${first.id}/agenda`,
    );
    expect(res.status).toBe(200);
    expect((await body<ReviewOut>(res)).agenda.map((a) => a.kind)).toEqual([
      'standing',
      'overdue_action',
      'opportunity_new',
    ]);
  });

  it('records minutes and turns action items into plan actions', async () => {
    const rep = await t.as('rep_east');
    const recorded = await rep.request('PATCH', `/api/plans/${planId}/reviews/${first.id}`, {
      heldOn: '2026-11-25',
      minutes: '客户要求 12 月报价',
    });
    expect(await body<ReviewOut>(recorded)).toMatchObject({
      heldOn: '2026-11-25',
      minutes: '客户要求 12 月报价',
    });
    const items = await rep.request('POST', `/api/plans/${planId}/reviews/${first.id}/action-items`, {
      items: [{ title: '12 月报价', ownerUserId: t.fixture.users.rep_east, dueDate: '2026-12-10' }],
    });
    expect(items.status).toBe(201);
    const actions = await body<{ actions: Array<{ title: string; reviewId: number | null }> }>(
      await rep.get(`/api/plans/${planId}/goals`),
    );
    expect(actions.actions.find((a) => a.title === '12 月报价')?.reviewId).toBe(first.id);
  });

  it('a bad owner in one action item refuses them all', async () => {
    const rep = await t.as('rep_east');
    const before = (await body<{ actions: unknown[] }>(await rep.get(`/api/plans/${planId}/goals`))).actions
      .length;
    const res = await rep.request('POST', `/api/plans/${planId}/reviews/${first.id}/action-items`, {
      items: [
        { title: 'a', ownerUserId: t.fixture.users.rep_east },
        { title: 'b', ownerUserId: 999_999 },
      ],
    });
    expect(res.status).toBe(400);
    expect((await body<ErrorBody>(res)).details.map((d) => d.path)).toEqual(['items.1.ownerUserId']);
    expect(
      (await body<{ actions: unknown[] }>(await rep.get(`/api/plans/${planId}/goals`))).actions.length,
    ).toBe(before);
  });

  it('schedules a monthly series to the end of the plan year; a start outside the year names the field', async () => {
    const rep = await t.as('rep_east');
    const res = await rep.request('POST', `/api/plans/${planId}/reviews/series`, {
      cadence: 'monthly',
      from: '2026-10-31',
    });
    expect(res.status).toBe(201);
    const series = await body<{ items: Array<{ cadence: string; scheduledOn: string }> }>(res);
    expect(series.items.map((r) => r.scheduledOn)).toEqual(['2026-10-31', '2026-11-30', '2026-12-31']);
    const outside = await rep.request('POST', `/api/plans/${planId}/reviews/series`, {
      cadence: 'weekly',
      from: '2027-01-04',
    });
    expect(outside.status).toBe(400);
    expect((await body<ErrorBody>(outside)).details).toEqual([
      { path: 'from', message: '开始日期必须在 2026 计划年度内' },
    ]);
  });

  it.each([
    ['rep_east', 201],
    ['manager_east', 201],
    ['finance', 403],
    ['rep_east2', 404],
    ['rep_west', 404],
  ])('%s scheduling a review → %i', async (user, status) => {
    const res = await (await t.as(user)).request('POST', `/api/plans/${planId}/reviews`, {
      cadence: 'quarterly',
      scheduledOn: '2026-12-31',
    });
    expect(res.status).toBe(status);
  });
});
