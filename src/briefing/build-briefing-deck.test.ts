// seed 002, [PLAN-9]: the 9-step executive briefing's pages, before either file format draws them.
import { describe, expect, it } from 'vitest';
import type { BriefingDeckInput } from './briefing-deck-input.ts';
import { emptyBriefing } from './briefing-empty.ts';
import { briefingFixture } from './briefing-fixture.ts';
import { buildBriefingDeck } from './build-briefing-deck.ts';
import { CONTENT, PAGE_H, PAGE_W, type Shape } from './deck-model.ts';
import { wan, yuan } from './deck-money.ts';
import { drawnLines } from './text-fit.ts';

const ZH_TITLES = [
  '大客户管理计划汇报',
  '1. 团队介绍',
  '2. 客户背景',
  '3. 战略地图',
  '4. 执行地图与商机',
  '4. 执行地图与商机（续）',
  '5. 客户关系',
  '5. 客户关系（续）',
  '6. 竞争分析',
  '7. 目标',
  '8. 行动计划',
  '9. 需要的支持',
];

const texts = (shapes: Shape[]): string[] =>
  shapes.flatMap((s) => {
    if (s.type === 'text' || s.type === 'card') return s.lines.flatMap((l) => drawnLines(l.text));
    if (s.type === 'table') return [...s.header, ...s.rows.flat().flatMap(drawnLines)];
    if (s.type === 'bar-chart') return [s.title, ...s.categories, ...s.labels];
    return [];
  });

describe('buildBriefingDeck', () => {
  it('has the cover and the nine steps in order, in Chinese by default', () => {
    expect(buildBriefingDeck(briefingFixture()).pages.map((p) => p.title)).toEqual(ZH_TITLES);
  });

  it('numbers the English steps the same way', () => {
    const titles = buildBriefingDeck(briefingFixture('en')).pages.map((p) => p.title);
    expect(titles.slice(1, 5)).toEqual([
      '1. Team introduction',
      '2. Account background',
      '3. Strategic map',
      '4. Execution map and opportunities',
    ]);
    expect(titles.at(-1)).toBe('9. Support requested');
  });

  it('puts company, account, plan year and date on the cover and in the footer', () => {
    const deck = buildBriefingDeck(briefingFixture());
    const cover = texts(deck.pages[0]!.shapes).join('|');
    for (const part of ['东方新能源集团（KA-0012）', '2027 年度', '华信工业自动化有限公司', '2026-12-06'])
      expect(cover).toContain(part);
    expect(deck.footerLeft).toBe('华信工业自动化有限公司');
    expect(deck.footerRight).toBe('东方新能源集团 · 2027 年度 · 2026-12-06');
  });

  it('shows the not-filled note on every step of an empty plan, and nothing else there', () => {
    const deck = buildBriefingDeck(emptyBriefing());
    expect(deck.pages.map((p) => p.title)).toEqual(ZH_TITLES);
    for (const page of deck.pages.slice(1))
      expect(texts(page.shapes)).toEqual(['未填写', '计划中尚未填写这一部分']);
    expect(texts(buildBriefingDeck(emptyBriefing('en')).pages[1]!.shapes)[0]).toBe('Not filled in');
  });

  it('continues a long action plan on （续） pages with every action once and in order', () => {
    const input = briefingFixture();
    const actions: BriefingDeckInput['actions'] = Array.from({ length: 45 }, (_, i) => ({
      title: `行动 ${i + 1}：${'与客户沟通并确认需求'.repeat(1 + (i % 3))}`,
      owner: '陈立',
      dueDate: '2027-01-31',
      status: '未开始',
    }));
    const pages = buildBriefingDeck({ ...input, actions }).pages.filter((p) => p.title.startsWith('8.'));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.slice(1).every((p) => p.title === '8. 行动计划（续）')).toBe(true);
    const rows = pages.flatMap((p) => p.shapes.flatMap((s) => (s.type === 'table' ? s.rows : [])));
    expect(rows.map((r) => Number(/行动 (\d+)/.exec(drawnLines(r[0]!).join(''))?.[1]))).toEqual(
      actions.map((_, i) => i + 1),
    );
  });

  it('keeps every shape on the page and every table inside the content area', () => {
    for (const input of [briefingFixture(), briefingFixture('en'), emptyBriefing()]) {
      for (const page of buildBriefingDeck(input).pages)
        for (const s of page.shapes) {
          const box = s.type === 'line' ? null : s.box;
          if (!box) continue;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.w).toBeLessThanOrEqual(PAGE_W + 1e-9);
          expect(box.y + box.h).toBeLessThanOrEqual(PAGE_H + 1e-9);
          if (s.type === 'table') {
            expect(s.heights.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(CONTENT.h + 1e-9);
            expect(s.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(s.box.w);
          }
        }
    }
  });

  it('draws no two influence-map cards of the fixture on top of each other', () => {
    const page = buildBriefingDeck(briefingFixture()).pages.find((p) => p.title === '5. 客户关系')!;
    const cards = page.shapes.flatMap((s) => (s.type === 'card' && s.box.w >= 1.3 ? [s.box] : []));
    expect(cards).toHaveLength(10);
    for (const [i, a] of cards.entries())
      for (const b of cards.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
  });

  it('sorts the relationship gaps by priority, highest first', () => {
    const page = buildBriefingDeck(briefingFixture()).pages.find((p) => p.title === '5. 客户关系（续）')!;
    const table = page.shapes.find((s) => s.type === 'table');
    const priorities = table?.type === 'table' ? table.rows.map((r) => Number(r[4])) : [];
    expect(priorities).toEqual([6, 6, 4, 3, 2, 2, 2, 1]);
  });

  it('prints fractional priorities with at most two decimals', () => {
    const gap = { contact: '甲', ourMember: '乙', currentLevel: '1', desiredLevel: '3' };
    const input = {
      ...briefingFixture(),
      gaps: [
        { ...gap, priority: 2 / 3 },
        { ...gap, priority: 1.5 },
      ],
    };
    const page = buildBriefingDeck(input).pages.find((p) => p.title === '5. 客户关系（续）')!;
    const table = page.shapes.find((s) => s.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r[4])).toEqual(['1.5', '0.67']);
  });

  it('shows the opportunities exactly in yuan and sums the pipeline by stage in 万元', () => {
    const page = buildBriefingDeck(briefingFixture()).pages.find(
      (p) => p.title === '4. 执行地图与商机（续）',
    )!;
    const all = texts(page.shapes);
    expect(all).toContain('¥4,560,000.50');
    const chart = page.shapes.find((s) => s.type === 'bar-chart');
    expect(chart?.type === 'bar-chart' && chart.categories).toEqual(['方案论证', '需求确认', '商务谈判']);
    expect(chart?.type === 'bar-chart' && chart.labels).toEqual(['1,280', '666', '425']);
    expect(all.join('')).toContain('商机合计：¥23,705,000.50');
  });
});

describe('money on the briefing', () => {
  it.each([
    [0, '¥0.00', '0.0'],
    [1, '¥0.01', '0.0'],
    [123_456_789, '¥1,234,567.89', '123.5'],
    [3_482_099_989, '¥34,820,999.89', '3,482.1'],
    [-50_000, '-¥500.00', '-0.1'],
    [9_007_199_254_740_991, '¥90,071,992,547,409.91', '9,007,199,254.7'],
  ])('%d fen → %s, %s 万元', (fen, exact, inWan) => {
    expect(yuan(fen)).toBe(exact);
    expect(wan(fen)).toBe(inWan);
  });

  it.each([
    [1_499_999, '1'],
    [1_500_000, '2'],
    [12_963_000_000, '12,963'],
  ])('%d fen → %s 万元 without decimals', (fen, inWan) => {
    expect(wan(fen, 0)).toBe(inWan);
  });

  it('drops the decimals from chart labels once a bar reaches 1,000 万元', () => {
    const input = briefingFixture();
    const big = {
      ...input,
      background: { ...input.background, revenueByYear: [{ year: 2026, revenueFen: 12_345_678_901 }] },
    };
    const chart = buildBriefingDeck(big).pages[2]!.shapes.find((s) => s.type === 'bar-chart');
    expect(chart?.type === 'bar-chart' && [chart.labels, chart.decimals]).toEqual([['12,346'], 0]);
  });
});
