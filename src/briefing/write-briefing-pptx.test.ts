// seed 002, [PLAN-9]: the briefing's PPTX, read back as the zip of slide XML that it is.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyBriefing } from './briefing-empty.ts';
import { briefingFixture } from './briefing-fixture.ts';
import { writeBriefingPptx } from './write-briefing-pptx.ts';

interface Deck {
  zip: JSZip;
  slides: string[];
}

async function open(buffer: Buffer): Promise<Deck> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)?.[1]) - Number(/(\d+)\.xml/.exec(b)?.[1]));
  return { zip, slides: await Promise.all(names.map((n) => zip.file(n)!.async('string'))) };
}

const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? '');

describe('writeBriefingPptx', () => {
  let zh: Deck;
  let en: Deck;
  let empty: Deck;
  beforeAll(async () => {
    zh = await open(await writeBriefingPptx(briefingFixture()));
    en = await open(await writeBriefingPptx(briefingFixture('en')));
    empty = await open(await writeBriefingPptx(emptyBriefing()));
  });

  it('is a 16:9 deck with one slide per page', async () => {
    const presentation = await zh.zip.file('ppt/presentation.xml')!.async('string');
    expect(presentation).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect(zh.slides).toHaveLength(12);
  });

  it('titles the slides with the nine steps in order, in Chinese', () => {
    expect(zh.slides.slice(1).map((s) => runs(s)[0])).toEqual([
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
    ]);
    expect(runs(zh.slides[0]!)).toContain('大客户管理计划汇报');
  });

  it('titles the slides in English when asked', () => {
    const titles = en.slides.slice(1).map((s) => runs(s)[0]);
    expect(titles[0]).toBe('1. Team introduction');
    expect(titles[5]).toBe('5. Relationships');
    expect(titles.at(-1)).toBe('9. Support requested');
    expect(runs(en.slides[0]!)).toContain('Key account plan: executive briefing');
  });

  it('draws the influence map with native shapes: names, role badges, dashed informal lines', () => {
    const map = zh.slides[6]!;
    const texts = runs(map);
    for (const name of ['林国栋', '何静', '秦岭']) expect(texts).toContain(name);
    expect(texts).toContain('决策');
    expect(texts).toContain('未覆盖');
    expect(map).toContain('prst="roundRect"');
    expect(map).toMatch(/prst="line"[\s\S]*?<a:prstDash val="dash"\/>/);
    expect(map).toContain('<a:tailEnd type="triangle"/>');
  });

  it('lists the opportunities in a native table with exact yuan and charts them by stage', async () => {
    const slide = zh.slides[5]!;
    expect(slide).toContain('<a:tbl>');
    expect(runs(slide)).toContain('福建二期叠片机项目');
    expect(runs(slide)).toContain('¥12,800,000.00');
    const charts = Object.keys(zh.zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(2);
    const xml = await Promise.all(charts.map((n) => zh.zip.file(n)!.async('string')));
    expect(xml.every((x) => x.includes('<c:barChart>'))).toBe(true);
    expect(xml.join('')).toContain('方案论证');
  });

  it('puts the company name and the date in every footer', () => {
    for (const slide of zh.slides) {
      const texts = runs(slide);
      expect(texts).toContain('华信工业自动化有限公司');
      expect(texts.some((t) => t.includes('2026-12-06'))).toBe(true);
    }
  });

  it('shows 未填写 on every step of an empty plan', () => {
    expect(empty.slides).toHaveLength(12);
    for (const slide of empty.slides.slice(1)) expect(runs(slide)).toContain('未填写');
    expect(empty.slides.some((s) => s.includes('<a:tbl>'))).toBe(false);
  });
});
