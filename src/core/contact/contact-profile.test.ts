import { describe, expect, it } from 'vitest';
import { isStale, profileCompleteness, staleCutoff } from './contact-profile.ts';

describe('[ACC-4] profile completeness', () => {
  const empty = { profilePersonal: {}, profileInterpersonal: {}, profileWork: {} };
  it('is 0 with nothing filled', () => expect(profileCompleteness(empty)).toBe(0));
  it('ignores blank answers and unknown keys', () =>
    expect(profileCompleteness({ ...empty, profilePersonal: { family: '  ', other: 'x' } })).toBe(0));
  it('counts 1 of 12 as 8%', () =>
    expect(profileCompleteness({ ...empty, profileWork: { duties: '采购' } })).toBe(8));
  it('is 100 when all twelve are filled', () =>
    expect(
      profileCompleteness({
        profilePersonal: { family: 'a', hobbies: 'b', socialStyle: 'c', habits: 'd' },
        profileInterpersonal: { colleagues: 'a', friends: 'b', suppliers: 'c' },
        profileWork: { duties: 'a', results: 'b', goals: 'c', workingStyle: 'd', potential: 'e' },
      }),
    ).toBe(100));
});

describe('[ACC-4] profile completeness over the active questionnaire', () => {
  const empty = { profilePersonal: {}, profileInterpersonal: {}, profileWork: {} };
  const questions = [
    { block: 'personal', key: 'hobbies' },
    { block: 'personal', key: 'hometown' },
    { block: 'work', key: 'painPoints' },
  ] as const;
  it('counts only the questions asked, in their own block', () =>
    expect(
      profileCompleteness(
        {
          profilePersonal: { hometown: '宁波', family: '两个孩子' },
          profileInterpersonal: { painPoints: '放错了栏目' },
          profileWork: {},
        },
        questions,
      ),
    ).toBe(33));
  it('is 100 when every question is answered', () =>
    expect(
      profileCompleteness(
        {
          ...empty,
          profilePersonal: { hobbies: '钓鱼', hometown: '宁波' },
          profileWork: { painPoints: '交期' },
        },
        questions,
      ),
    ).toBe(100));
  it('falls back to the twelve suggested keys when no question is active', () =>
    expect(profileCompleteness({ ...empty, profileWork: { duties: '采购' } }, [])).toBe(8));
});

describe('[ACC-4] staleness after 180 days', () => {
  it.each([
    [null, true],
    ['2026-05-29', false], // 180 days before
    ['2026-05-28', true], // 181 days before
    ['2026-11-25', false],
  ])('verified %s, today 2026-11-25 → stale %s', (date, stale) => {
    expect(isStale(date, '2026-11-25')).toBe(stale);
  });
  it('cutoff is 180 days back', () => expect(staleCutoff('2026-11-25')).toBe('2026-05-29'));
});
