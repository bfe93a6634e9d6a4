// Property test of the target sheet ([TGT-2]): on random trees with random figures, the exported sheet imports
// back to the same tree; random edits of leaf months (parents and totals recalculated as the sheet's formulas
// do) import exactly — every typed leaf kept, every parent the sum of its children — and any subtree's sheet
// works the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTargetSheet, type ParsedTargetSheet } from './apply-target-sheet.ts';
import { buildTargetTree } from './build-target-tree.ts';
import { rollUp, validateTree } from './decompose-target-tree.ts';
import { targetSheet } from './target-sheet.ts';
import { fixtureNode, NO_HISTORY } from './target-tree-fixtures.ts';
import type { TargetMetric } from './target-types.ts';

type Shape = Shape[];
const shape = (depth: number): fc.Arbitrary<Shape> =>
  depth === 0 ? fc.constant([]) : fc.array(shape(depth - 1), { maxLength: 4 });
const METRICS: TargetMetric[] = ['revenue', 'visits'];

describe('[TGT-2] property: sheet round trips are exact', () => {
  it('export → edit leaves → recalculate → import', () => {
    fc.assert(
      fc.property(
        shape(3),
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 10 }),
        fc.array(
          fc.record({
            row: fc.nat(),
            month: fc.integer({ min: 0, max: 11 }),
            fen: fc.integer({ min: 0, max: 99_999_999 }),
          }),
          {
            maxLength: 10,
          },
        ),
        fc.nat(),
        (root, seeds, edits, subtreePick) => {
          const nodes = [fixtureNode({ key: 'r', parentKey: null })];
          const visit = (s: Shape, key: string) =>
            s.forEach((kid, i) => {
              nodes.push(fixtureNode({ key: `${key}/${i}`, parentKey: key }));
              visit(kid, `${key}/${i}`);
            });
          visit(root, 'r');
          let n = 0;
          const leaves = new Set(
            nodes.filter((x) => !nodes.some((y) => y.parentKey === x.key)).map((x) => x.key),
          );
          const rolled = rollUp(
            buildTargetTree({
              metrics: METRICS,
              nodes,
              cell: (key, metric) => {
                if (!leaves.has(key)) return undefined;
                n += 1;
                const base = seeds[n % seeds.length] ?? 0;
                const months = Array.from({ length: 12 }, (_, m) =>
                  metric === 'visits' ? (base + m) % 50 : base + m,
                );
                return { months, lockedMonths: Array(12).fill(false), totalLocked: false };
              },
            }),
          );
          if (!rolled.ok) throw new Error('rolls up');
          const tree = rolled.tree;
          const rootKey = nodes[subtreePick % nodes.length]?.key ?? 'r';
          const sheet = targetSheet(tree, rootKey);
          // Figures in fen / counts per row and column, edited, then parents and totals summed like the formulas.
          const fen = sheet.rows.map((row) =>
            row.values.map((v, c) => {
              const column = sheet.columns[c];
              return typeof v === 'number' && column?.metric === 'revenue' && column.kind !== 'depth'
                ? Math.round(v * 100)
                : v;
            }),
          );
          const typed = new Map<string, number>();
          for (const e of edits) {
            const r = e.row % sheet.rows.length;
            const row = sheet.rows[r];
            if (!row || row.sums.some((s) => s && 'rows' in s)) continue; // leaves only
            const col = 3 + e.month; // revenue month
            (fen[r] as unknown[])[col] = e.fen;
            typed.set(`${row.nodeKey}|${e.month}`, e.fen);
          }
          for (let r = sheet.rows.length - 1; r >= 0; r--) {
            sheet.rows[r]?.sums.forEach((s, c) => {
              if (s && 'rows' in s)
                (fen[r] as unknown[])[c] = s.rows.reduce((a, i) => a + Number(fen[i]?.[c]), 0);
            });
            sheet.rows[r]?.sums.forEach((s, c) => {
              if (s && 'columns' in s)
                (fen[r] as unknown[])[c] = s.columns.reduce((a, i) => a + Number(fen[r]?.[i]), 0);
            });
          }
          const parsed: ParsedTargetSheet = {
            headers: sheet.columns.map((c) => c.header),
            rows: fen.map((values, r) => ({
              row: r + 2,
              values: values.map((v, c) => {
                const column = sheet.columns[c];
                return typeof v === 'number' && column?.metric === 'revenue' && column.kind !== 'depth'
                  ? v / 100
                  : v;
              }),
            })),
          };
          const result = applyTargetSheet(tree, parsed, NO_HISTORY, rootKey);
          if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
          expect(validateTree(result.tree)).toEqual([]);
          for (const [id, value] of typed) {
            const [key, month] = id.split('|') as [string, string];
            expect(result.tree.cells.get(key)?.get('revenue')?.months[Number(month)]).toBe(value);
          }
          if (typed.size === 0) expect(result.changedCells).toBe(0);
          for (const key of tree.nodes.keys()) {
            expect(result.tree.cells.get(key)?.get('visits')).toEqual(tree.cells.get(key)?.get('visits'));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
