import { describe, expect, it } from 'vitest';
import { VALUE_MESSAGES } from './value-messages.ts';
import {
  CROSS_SELL_PATTERNS,
  crossSellHintKey,
  crossSellLabelKey,
  sortCells,
  validateWhitespace,
  type WhitespaceCell,
  whitespaceTotals,
} from './whitespace-grid.ts';

const cell = (
  division: string,
  productLineId: number,
  over: Partial<WhitespaceCell> = {},
): WhitespaceCell => ({
  division,
  productLineId,
  status: 'potential',
  potentialFen: null,
  currentFen: null,
  competitor: null,
  notes: null,
  ...over,
});
const lines = new Set([1, 2]);
const paths = (divisions: string[], cells: WhitespaceCell[]) =>
  validateWhitespace({ divisions, cells }, lines).map((p) => `${p.path} ${p.message}`);

describe('[VAL-3] whitespace validation names the field', () => {
  it('accepts an empty grid and a full one', () => {
    expect(paths([], [])).toEqual([]);
    expect(
      paths(['采购部', '研发中心'], [cell('采购部', 1), cell('采购部', 2), cell('研发中心', 1)]),
    ).toEqual([]);
  });
  it('refuses a cell whose division is not listed', () => {
    expect(paths(['采购部'], [cell('采购部', 1), cell('工程部', 1)])).toEqual([
      'cells.1.division whitespace.unknown_division',
    ]);
  });
  it('refuses an unknown product line', () => {
    expect(paths(['采购部'], [cell('采购部', 3)])).toEqual([
      'cells.0.productLineId whitespace.unknown_product_line',
    ]);
  });
  it('refuses the same division and product line twice, naming the repeat', () => {
    const problems = validateWhitespace(
      { divisions: ['采购部'], cells: [cell('采购部', 1), cell('采购部', 1)] },
      lines,
    );
    expect(problems).toEqual([
      { path: 'cells.1', message: 'whitespace.duplicate_cell', params: { index: 0 } },
    ]);
  });
  it('refuses a division listed twice', () => {
    expect(paths(['采购部', '采购部'], [])).toEqual(['divisions.1 whitespace.duplicate_division']);
  });
  it('reports every problem at once', () => {
    expect(paths(['A'], [cell('B', 9), cell('B', 9)])).toHaveLength(5);
  });
});

describe('[VAL-3] whitespace totals in fen', () => {
  it.each<[string, WhitespaceCell[], [number, number, number]]>([
    ['empty grid', [], [0, 0, 0]],
    ['nulls count as 0', [cell('A', 1)], [0, 0, 0]],
    [
      'open potential = potential of potential and competitor cells only',
      [
        cell('A', 1, { status: 'potential', potentialFen: 100 }),
        cell('A', 2, { status: 'competitor', potentialFen: 250, competitor: '某竞品' }),
        cell('B', 1, { status: 'current', potentialFen: 400, currentFen: 300 }),
        cell('B', 2, { status: 'won', potentialFen: 50, currentFen: 0 }),
        cell('C', 1, { status: 'none', potentialFen: 7 }),
      ],
      [807, 300, 350],
    ],
  ])('%s', (_name, cells, [potential, current, open]) => {
    expect(whitespaceTotals(cells)).toEqual({
      potentialFen: potential,
      currentFen: current,
      openPotentialFen: open,
    });
  });
});

describe('[VAL-3] cells in grid order', () => {
  it('sorts by division order, then product line order', () => {
    const sorted = sortCells([cell('B', 1), cell('A', 2), cell('A', 1), cell('B', 2)], ['A', 'B'], [2, 1]);
    expect(sorted.map((c) => `${c.division}${c.productLineId}`)).toEqual(['A2', 'A1', 'B2', 'B1']);
  });
});

describe('[VAL-3] the four cross-sell patterns', () => {
  it('each has a label and a hint in both languages', () => {
    expect(CROSS_SELL_PATTERNS).toHaveLength(4);
    for (const p of CROSS_SELL_PATTERNS) {
      expect(VALUE_MESSAGES[crossSellLabelKey(p)]?.['zh-CN']).toBeTruthy();
      expect(VALUE_MESSAGES[crossSellHintKey(p)]?.en).toBeTruthy();
    }
  });
});
