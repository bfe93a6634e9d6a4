// A plan for the route tests: a manager of the other region, a channel manager of the east region, the east group's 2026 plan with the chain
// objective → strategy → tactic → need → solution → opportunity, and the 2026 plan of the west account whose
// team includes rep_east. Everything goes through the API as a user would.
import { hashPassword } from '../src/core/auth/password.ts';
import { createRepositories } from '../src/db/repositories/create-repositories.ts';
import { PASSWORD } from './fixtures.ts';
import type { TestApp } from './test-app.ts';

export interface PlanFixture {
  planId: number;
  sharedPlanId: number;
  objectiveId: number;
  strategyId: number;
  opportunityId: number;
}

const body = async <T>(res: Response) => (await res.json()) as T;

export async function seedPlan(t: TestApp): Promise<PlanFixture> {
  const users = createRepositories(t.database.db).users;
  const passwordHash = await hashPassword(PASSWORD);
  await users.insert({
    username: 'manager_west',
    displayName: 'manager_west',
    role: 'manager',
    orgUnitId: t.fixture.units.west,
    passwordHash,
    email: null,
  });
  // Sees the east region's accounts but is not the line above their owners.
  await users.insert({
    username: 'channel_east',
    displayName: 'channel_east',
    role: 'channel_manager',
    orgUnitId: t.fixture.units.east,
    passwordHash,
    email: null,
  });
  const rep = await t.as('rep_east');
  const created = await rep.request('POST', '/api/plans', {
    accountId: t.fixture.accounts.eastGroup,
    planYear: 2026,
  });
  if (created.status !== 201) throw new Error(`plan not created: ${created.status}`);
  const planId = (await body<{ id: number }>(created)).id;
  const west = await t.as('rep_west');
  const sharedPlanId = (
    await body<{ id: number }>(
      await west.request('POST', '/api/plans', { accountId: t.fixture.accounts.westShared, planYear: 2026 }),
    )
  ).id;
  const node = async (payload: unknown) =>
    (await body<{ node: { id: number } }>(await rep.request('POST', `/api/plans/${planId}/nodes`, payload)))
      .node.id;
  const objectiveId = await node({
    level: 'objective',
    title: '三年利润翻番',
    ownerContactId: t.fixture.contacts.eastBoss,
    ownerConfirmed: true,
  });
  const strategyId = await node({ level: 'strategy', title: '降本增效', upstreamNodeIds: [objectiveId] });
  const tactic = await node({ level: 'tactic', title: '包材集中采购', upstreamNodeIds: [strategyId] });
  const need = await node({ level: 'need', title: '轻量化包材', upstreamNodeIds: [tactic] });
  const solution = await node({ level: 'solution', title: '薄壁瓶方案', upstreamNodeIds: [need] });
  const opp = await rep.request('POST', `/api/plans/${planId}/nodes`, {
    level: 'opportunity',
    title: '二期薄壁瓶',
    upstreamNodeIds: [solution],
    opportunity: {
      name: '二期薄壁瓶',
      valueFen: 120_000_000,
      stage: 'proposal',
      probability: 50,
      closeDate: '2026-12-20',
      ownerUserId: t.fixture.users.rep_east,
    },
  });
  const opportunityId = (await body<{ node: { opportunityId: number } }>(opp)).node.opportunityId;
  return { planId, sharedPlanId, objectiveId, strategyId, opportunityId };
}
