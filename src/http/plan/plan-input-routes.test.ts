// Route tier: bad input to the plan API is refused with a translated message naming the field, and the plan is
// never half-saved: graph cycles and wrong directions, contacts of another account on every kind of record,
// reporting-line cycles, team membership, duplicates, unknown keys, config weights.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlanFixture, seedPlan } from '../../../test/plan-fixture.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
let planId: number;
let sharedPlanId: number;
let objectiveId: number;
let strategyId: number;
let opportunityId: number;

interface ErrorBody {
  code: string;
  message: string;
  details: Array<{ path: string; message: string }>;
}
const body = async <T>(res: Response) => (await res.json()) as T;

beforeAll(async () => {
  t = await createTestApp();
  const seeded: PlanFixture = await seedPlan(t);
  ({ planId, sharedPlanId, objectiveId, strategyId, opportunityId } = seeded);
});
afterAll(() => t.close());

describe('bad input is refused naming the field, and nothing is half-saved', () => {
  it('an opportunity node may reference an existing opportunity of the same account only', async () => {
    const west = await t.as('rep_west');
    const westOpp = await west.request('POST', `/api/plans/${sharedPlanId}/nodes`, {
      level: 'opportunity',
      title: '天府门店改造',
      opportunity: {
        name: '天府门店改造',
        valueFen: 1,
        stage: 'lead',
        probability: null,
        closeDate: null,
        ownerUserId: null,
      },
    });
    const westOppId = (await body<{ node: { opportunityId: number } }>(westOpp)).node.opportunityId;
    const rep = await t.as('rep_east');
    const refused = await rep.request('POST', `/api/plans/${planId}/nodes`, {
      level: 'opportunity',
      title: 'x',
      opportunityId: westOppId,
    });
    expect(refused.status).toBe(400);
    expect((await body<ErrorBody>(refused)).details.map((d) => d.path)).toEqual(['opportunityId']);
    const reused = await rep.request('POST', `/api/plans/${planId}/nodes`, {
      level: 'opportunity',
      title: '二期（沿用）',
      opportunityId: opportunityId,
    });
    expect(reused.status).toBe(201);
  });

  const errorOf = async (method: string, path: string, payload: unknown, lang = 'zh-CN') => {
    const res = await (await t.as('rep_east')).request(method, path, payload, { 'accept-language': lang });
    return { status: res.status, ...(await body<ErrorBody>(res)) };
  };

  it('a link that makes a cycle', async () => {
    const other = await (await t.as('rep_east')).request('POST', `/api/plans/${planId}/nodes`, {
      level: 'strategy',
      title: '数字化',
      upstreamNodeIds: [strategyId],
    });
    const otherId = (await body<{ node: { id: number } }>(other)).node.id;
    const err = await errorOf(
      'POST',
      `/api/plans/${planId}/edges`,
      { upstreamNodeId: otherId, downstreamNodeId: strategyId },
      'en',
    );
    expect(err.status).toBe(400);
    expect(err.details).toEqual([{ path: 'downstreamNodeId', message: expect.stringMatching(/cycle/) }]);
  });

  it('a link in the wrong direction, with both levels named', async () => {
    const err = await errorOf('POST', `/api/plans/${planId}/edges`, {
      upstreamNodeId: strategyId,
      downstreamNodeId: objectiveId,
    });
    expect(err.status).toBe(400);
    expect(err.details[0]).toEqual({
      path: 'downstreamNodeId',
      message: expect.stringContaining('客户目标'),
    });
  });

  it.each([
    ['node owner', 'POST', '/nodes', { level: 'need', title: 'x', ownerContactId: 'WEST' }, 'ownerContactId'],
    ['influence map entry', 'POST', '/influence-map/entries', { contactId: 'WEST' }, 'contactId'],
    [
      'gap row',
      'PUT',
      '/gaps',
      { contactId: 'WEST', userId: 'REP', currentLevel: 0, desiredLevel: 2 },
      'contactId',
    ],
    [
      'DMU member',
      'PUT',
      '/opportunities/OPP/dmu',
      { members: [{ contactId: 'WEST', role: 'buyer' }] },
      'members.0.contactId',
    ],
    [
      'voice of the customer',
      'PUT',
      '/voices',
      { items: [{ contactId: 'WEST', statement: '价格高' }] },
      'items.0.contactId',
    ],
  ])('a contact of another account on a %s', async (_name, method, suffix, payload, path) => {
    const json = JSON.parse(
      JSON.stringify(payload)
        .replace('"WEST"', String(t.fixture.contacts.westBoss))
        .replace('"REP"', String(t.fixture.users.rep_east)),
    );
    const before = await (await t.as('rep_east')).get(`/api/plans/${planId}`);
    const err = await errorOf(
      method,
      `/api/plans/${planId}${suffix.replace('OPP', String(opportunityId))}`,
      json,
      'en',
    );
    expect(err.status).toBe(400);
    expect(err.details).toEqual([{ path, message: 'Must be a contact of this account' }]);
    const after = await (await t.as('rep_east')).get(`/api/plans/${planId}`);
    expect((await after.json()) as unknown).toEqual((await before.json()) as unknown);
  });

  it('a reporting line that makes someone their own manager', async () => {
    const err = await errorOf('PUT', `/api/plans/${planId}/reporting-lines/${t.fixture.contacts.eastBoss}`, {
      reportsToId: t.fixture.contacts.eastBuyer,
    });
    expect(err.status).toBe(400);
    expect(err.details).toEqual([{ path: 'reportsToId', message: '汇报对象不能是本人或其下属' }]);
  });

  it('unknown keys and bad enums are named', async () => {
    const err = await errorOf(
      'POST',
      `/api/plans/${planId}/nodes`,
      { level: 'wish', title: 'x', colour: 'red' },
      'en',
    );
    expect(err.status).toBe(400);
    expect(err.details.map((d) => d.path).sort()).toEqual(['colour', 'level']);
  });

  it('a gap member who is not on the account team', async () => {
    const err = await errorOf('PUT', `/api/plans/${planId}/gaps`, {
      contactId: t.fixture.contacts.eastBoss,
      userId: t.fixture.users.rep_west,
      currentLevel: 0,
      desiredLevel: 2,
    });
    expect(err.details).toEqual([{ path: 'userId', message: '必须是客户团队成员（负责人或团队成员）' }]);
  });

  it('a second plan for the same account and year is a 409 naming planYear', async () => {
    const err = await errorOf('POST', '/api/plans', {
      accountId: t.fixture.accounts.eastGroup,
      planYear: 2026,
    });
    expect(err.status).toBe(409);
    expect(err.details[0]?.path).toBe('planYear');
  });

  it('a plan config with weights not summing to 100 names the field', async () => {
    const admin = await t.as('admin');
    const current = await body<{ config: { health: { weights: Record<string, number> } } }>(
      await admin.get('/api/plan-config'),
    );
    current.config.health.weights.sponsor = 50;
    const res = await admin.request('PUT', '/api/plan-config', { config: current.config });
    expect(res.status).toBe(400);
    expect((await body<ErrorBody>(res)).details[0]?.path).toBe('config.health.weights');
    expect(
      (await (await t.as('rep_east')).request('PUT', '/api/plan-config', { config: current.config })).status,
    ).toBe(403);
  });
});
