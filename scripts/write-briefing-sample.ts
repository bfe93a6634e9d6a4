// Writes the executive briefing sample ([PLAN-9], seed 002) from the test fixture, to look at the
// rendering: `npx tsx scripts/write-briefing-sample.ts [zh-CN|en] [outDir] [stress]` writes
// briefing-sample[-en][-stress].pptx/.pdf; `stress` blows the fixture up (long texts, many rows and nodes)
// to check continuation pages, shrinking and cutting.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BriefingDeckInput } from '../src/briefing/briefing-deck-input.ts';
import { briefingFixture } from '../src/briefing/briefing-fixture.ts';
import { writeBriefingPdf } from '../src/briefing/write-briefing-pdf.ts';
import { writeBriefingPptx } from '../src/briefing/write-briefing-pptx.ts';

const lang = process.argv[2] === 'en' ? 'en' : 'zh-CN';
const dir = process.argv[3] ?? '/tmp';
const stress = process.argv[4] === 'stress';

function stressed(input: BriefingDeckInput): BriefingDeckInput {
  const times = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
  const long = '集团计划三年内新增产能，推进灯塔工厂数字化改造，并要求核心供应商具备本地化服务能力。';
  return {
    ...input,
    companyName: `${input.companyName}（华东区大客户事业部）`,
    team: times(22, (i) => ({ name: `成员${i + 1}`, role: i % 4 ? '销售代表' : long, title: '高级经理' })),
    background: {
      ...input.background,
      sections: times(6, (i) => ({ title: `第 ${i + 1} 部分`, text: long.repeat(2 + i) })),
    },
    graph: {
      nodes: [
        ...input.graph.nodes,
        ...times(7, (i) => ({
          id: `tx${i}`,
          kind: 'tactic' as const,
          title: `补充策略 ${i + 1}：${long.slice(0, 10 + i * 4)}`,
          customerOwner: '信息部 吴倩',
          ownerConfirmed: i % 2 === 0,
        })),
      ],
      edges: [...input.graph.edges, ...times(7, (i) => ({ from: `tx${i}`, to: i % 2 ? 's1' : 's3' }))],
    },
    influence: {
      people: [
        ...input.influence.people,
        ...times(8, (i) => ({
          id: `extra${i}`,
          name: `新联系人${i + 1}`,
          title: '项目工程师',
          roles: i % 3 ? [] : (['coach', 'recommender'] as const).slice(),
          influence: 'low' as const,
          attitude: (['neutral', 'positive', 'negative'] as const)[i % 3]!,
          x: 100 + i * 110,
          y: 470 + (i % 2) * 60,
          coveredBy: null,
          stale: i % 4 === 0,
          external: false,
        })),
      ],
      lines: input.influence.lines,
    },
    opportunities: times(30, (i) => ({
      name: `商机 ${i + 1} ${long.slice(0, i % 20)}`,
      valueFen: 123_456_789 * (i + 1),
      stage: ['线索', '需求确认', '方案论证', '商务谈判', '赢单'][i % 5]!,
      closeDate: '2027-06-30',
      probabilityPct: (i * 7) % 100,
    })),
    actions: times(40, (i) => ({
      title: `${long.slice(0, 8 + (i % 30))}`,
      owner: '陈立',
      dueDate: '2027-01-31',
      status: '进行中',
    })),
    supportRequested: times(20, (i) => `支持事项 ${i + 1}：${long.repeat(1 + (i % 3))}`),
  };
}

const input = stress ? stressed(briefingFixture(lang)) : briefingFixture(lang);
const name = `briefing-sample${lang === 'en' ? '-en' : ''}${stress ? '-stress' : ''}`;
writeFileSync(join(dir, `${name}.pptx`), await writeBriefingPptx(input));
writeFileSync(join(dir, `${name}.pdf`), await writeBriefingPdf(input));
console.log(`wrote ${join(dir, name)}.pptx and .pdf`);
