// seed 002, [PLAN-9]: the briefing's PDF, read back with pdf.js: pages, and Chinese text that extracts.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyBriefing } from './briefing-empty.ts';
import { briefingFixture } from './briefing-fixture.ts';
import { writeBriefingPdf } from './write-briefing-pdf.ts';

interface Read {
  bytes: Buffer;
  pages: string[];
  size: { w: number; h: number };
  outline: string[];
}

async function read(bytes: Buffer): Promise<Read> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  let size = { w: 0, h: 0 };
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , w, h] = page.view;
    size = { w: w ?? 0, h: h ?? 0 };
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('|'));
  }
  const outline = ((await pdf.getOutline()) ?? []).map((item) => item.title);
  await pdf.destroy();
  return { bytes, pages, size, outline };
}

describe('writeBriefingPdf', () => {
  let zh: Read;
  let en: Read;
  let empty: Read;
  beforeAll(async () => {
    zh = await read(await writeBriefingPdf(briefingFixture()));
    en = await read(await writeBriefingPdf(briefingFixture('en')));
    empty = await read(await writeBriefingPdf(emptyBriefing()));
  });

  it('is a landscape 16:9 PDF with one page per deck page', () => {
    expect(zh.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(zh.pages).toHaveLength(12);
    expect(zh.size).toEqual({ w: 960, h: 540 });
  });

  it('stays small because the CJK font is subset', () => {
    expect(zh.bytes.length).toBeLessThan(600_000);
  });

  it('has the Chinese step titles in order, as extractable text', () => {
    const titles = zh.pages.map((p) => p.split('|')[0]);
    expect(titles.slice(1, 4)).toEqual(['1. 团队介绍', '2. 客户背景', '3. 战略地图']);
    expect(titles.at(-1)).toBe('9. 需要的支持');
  });

  it('draws the influence map with the people and the opportunities table with their names', () => {
    expect(zh.pages[6]).toContain('林国栋');
    expect(zh.pages[6]).toContain('决策');
    expect(zh.pages[5]).toContain('福建二期叠片机项目');
    expect(zh.pages[5]).toContain('¥12,800,000.00');
  });

  it('bookmarks the cover and each of the nine steps once', () => {
    expect(zh.outline).toEqual([
      '大客户管理计划汇报',
      '1. 团队介绍',
      '2. 客户背景',
      '3. 战略地图',
      '4. 执行地图与商机',
      '5. 客户关系',
      '6. 竞争分析',
      '7. 目标',
      '8. 行动计划',
      '9. 需要的支持',
    ]);
  });

  it('has the company and the date in every footer', () => {
    for (const page of zh.pages) {
      expect(page).toContain('华信工业自动化有限公司');
      expect(page).toContain('2026-12-06');
    }
  });

  it('is in English when asked', () => {
    expect(en.pages[1]!.split('|')[0]).toBe('1. Team introduction');
    expect(en.pages[7]).toContain('Relationships (cont.)');
  });

  it('shows 未填写 on every step of an empty plan', () => {
    expect(empty.pages).toHaveLength(12);
    for (const page of empty.pages.slice(1)) expect(page).toContain('未填写');
  });

  it('gives the same bytes for the same plan (no clock in the file)', async () => {
    expect((await writeBriefingPdf(briefingFixture())).equals(zh.bytes)).toBe(true);
  });
});
