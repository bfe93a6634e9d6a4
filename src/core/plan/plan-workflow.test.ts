import { describe, expect, it } from 'vitest';
import type { PlanStatus } from './plan-types.ts';
import { mayApprovePlan, mayEditPlan, nextPlanStatus, type PlanEvent } from './plan-workflow.ts';

describe('seed 002 [PLAN-8] workflow: draft → submitted → approved / returned', () => {
  it.each<[PlanStatus, PlanEvent, PlanStatus | null]>([
    ['draft', 'edit', 'draft'],
    ['returned', 'edit', 'returned'],
    ['submitted', 'edit', null],
    ['approved', 'edit', 'draft'],
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'submitted'],
    ['submitted', 'submit', null],
    ['approved', 'submit', null],
    ['submitted', 'approve', 'approved'],
    ['draft', 'approve', null],
    ['approved', 'approve', null],
    ['submitted', 'return', 'returned'],
    ['draft', 'return', null],
  ])('%s + %s → %s', (status, event, next) => {
    expect(nextPlanStatus(status, event)).toBe(next);
  });
});

describe('seed 002 [PLAN-8] who may approve: the line above the owner, never the owner', () => {
  const owner = { id: 10, unitPath: '/1/2/5/' };
  it.each([
    ['manager of the owner’s region', { userId: 3, role: 'manager', unitPath: '/1/2/' }, true],
    ['manager of the owner’s own team unit', { userId: 3, role: 'manager', unitPath: '/1/2/5/' }, true],
    ['manager of another region', { userId: 3, role: 'manager', unitPath: '/1/7/' }, false],
    ['director of the company', { userId: 2, role: 'director', unitPath: '/1/' }, true],
    ['admin', { userId: 1, role: 'admin', unitPath: '/1/' }, true],
    ['a rep', { userId: 4, role: 'rep', unitPath: '/1/2/5/' }, false],
    ['an account manager', { userId: 4, role: 'account_manager', unitPath: '/1/2/' }, false],
    ['finance', { userId: 5, role: 'finance', unitPath: '/1/' }, false],
    ['the owner, even as a manager', { userId: 10, role: 'manager', unitPath: '/1/2/' }, false],
    ['the owner, even as admin', { userId: 10, role: 'admin', unitPath: '/1/' }, false],
  ])('%s → %s', (_name, actor, allowed) => {
    expect(mayApprovePlan(actor, owner.id, owner.unitPath)).toBe(allowed);
  });
});

describe('issue 4: who may edit — the account team and the line above the owner', () => {
  const team = new Set([20]);
  it.each([
    ['the owner (rep)', { userId: 10, role: 'rep', unitPath: '/1/2/5/' }, true],
    ['a team member in another region', { userId: 20, role: 'rep', unitPath: '/1/7/8/' }, true],
    [
      'a rep of the same team unit, not on the account team',
      { userId: 21, role: 'rep', unitPath: '/1/2/5/' },
      false,
    ],
    ['manager above the owner', { userId: 3, role: 'manager', unitPath: '/1/2/' }, true],
    ['manager of another region', { userId: 3, role: 'manager', unitPath: '/1/7/' }, false],
    ['director above', { userId: 2, role: 'director', unitPath: '/1/' }, true],
    ['admin', { userId: 1, role: 'admin', unitPath: '/1/' }, true],
    [
      'channel manager of the region (sees, not the line)',
      { userId: 6, role: 'channel_manager', unitPath: '/1/2/' },
      false,
    ],
    ['finance (reads only)', { userId: 5, role: 'finance', unitPath: '/1/' }, false],
    ['finance on the account team still reads only', { userId: 20, role: 'finance', unitPath: '/1/' }, false],
  ])('%s → %s', (_name, actor, allowed) => {
    expect(mayEditPlan(actor, 10, '/1/2/5/', team)).toBe(allowed);
  });
});
