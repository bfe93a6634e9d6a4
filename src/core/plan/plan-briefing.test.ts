import { describe, expect, it } from 'vitest';
import { planBriefing } from './plan-briefing.ts';
import type { PlanView } from './plan-view.ts';

const view = {
  plan: {
    id: 1,
    accountId: 7,
    accountCode: 'KA-1',
    accountName: '东方集团',
    ownerUserId: 3,
    ownerName: '王五',
    ownerUnitPath: '/1/',
    planYear: 2026,
    status: 'approved',
    supportRequested: '需要总部技术支持',
    executiveView: null,
    firstVisitOutcome: null,
    selfAssessmentNote: null,
    createdAt: '',
    updatedAt: '',
    updatedBy: null,
  },
  team: [{ userId: 3, displayName: '王五', teamRole: 'owner' }],
  background: { sections: { strategy: '扩产', basicInfo: '上市公司' }, completeness: 14, updatedAt: null },
  nodes: [
    {
      id: 1,
      level: 'objective',
      title: '利润',
      description: null,
      ownerContactId: null,
      ownerContactName: null,
      ownerConfirmed: false,
      opportunityId: null,
      actionId: null,
      sortOrder: 0,
    },
    {
      id: 2,
      level: 'solution',
      title: '方案',
      description: null,
      ownerContactId: null,
      ownerContactName: null,
      ownerConfirmed: false,
      opportunityId: null,
      actionId: null,
      sortOrder: 0,
    },
  ],
  edges: [],
  opportunities: [
    {
      id: 1,
      accountId: 7,
      nodeId: 3,
      name: 'A',
      valueFen: 1001,
      stage: 'proposal',
      probability: 50,
      closeDate: null,
      ownerUserId: null,
      ownerName: null,
      dmu: [],
    },
    {
      id: 2,
      accountId: 7,
      nodeId: 4,
      name: 'B',
      valueFen: 2000,
      stage: 'lead',
      probability: null,
      closeDate: null,
      ownerUserId: null,
      ownerName: null,
      dmu: [],
    },
  ],
  influence: [],
  lines: [],
  gaps: [],
  partners: [],
  voices: [],
  goals: [],
  actions: [],
  health: {
    score: 90,
    rules: [],
    reasons: [{ rule: 'sponsor', messageKey: 'plan.health.no_sponsor', params: {} }],
  },
  comments: [],
  lastApprovedVersion: 2,
  access: { canEdit: true, canApprove: false },
} as unknown as PlanView;

const cells = [
  {
    division: '饮料事业部',
    productLineId: 1,
    status: 'competitor',
    potentialFen: null,
    currentFen: null,
    competitor: '某竞品',
    notes: '价格低',
  },
  {
    division: '乳品事业部',
    productLineId: 1,
    status: 'current',
    potentialFen: null,
    currentFen: 100,
    competitor: null,
    notes: null,
  },
] as const;

describe('seed 002 [PLAN-9] the briefing of a plan', () => {
  const b = planBriefing(
    view,
    { cells: [...cells], productLineNames: new Map([[1, '包材']]) },
    'zh-CN',
    '2026-11-25',
  );
  it('labels in the requested language and keeps the background in display order', () => {
    expect(b.statusLabel).toBe('已批准');
    expect(b.team).toEqual([{ name: '王五', teamRole: 'owner', teamRoleLabel: '客户负责人' }]);
    expect(b.background.map((s) => s.key)).toEqual(['basicInfo', 'strategy']);
    expect(b.health.reasons).toEqual(['没有执行赞助者']);
  });
  it('splits the graph into strategic and execution map', () => {
    expect(b.strategicMap.map((n) => n.id)).toEqual([1]);
    expect(b.executionMap.nodes.map((n) => n.levelLabel)).toEqual(['解决方案']);
  });
  it('totals and weights the pipeline in fen (no probability = 0)', () => {
    expect(b.executionMap.totalValueFen).toBe(3001);
    expect(b.executionMap.weightedValueFen).toBe(501); // 500.5 rounded
  });
  it('lists competitors from the whitespace grid; none → empty list', () => {
    expect(b.competition).toEqual([
      { competitor: '某竞品', division: '饮料事业部', productLine: '包材', notes: '价格低' },
    ]);
    expect(
      planBriefing(view, { cells: [], productLineNames: new Map() }, 'en', '2026-11-25').competition,
    ).toEqual([]);
  });
  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });
});
