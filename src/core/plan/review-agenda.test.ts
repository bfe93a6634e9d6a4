import { describe, expect, it } from 'vitest';
import { type ReviewBaseline, reviewAgenda } from './review-agenda.ts';

const base: ReviewBaseline = {
  healthScore: 80,
  gaps: [{ key: '1:1', label: '张总 / rep', gap: 2 }],
  opportunities: [{ id: 1, name: '二期包材', stage: 'qualify', valueFen: 100_000 }],
  actions: [{ id: 1, title: '拜访张总', dueDate: '2026-11-30', status: 'open' }],
};
const kinds = (prev: ReviewBaseline | null, cur: Partial<ReviewBaseline>, today = '2026-11-25') =>
  reviewAgenda('monthly', prev, { ...base, ...cur }, today).map((i) => i.kind);

describe('seed 002 [PLAN-10] the review agenda comes from what changed since the previous review', () => {
  it('nothing changed: only the standing item of the cadence', () => {
    expect(reviewAgenda('quarterly', base, base, '2026-11-25')).toEqual([
      { kind: 'standing', messageKey: 'plan.agenda.standing.quarterly', params: {} },
    ]);
  });
  it('first review: open gaps and opportunities count as new', () => {
    expect(kinds(null, {})).toEqual(['standing', 'new_gap', 'opportunity_new']);
  });
  it.each<[string, Partial<ReviewBaseline>, string, string[]]>([
    ['an action due yesterday is overdue', {}, '2026-12-01', ['standing', 'overdue_action']],
    ['due today is not overdue', {}, '2026-11-30', ['standing']],
    [
      'a done action is never overdue',
      { actions: [{ ...base.actions[0]!, status: 'done' }] },
      '2026-12-01',
      ['standing'],
    ],
    [
      'a new gap',
      { gaps: [...base.gaps, { key: '2:1', label: '李经理 / rep', gap: 1 }] },
      '2026-11-25',
      ['standing', 'new_gap'],
    ],
    ['a wider gap', { gaps: [{ ...base.gaps[0]!, gap: 3 }] }, '2026-11-25', ['standing', 'gap_widened']],
    [
      'a narrower gap is not on the agenda',
      { gaps: [{ ...base.gaps[0]!, gap: 1 }] },
      '2026-11-25',
      ['standing'],
    ],
    [
      'a closed gap is not on the agenda',
      { gaps: [{ ...base.gaps[0]!, gap: 0 }] },
      '2026-11-25',
      ['standing'],
    ],
    ['health dropped by 1', { healthScore: 79 }, '2026-11-25', ['standing', 'health_drop']],
    ['health rose', { healthScore: 90 }, '2026-11-25', ['standing']],
    [
      'stage moved',
      { opportunities: [{ ...base.opportunities[0]!, stage: 'proposal' }] },
      '2026-11-25',
      ['standing', 'opportunity_stage'],
    ],
    [
      'value changed',
      { opportunities: [{ ...base.opportunities[0]!, valueFen: 200_000 }] },
      '2026-11-25',
      ['standing', 'opportunity_value'],
    ],
  ])('%s', (_name, cur, today, expected) => {
    expect(kinds(base, cur, today)).toEqual(expected);
  });
  it('items carry params for the message', () => {
    const items = reviewAgenda('weekly', base, { ...base, healthScore: 60 }, '2026-12-02');
    expect(items).toContainEqual({
      kind: 'overdue_action',
      messageKey: 'plan.agenda.overdue_action',
      params: { title: '拜访张总', dueDate: '2026-11-30' },
    });
    expect(items).toContainEqual({
      kind: 'health_drop',
      messageKey: 'plan.agenda.health_drop',
      params: { from: 80, to: 60 },
    });
  });
});
