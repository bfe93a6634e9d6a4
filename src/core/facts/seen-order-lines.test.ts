// Rule tier: SeenOrderLines ([TGT-5]) — each (订单号, 行号) once per import file; a repeat names the first row.
import { describe, expect, it } from 'vitest';
import { SeenOrderLines } from './seen-order-lines.ts';

describe('SeenOrderLines', () => {
  it('names the first row of a repeated (订单号, 行号), whatever comes between', () => {
    const seen = new SeenOrderLines();
    expect(seen.firstRow('SO-1', 1, 2)).toBeUndefined();
    expect(seen.firstRow('SO-1', 2, 3)).toBeUndefined();
    expect(seen.firstRow('SO-2', 1, 4)).toBeUndefined();
    expect(seen.firstRow('SO-1', 1, 5)).toBe(2);
    expect(seen.firstRow('SO-1', 2, 6)).toBe(3);
    expect(seen.firstRow('SO-2', 1, 7)).toBe(4);
    expect(seen.firstRow('SO-2', 2, 8)).toBeUndefined();
    // A repeat is not remembered in place of the first.
    expect(seen.firstRow('SO-1', 1, 9)).toBe(2);
  });

  it('keeps single-line orders, line numbers past the packed range and orders with many lines apart', () => {
    const seen = new SeenOrderLines();
    const big = 2_147_483_647;
    expect(seen.firstRow('A', big, 2)).toBeUndefined();
    expect(seen.firstRow('A', 1, 3)).toBeUndefined();
    expect(seen.firstRow('A', big, 4)).toBe(2);
    for (let line = 1; line <= 100; line++) expect(seen.firstRow('B', line, 10 + line)).toBeUndefined();
    for (let line = 1; line <= 100; line++) expect(seen.firstRow('B', line, 500)).toBe(10 + line);
    expect(seen.firstRow('b', 1, 600)).toBeUndefined();
  });
});
