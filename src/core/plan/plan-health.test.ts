import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_CONFIG } from './plan-config-defaults.ts';
import { type HealthInput, planHealth } from './plan-health.ts';

const health = DEFAULT_PLAN_CONFIG.health;
const person = (patch: Partial<HealthInput['people'][number]> = {}): HealthInput['people'][number] => ({
  roles: [],
  influence: 'medium',
  attitude: 'neutral',
  covered: true,
  stale: false,
  ...patch,
});
const healthy: HealthInput = {
  today: '2026-11-25',
  people: [person({ roles: ['decision_maker', 'sponsor'] }), person({ roles: ['coach'] })],
  actions: [{ dueDate: '2026-11-30', status: 'open' }],
  goals: [{ smartPassed: true }],
  nodes: [
    { id: 1, level: 'objective' },
    { id: 2, level: 'strategy' },
    { id: 3, level: 'tactic' },
    { id: 4, level: 'need' },
    { id: 5, level: 'opportunity' },
  ],
  edges: [
    { upstreamId: 1, downstreamId: 2 },
    { upstreamId: 2, downstreamId: 3 },
    { upstreamId: 3, downstreamId: 4 },
  ],
};
const run = (patch: Partial<HealthInput>, config = health) => planHealth({ ...healthy, ...patch }, config);
const reasons = (patch: Partial<HealthInput>) => run(patch).reasons.map((r) => r.messageKey);

describe('seed 002 [PLAN-8] plan health: score = Σ weights of passing rules, with reasons', () => {
  it('a healthy plan scores 100 with no reasons', () => {
    expect(run({})).toMatchObject({ score: 100, reasons: [] });
  });

  it.each<[string, Partial<HealthInput>, string[], number]>([
    [
      'no decision maker',
      { people: [person({ roles: ['sponsor', 'coach'] })] },
      ['plan.health.no_decision_maker'],
      85,
    ],
    [
      'no sponsor',
      { people: [person({ roles: ['decision_maker', 'coach'] })] },
      ['plan.health.no_sponsor'],
      90,
    ],
    [
      'nobody on the map',
      { people: [] },
      ['plan.health.no_decision_maker', 'plan.health.no_sponsor', 'plan.health.no_coach'],
      70,
    ],
    [
      'no action due this month (only next month)',
      { actions: [{ dueDate: '2026-12-01', status: 'open' }] },
      ['plan.health.no_action_this_month'],
      90,
    ],
    [
      'a done action this month does not count',
      { actions: [{ dueDate: '2026-11-30', status: 'done' }] },
      ['plan.health.no_action_this_month'],
      90,
    ],
    [
      'an overdue open action (yesterday)',
      { actions: [{ dueDate: '2026-11-24', status: 'in_progress' }] },
      ['plan.health.overdue_actions'],
      90,
    ],
    ['due today is not overdue', { actions: [{ dueDate: '2026-11-25', status: 'open' }] }, [], 100],
    ['no goals', { goals: [] }, ['plan.health.no_goals'], 90],
    [
      'a goal failing SMART',
      { goals: [{ smartPassed: true }, { smartPassed: false }] },
      ['plan.health.goals_not_smart'],
      90,
    ],
    ['a need not traced to an objective', { edges: [] }, ['plan.health.no_strategic_map'], 90],
    [
      'no opportunity on the map',
      { nodes: healthy.nodes.filter((n) => n.level !== 'opportunity') },
      ['plan.health.no_opportunities'],
      95,
    ],
  ])('%s', (_name, patch, expected, score) => {
    const result = run(patch);
    expect(result.reasons.map((r) => r.messageKey)).toEqual(expected);
    expect(result.score).toBe(score);
  });

  describe('stale contacts: at most 30% pass', () => {
    const withStale = (stale: number, fresh: number) => [
      person({ roles: ['decision_maker', 'sponsor', 'coach'] }),
      ...Array.from({ length: stale }, () => person({ stale: true })),
      ...Array.from({ length: fresh }, () => person({ stale: false })),
    ];
    it.each([
      [3, 6, []], // 3 of 10 = 30%
      [1, 1, ['plan.health.stale_contacts']], // 1 of 3 = 33%
      [0, 4, []],
    ])('%i stale, %i more fresh besides the role holder', (stale, fresh, expected) => {
      expect(reasons({ people: withStale(stale, fresh) })).toEqual(expected);
    });
    it('reports the percentage and the limit; external influencers are not counted', () => {
      const result = run({
        people: [
          person({ roles: ['decision_maker', 'sponsor', 'coach'], stale: true }),
          person({ stale: false }),
          person({ stale: null }),
        ],
      });
      expect(result.reasons).toEqual([
        { rule: 'staleContacts', messageKey: 'plan.health.stale_contacts', params: { pct: 50, max: 30 } },
      ]);
    });
  });

  it.each([
    ['high-influence opponent, uncovered', { influence: 'high', attitude: 'opponent', covered: false }, 1],
    [
      'high-influence unfavourable, uncovered',
      { influence: 'high', attitude: 'unfavourable', covered: false },
      1,
    ],
    ['high-influence opponent, covered', { influence: 'high', attitude: 'opponent', covered: true }, 0],
    [
      'medium-influence opponent, uncovered',
      { influence: 'medium', attitude: 'opponent', covered: false },
      0,
    ],
    ['high-influence neutral, uncovered', { influence: 'high', attitude: 'neutral', covered: false }, 0],
  ] as const)('uncovered opponents: %s', (_name, patch, count) => {
    const result = run({ people: [...healthy.people, person(patch)] });
    expect(result.reasons.filter((r) => r.rule === 'uncoveredOpponents').length).toBe(count);
  });

  it('weights are config; a weight of 0 switches a rule off; reasons heaviest first', () => {
    const weights = { ...health.weights, coach: 0, sponsor: 20, decisionMaker: 10 };
    const result = run({ people: [], goals: [] }, { ...health, weights });
    expect(result.rules.map((r) => r.rule)).not.toContain('coach');
    expect(result.reasons.map((r) => r.rule)).toEqual(['sponsor', 'decisionMaker', 'goalsSmart']);
    expect(result.score).toBe(100 - 20 - 10 - 10);
  });
});
