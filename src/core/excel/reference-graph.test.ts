import { describe, expect, it } from 'vitest';
import { reaches, writeLevels } from './reference-graph.ts';

const tree = (edges: Record<string, string>) => (key: string) => edges[key] ?? null;

describe('reaches: does walking up from start meet target', () => {
  it.each([
    ['a', 'a', {}, true],
    ['b', 'a', { b: 'a' }, true],
    ['c', 'a', { c: 'b', b: 'a' }, true],
    ['c', 'x', { c: 'b', b: 'a' }, false],
    ['c', 'x', { c: 'b', b: 'c' }, false], // another loop: stops instead of spinning
  ] as const)('%s → %s in %j: %s', (start, target, edges, expected) =>
    expect(reaches(start, target, tree(edges))).toBe(expected),
  );
});

describe('writeLevels: parents before children', () => {
  it('assigns 0 to roots and one more per generation, in any input order', () => {
    const levels = writeLevels(['c', 'b', 'a', 'd'], tree({ c: 'b', b: 'a' }));
    expect(Object.fromEntries(levels)).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });
  it('handles deep chains without recursion', () => {
    const edges: Record<string, string> = {};
    for (let i = 1; i < 20_000; i++) edges[`n${i}`] = `n${i - 1}`;
    const levels = writeLevels(['n19999'], tree(edges));
    expect(levels.get('n19999')).toBe(19_999);
  });
  it('refuses a loop (the rules reject loops before levels are computed)', () => {
    expect(() => writeLevels(['a'], tree({ a: 'b', b: 'a' }))).toThrow(/loop/);
  });
});
