import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_SECTIONS,
  backgroundCompleteness,
  normaliseBackground,
  unknownBackgroundKeys,
} from './background-sections.ts';
import { VALUE_MESSAGES } from './value-messages.ts';

describe('[ACC-3] background sections', () => {
  it('has the five background, three 3C and six research-focus sections', () => {
    const count = (group: string) => BACKGROUND_SECTIONS.filter((s) => s.group === group).length;
    expect([count('background'), count('threeC'), count('research')]).toEqual([5, 3, 6]);
  });
  it('labels every section and group in both languages', () => {
    for (const { key, group } of BACKGROUND_SECTIONS) {
      expect(VALUE_MESSAGES[`background.section.${key}`]?.en).toBeTruthy();
      expect(VALUE_MESSAGES[`background.group.${group}`]?.['zh-CN']).toBeTruthy();
    }
  });
});

describe('[ACC-3] unknown section keys are refused by name', () => {
  it.each([
    [{}, []],
    [{ strategy: 'x', customerCompetitors: 'y' }, []],
    [{ strategy: 'x', swot: 'y', Strategy: 'z' }, ['sections.swot', 'sections.Strategy']],
  ])('%j → %j', (sections, paths) => {
    expect(unknownBackgroundKeys(sections).map((d) => d.path)).toEqual(paths);
  });
});

describe('[ACC-3] background completeness = filled sections ÷ 14, rounded down', () => {
  const all = Object.fromEntries(BACKGROUND_SECTIONS.map((s) => [s.key, '已调研']));
  it.each([
    [{}, 0],
    [{ strategy: '   ' }, 0],
    [{ strategy: '扩产' }, 7], // 1/14 = 7.1
    [{ strategy: 'a', basicInfo: 'b' }, 14], // 2/14 = 14.3
    [{ ...all, ourFootprint: '' }, 92], // 13/14 = 92.9
    [all, 100],
  ])('%j → %i%%', (sections, pct) => {
    expect(backgroundCompleteness(sections)).toBe(pct);
  });
});

describe('[ACC-3] normalising keeps known, non-blank sections, trimmed, in display order', () => {
  it('drops blanks and trims', () => {
    const out = normaliseBackground({ ourFootprint: ' 华东三厂 ', basicInfo: '上市公司', strategy: '  ' });
    expect(out).toEqual({ basicInfo: '上市公司', ourFootprint: '华东三厂' });
    expect(Object.keys(out)).toEqual(['basicInfo', 'ourFootprint']);
  });
});
