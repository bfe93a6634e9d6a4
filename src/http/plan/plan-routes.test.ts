// Route tier: the key account plan API — who may read, edit and approve each endpoint, status codes, the
// workflow, comments and the content of the plan and briefing. Refused input: plan-input-routes.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPlan } from '../../../test/plan-fixture.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let planId: number;
let sharedPlanId: number;
let objectiveId: number;
let opportunityId: number;

interface ErrorBody {
  code: string;
  message: string;
  details: Array<{ path: string; message: string }>;
}
const body = async <T>(res: Response) => (await res.json()) as T;

beforeAll(async () => {
  t = await createTestApp();
  ({ planId, sharedPlanId, objectiveId, opportunityId } = await seedPlan(t));
});
afterAll(() => t.close());

const planPath = (p: string) => p.replace(':plan', String(planId));

describe('who may read a plan: the account team and the line above the owner; others get 404', () => {
  const reads = [
    '/api/plans/:plan',
    '/api/plans/:plan/relationships',
    '/api/plans/:plan/goals',
    '/api/plans/:plan/reviews',
    '/api/plans/:plan/opportunities',
    '/api/plans/:plan/versions',
    '/api/plans/:plan/changes',
    '/api/plans/:plan/briefing',
  ];
  it.each([
    ['rep_east', 200], // owner
    ['manager_east', 200], // manager above
    ['director', 200],
    ['admin', 200],
    ['finance', 200], // reads within the company scope
    ['channel_east', 200], // sees the region's accounts
    ['rep_east2', 404], // rep of the same team, not on the account team
    ['rep_west', 404],
    ['manager_west', 404], // manager of another region
  ])('%s → %i on every read', async (user, status) => {
    const client = await t.as(user);
    for (const path of reads)
      expect([path, (await client.get(planPath(path))).status]).toEqual([path, status]);
    expect((await client.get(`/api/plans/${planId}/nodes/${objectiveId}`)).status).toBe(status);
  });

  it('a rep on the account team (not the owner) reads and edits the plan', async () => {
    const client = await t.as('rep_east');
    expect((await client.get(`/api/plans/${sharedPlanId}`)).status).toBe(200);
    const res = await client.request('PATCH', `/api/plans/${sharedPlanId}`, { supportRequested: '售前资源' });
    expect(res.status).toBe(200);
  });

  it('lists only visible plans', async () => {
    const list = async (user: string) =>
      (await body<{ items: Array<{ id: number }> }>(await (await t.as(user)).get('/api/plans'))).items.map(
        (p) => p.id,
      );
    expect(await list('rep_east')).toEqual(expect.arrayContaining([planId, sharedPlanId]));
    expect(await list('rep_east2')).toEqual([]);
    expect(await list('manager_west')).toEqual([sharedPlanId]);
  });
});

describe('who may edit: every write endpoint', () => {
  const writes: Array<[string, string, () => unknown]> = [
    ['PATCH', '/api/plans/:plan', () => ({ supportRequested: '总部技术支持' })],
    ['POST', '/api/plans/:plan/nodes', () => ({ level: 'objective', title: '市场份额第一' })],
    ['PATCH', `/api/plans/:plan/nodes/${'{objective}'}`, () => ({ description: '董事会目标' })],
    [
      'POST',
      '/api/plans/:plan/influence-map/entries',
      () => ({ external: { name: '华东设计院', organisation: '设计院', kind: 'design_institute' } }),
    ],
    [
      'PUT',
      '/api/plans/:plan/gaps',
      () => ({
        contactId: t.fixture.contacts.eastBuyer,
        userId: t.fixture.users.rep_east,
        currentLevel: 1,
        desiredLevel: 3,
      }),
    ],
    [
      'PUT',
      '/api/plans/:plan/partners',
      () => ({ items: [{ name: '某物流', kind: 'partner', canHelp: true }] }),
    ],
    [
      'PUT',
      '/api/plans/:plan/voices',
      () => ({ items: [{ contactId: t.fixture.contacts.eastBoss, statement: '交付快' }] }),
    ],
    [
      'PUT',
      `/api/plans/:plan/reporting-lines/${'{buyer}'}`,
      () => ({ reportsToId: t.fixture.contacts.eastBoss }),
    ],
    [
      'PUT',
      `/api/plans/:plan/opportunities/${'{opp}'}/dmu`,
      () => ({ members: [{ contactId: t.fixture.contacts.eastBoss, role: 'decider' }] }),
    ],
    ['POST', '/api/plans/:plan/goals', () => ({ title: '份额提升到 45%' })],
    [
      'POST',
      '/api/plans/:plan/actions',
      () => ({ title: '拜访张总', ownerUserId: t.fixture.users.rep_east }),
    ],
    ['POST', '/api/plans/:plan/reviews', () => ({ cadence: 'monthly', scheduledOn: '2026-12-01' })],
  ];
  const path = (p: string) =>
    planPath(p)
      .replace('{objective}', String(objectiveId))
      .replace('{buyer}', String(t.fixture.contacts.eastBuyer))
      .replace('{opp}', String(opportunityId));
  it.each([
    ['rep_east', 'ok'],
    ['manager_east', 'ok'],
    ['admin', 'ok'],
    ['finance', 403],
    ['channel_east', 403], // visible, but neither on the team nor the line above the owner
    ['rep_east2', 404],
    ['rep_west', 404],
    ['manager_west', 404],
  ] as const)('%s → %s', async (user, expected) => {
    const client = await t.as(user);
    for (const [method, p, payload] of writes) {
      const res = await client.request(method, path(p), payload());
      const status = res.status;
      if (expected === 'ok') expect([method, p, status < 300]).toEqual([method, p, true]);
      else expect([method, p, status]).toEqual([method, p, expected]);
    }
  });
});

describe('workflow: submit by the team, approve by the line above the owner', () => {
  it('submit, refuse edits, refuse the rep, approve by the manager, reopen on edit', async () => {
    const rep = await t.as('rep_east');
    expect((await (await t.as('finance')).request('POST', `/api/plans/${planId}/submit`, {})).status).toBe(
      403,
    );
    expect((await (await t.as('rep_east2')).request('POST', `/api/plans/${planId}/submit`, {})).status).toBe(
      404,
    );
    expect((await rep.request('POST', `/api/plans/${planId}/submit`, { comment: '请审批' })).status).toBe(
      200,
    );

    const locked = await rep.request('PATCH', `/api/plans/${planId}`, { supportRequested: 'x' });
    expect(locked.status).toBe(409);
    expect((await body<ErrorBody>(locked)).message).toContain('已提交审批');

    const access = async (user: string) =>
      (
        await body<{ access: { canEdit: boolean; canApprove: boolean } }>(
          await (await t.as(user)).get(`/api/plans/${planId}`),
        )
      ).access;
    expect(await access('rep_east')).toEqual({ canEdit: false, canApprove: false });
    expect(await access('manager_east')).toEqual({ canEdit: false, canApprove: true });
    expect(await access('finance')).toEqual({ canEdit: false, canApprove: false });
    const byRep = await rep.request('POST', `/api/plans/${planId}/approve`, {}, { 'accept-language': 'en' });
    expect(byRep.status).toBe(403);
    expect((await body<ErrorBody>(byRep)).message).toMatch(/manager above the account owner/);
    expect((await (await t.as('finance')).request('POST', `/api/plans/${planId}/approve`, {})).status).toBe(
      403,
    );
    expect(
      (await (await t.as('manager_west')).request('POST', `/api/plans/${planId}/approve`, {})).status,
    ).toBe(404);

    const returned = await (await t.as('manager_east')).request('POST', `/api/plans/${planId}/return`, {});
    expect(returned.status).toBe(400);
    expect((await body<ErrorBody>(returned)).details[0]?.path).toBe('comment');

    const approved = await (await t.as('manager_east')).request('POST', `/api/plans/${planId}/approve`, {
      comment: '同意',
    });
    expect(approved.status).toBe(200);
    const plan = await body<{ status: string; workflow: { lastApprovedVersion: number } }>(approved);
    expect(plan).toMatchObject({ status: 'approved', workflow: { lastApprovedVersion: 1 } });

    const again = await (await t.as('manager_east')).request('POST', `/api/plans/${planId}/approve`, {});
    expect(again.status).toBe(409);

    const edited = await rep.request('POST', `/api/plans/${planId}/goals`, { title: '新增目标：华南渠道' });
    expect(edited.status).toBe(200);
    const after = await body<{ status: string }>(await rep.get(`/api/plans/${planId}`));
    expect(after.status).toBe('draft');
    const changes = await body<{
      sinceVersion: number;
      parts: Array<{ part: string; added: Array<{ label: string }> }>;
    }>(await rep.get(`/api/plans/${planId}/changes`));
    expect(changes.sinceVersion).toBe(1);
    expect(changes.parts).toEqual([
      expect.objectContaining({
        part: 'goals',
        added: [expect.objectContaining({ label: '新增目标：华南渠道' })],
      }),
    ]);
  });

  it('a rep on the team of an account owned by someone else may not approve it', async () => {
    await (await t.as('rep_west')).request('POST', `/api/plans/${sharedPlanId}/submit`, {});
    const res = await (await t.as('rep_east')).request('POST', `/api/plans/${sharedPlanId}/approve`, {});
    expect(res.status).toBe(403);
    expect(
      (await (await t.as('manager_west')).request('POST', `/api/plans/${sharedPlanId}/approve`, {})).status,
    ).toBe(200);
  });
});

describe('comments on the workflow thread', () => {
  it.each([
    ['rep_east', 201],
    ['manager_east', 201],
    ['finance', 403],
    ['manager_west', 404],
  ])('%s → %i', async (user, status) => {
    const res = await (await t.as(user)).request('POST', `/api/plans/${planId}/comments`, {
      body: '请补充决策链',
    });
    expect(res.status).toBe(status);
  });
  it('a blank comment names the field', async () => {
    const res = await (await t.as('rep_east')).request('POST', `/api/plans/${planId}/comments`, {
      body: '  ',
    });
    expect(res.status).toBe(400);
    expect((await body<ErrorBody>(res)).details[0]?.path).toBe('body');
  });
});

describe('plan content', () => {
  it('the OpenAPI document lists the plan endpoints', async () => {
    const doc = await body<{ paths: Record<string, unknown> }>(await t.app.request('/api/openapi.json'));
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/plans',
        '/api/plans/{id}',
        '/api/plans/{id}/briefing',
        '/api/plans/{id}/changes',
        '/api/plans/{id}/nodes/{nodeId}',
        '/api/plans/{id}/opportunities/{opportunityId}/dmu',
        '/api/plans/{id}/gaps/{gapId}/action',
        '/api/plans/{id}/reviews/{reviewId}/agenda',
        '/api/plan-config',
      ]),
    );
  });

  it('parts 1 and 2 come from the account team and background, not typed twice', async () => {
    const rep = await t.as('rep_east');
    await rep.request('PUT', `/api/accounts/${t.fixture.accounts.eastGroup}/background`, {
      sections: { strategy: '扩产华东' },
    });
    const plan = await body<{
      team: Array<{ userId: number; teamRole: string }>;
      background: { sections: Record<string, string> };
    }>(await rep.get(`/api/plans/${planId}`));
    expect(plan.team[0]).toMatchObject({ userId: t.fixture.users.rep_east, teamRole: 'owner' });
    expect(plan.background.sections).toEqual({ strategy: '扩产华东' });
  });

  it('gap priority and a gap turned into an action', async () => {
    const rep = await t.as('rep_east');
    const rel = await body<{
      gaps: Array<{ id: number; gap: number; priority: number; desiredLabel: string }>;
    }>(await rep.get(`/api/plans/${planId}/relationships`));
    const gap = rel.gaps[0]!;
    expect(gap).toMatchObject({ gap: 2, desiredLabel: '利益' });
    const res = await rep.request('POST', `/api/plans/${planId}/gaps/${gap.id}/action`, {
      dueDate: '2026-12-10',
    });
    expect(res.status).toBe(201);
    expect(await body<{ gapId: number; ownerUserId: number }>(res)).toMatchObject({
      gapId: gap.id,
      ownerUserId: t.fixture.users.rep_east,
    });
  });

  it('goals show the failing SMART letters with reasons', async () => {
    const goals = await body<{
      goals: Array<{
        title: string;
        smart: { passed: boolean; failing: Array<{ letter: string; reason: string }> };
      }>;
    }>(await (await t.as('rep_east')).get(`/api/plans/${planId}/goals`));
    const goal = goals.goals.find((g) => g.title === '份额提升到 45%')!;
    expect(goal.smart.passed).toBe(false);
    expect(goal.smart.failing.map((f) => f.letter)).toEqual(['S', 'M', 'A', 'R', 'T']);
    expect(goal.smart.failing[0]?.reason).toBe('S 具体：未指明衡量指标');
  });

  it('the briefing has the nine steps in one plain structure', async () => {
    const res = await (await t.as('manager_east')).get(`/api/plans/${planId}/briefing`);
    const b = await body<
      Record<string, unknown> & {
        executionMap: {
          opportunities: Array<{ stageLabel: string; valueFen: number }>;
          weightedValueFen: number;
        };
      }
    >(res);
    for (const step of [
      'team',
      'background',
      'strategicMap',
      'executionMap',
      'relationships',
      'competition',
      'goals',
      'actionPlan',
      'supportRequested',
    ])
      expect(b).toHaveProperty(step);
    expect(b.competition).toEqual([]);
    expect(b.executionMap.opportunities[0]).toMatchObject({ stageLabel: '方案', valueFen: 120_000_000 });
    expect(b.executionMap.weightedValueFen).toBe(60_000_000);
  });

  it('health reasons are translated', async () => {
    const plan = await body<{ health: { score: number; reasons: Array<{ rule: string; message: string }> } }>(
      await (await t.as('rep_east')).request('GET', `/api/plans/${planId}`, undefined, {
        'accept-language': 'en',
      }),
    );
    expect(plan.health.reasons.map((r) => r.message)).toContain('No sponsor');
  });
});
