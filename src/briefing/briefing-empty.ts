// A plan with nothing filled in but its names (seed 002, [PLAN-9]): every part of the briefing must then show
// the "未填写 / Not filled in" note instead of failing. Used by tests.
import type { BriefingDeckInput } from './briefing-deck-input.ts';

/** The fixture's names and date with every list empty. */
export function emptyBriefing(lang: BriefingDeckInput['lang'] = 'zh-CN'): BriefingDeckInput {
  return {
    lang,
    companyName: '华信工业自动化有限公司',
    accountName: '东方新能源集团',
    accountCode: 'KA-0012',
    planYear: 2027,
    generatedDate: '2026-12-06',
    team: [],
    background: { sections: [], revenueByYear: [], keyFigures: [] },
    graph: { nodes: [], edges: [] },
    opportunities: [],
    influence: { people: [], lines: [] },
    gaps: [],
    competition: [],
    goals: [],
    actions: [],
    supportRequested: [],
  };
}
