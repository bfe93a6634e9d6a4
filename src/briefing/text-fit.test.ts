// seed 002, [PLAN-9]: text measuring that decides the briefing's font sizes, wrapping and table row heights.
import { describe, expect, it } from 'vitest';
import {
  clipLines,
  drawnLines,
  fitText,
  SOFT_BREAK,
  textWidth,
  unwrap,
  WRAP_SLACK,
  wrapText,
} from './text-fit.ts';

const shown = (lines: string[]) => lines.map((l) => l.replaceAll(SOFT_BREAK, ''));

describe('textWidth', () => {
  it.each([
    ['CJK is one em per character', '战略地图', 12, (4 * 12) / 72],
    ['Latin is narrower than CJK', 'abcd', 12, (4 * 0.58 * 12) / 72],
    ['soft-break markers take no room', `战略${SOFT_BREAK}`, 12, (2 * 12) / 72],
    ['nothing is nothing', '', 12, 0],
  ])('%s', (_name, text, size, expected) => {
    expect(textWidth(text, size)).toBeCloseTo(expected);
  });
});

describe('wrapText', () => {
  const one = (n: number, size = 12) => (n * size) / 72 / WRAP_SLACK + 1e-9; // room for n CJK characters
  it.each([
    ['short text stays on one line', '客户背景', one(10), ['客户背景']],
    ['CJK breaks between any two characters', '一二三四五六', one(4), ['一二三四', '五六']],
    ['Latin words are not split', 'grow revenue now', one(5), ['grow', 'revenue', 'now']],
    ['a word longer than the line is split', 'a'.repeat(16), one(4), ['a'.repeat(6), 'a'.repeat(6), 'aaaa']],
    ['closing punctuation pulls the last character down', '一二三四、五六', one(4), ['一二三', '四、五六']],
    ['newlines in the text are kept', '甲\n乙', one(10), ['甲', '乙']],
    ['an empty text is one empty line', '', one(10), ['']],
  ])('%s', (_name, text, width, expected) => {
    expect(shown(wrapText(text, width, 12))).toEqual(expected);
  });

  it('marks the lines it wrapped, not the ones the text broke', () => {
    const lines = wrapText('一二三四五六\n七', one(4), 12);
    expect(lines).toEqual([`一二三四${SOFT_BREAK}`, '五六', '七']);
  });

  it('never makes a line wider than asked (when characters fit at all)', () => {
    const text =
      '集团计划三年内新增 60 GWh 产能，推进“灯塔工厂”数字化改造，并要求核心供应商具备本地化服务能力。';
    for (const line of wrapText(text, 2, 12)) expect(textWidth(line, 12)).toBeLessThanOrEqual(2 + 1e-9);
  });
});

describe('drawnLines and unwrap', () => {
  it.each([
    ['CJK joins without a space', `一二三四${SOFT_BREAK}\n五六`, '一二三四五六', ['一二三四', '五六']],
    ['Latin words join with a space', `grow${SOFT_BREAK}\nrevenue`, 'grow revenue', ['grow', 'revenue']],
    ['hard newlines stay', `甲\n乙`, '甲\n乙', ['甲', '乙']],
  ])('%s', (_name, wrapped, joined, drawn) => {
    expect(unwrap(wrapped)).toBe(joined);
    expect(drawnLines(wrapped)).toEqual(drawn);
  });
});

describe('clipLines', () => {
  it.each([
    ['keeps lines that fit', ['一', '二'], 2, ['一', '二']],
    ['cuts the rest and ends with an ellipsis', ['一二三', '四五六', '七'], 2, ['一二三', '四五…']],
    ['keeps at least one line', ['一二', '三'], 0, ['一二…']],
    ['drops characters to make room for the ellipsis', ['一二三', '四'], 1, ['一二…']],
  ])('%s', (_name, lines, max, expected) => {
    expect(clipLines(lines, max, (3 * 12) / 72 / WRAP_SLACK + 1e-9, 12)).toEqual(expected);
  });
});

describe('fitText', () => {
  it.each([
    ['the largest size when it fits', '战略地图', { w: 2, h: 0.5 }, 20],
    ['a smaller size for a longer text', '福建基地新增二十吉瓦时产能并建设灯塔工厂', { w: 2, h: 0.5 }, 13.5],
  ])('%s', (_name, text, box, size) => {
    const fitted = fitText(text, box, 20, 8);
    expect(fitted.sizePt).toBe(size);
    expect(fitted.lines.length * fitted.sizePt * 1.3).toBeLessThanOrEqual(box.h * 72 + 1e-9);
  });

  it('cuts with an ellipsis at the smallest size when nothing fits', () => {
    const fitted = fitText('很长的文字'.repeat(40), { w: 1, h: 0.3 }, 12, 8);
    expect(fitted.sizePt).toBe(8);
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.lines.at(-1)!.endsWith('…')).toBe(true);
  });
});
