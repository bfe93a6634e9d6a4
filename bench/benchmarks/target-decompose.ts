// The decomposition engine and the target sheet in memory ([TGT-2], [TGT-3]): a plan tree of --scale customers
// under 20 regions × 10 reps (history share by region, seasonality), four money metrics and two process metrics,
// history for every node. Timed: the company total split top-down to every customer and month (setTotal), one
// customer month typed (setMonth: the path rolls up), every method re-applied to every metric (redistribute
// 'all'), and the sheet round trip of one region (model → .xlsx → read → applyTargetSheet). Each operation
// runs a few times and the median counts. Goals: setTotal < 1 s and setMonth < 100 ms at 10,000 customers, one
// region's sheet round trip < 5 s. Then the issue's own shape (issue 5): 1,000 customers × 10 product lines ×
// 12 months × 4 money metrics, every metric split from the company down to every product line of every
// customer and checked exact (validateTree): the whole decomposition < 1 s. No database: the engine is pure.
import { applyTargetSheet } from '../../src/core/target/apply-target-sheet.ts';
import { buildTargetTree } from '../../src/core/target/build-target-tree.ts';
import {
  redistribute,
  setMonth,
  setTotal,
  validateTree,
} from '../../src/core/target/decompose-target-tree.ts';
import { targetSheet } from '../../src/core/target/target-sheet.ts';
import type {
  DecomposeHistory,
  TargetTree,
  TreeNode,
  TreeResult,
} from '../../src/core/target/target-tree.ts';
import type { TargetMetric } from '../../src/core/target/target-types.ts';
import { readTargetWorkbook, writeTargetWorkbook } from '../../src/excel/target-workbook.ts';
import type { BenchContext, Benchmark, BenchOutcome } from '../lib/benchmark.ts';
import { figure } from '../lib/benchmark.ts';

const REGIONS = 20;
const REPS_PER_REGION = 10;
const RUNS = 5;
const METRICS: TargetMetric[] = [
  'revenue',
  'collections',
  'gross_profit',
  'expense',
  'visits',
  'new_accounts',
];

export const targetDecompose: Benchmark = {
  name: 'target-decompose',
  description:
    'decomposition engine in memory: company total to every customer and month, one month typed, all methods re-applied; one region as a sheet round trip',
  defaultScale: 10_000,
  scaleUnit: 'customers',
  run,
};

const ISSUE_CUSTOMERS = 1_000;
const ISSUE_PRODUCT_LINES = 10;
const MONEY_METRICS: TargetMetric[] = ['revenue', 'collections', 'gross_profit', 'expense'];

function node(
  key: string,
  parentKey: string | null,
  split: TreeNode['splitMethod'],
  dimension: TreeNode['dimension'] = parentKey === null ? 'company' : 'customer',
): TreeNode {
  return {
    key,
    parentKey,
    dimension,
    refId: null,
    refKey: null,
    label: key,
    accountType: 'key_account',
    splitMethod: split,
    timeMethod: 'seasonality',
    params: {},
  };
}

/** A deterministic history: totals and monthly shapes from the key, so every node has some. */
function history(): DecomposeHistory {
  const hash = (key: string) => [...key].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_003, 7);
  return {
    total: (key) => 1_000 + (hash(key) % 100_000),
    monthly: (key) => Array.from({ length: 12 }, (_, m) => 100 + ((hash(key) + m * 17) % 200)),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timed(fn: () => TreeResult): { ms: number; tree: TargetTree } {
  const times: number[] = [];
  let tree: TargetTree | undefined;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = fn();
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(`engine refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
    tree = result.tree;
  }
  return { ms: median(times), tree: tree as TargetTree };
}

async function run(ctx: BenchContext): Promise<BenchOutcome> {
  // The issue's own shape first, on a fresh heap (the big tree below would otherwise be collected inside it).
  const full = decomposeIssueShape(history());
  ctx.log(
    `Issue shape: ${full.nodes.toLocaleString('en-US')} nodes (${ISSUE_CUSTOMERS} customers × ${ISSUE_PRODUCT_LINES} product lines), 4 metrics split in ${Math.round(full.ms)} ms, exact`,
  );

  const perRep = Math.max(1, Math.ceil(ctx.scale / (REGIONS * REPS_PER_REGION)));
  const nodes: TreeNode[] = [node('company', null, 'even')];
  let customers = 0;
  for (let r = 0; r < REGIONS; r++) {
    nodes.push(node(`r${r}`, 'company', 'history_share'));
    for (let p = 0; p < REPS_PER_REGION; p++) {
      nodes.push(node(`r${r}/p${p}`, `r${r}`, 'history_share'));
      for (let c = 0; c < perRep && customers < ctx.scale; c++, customers++) {
        nodes.push(node(`r${r}/p${p}/c${c}`, `r${r}/p${p}`, 'even'));
      }
    }
  }
  ctx.log(
    `Tree: ${nodes.length.toLocaleString('en-US')} nodes (${customers.toLocaleString('en-US')} customers), ${METRICS.length} metrics`,
  );
  const hist = history();
  const empty = buildTargetTree({ metrics: METRICS, nodes });

  const split = timed(() => setTotal(empty, 'company', 'revenue', 1_234_567_890_12, hist));
  let tree = split.tree;
  for (const metric of METRICS.slice(1)) {
    const result = setTotal(tree, 'company', metric, metric === 'visits' ? 120_000 : 98_765_432_10, hist);
    if (!result.ok) throw new Error('engine refused a metric');
    tree = result.tree;
  }
  if (validateTree(tree).length > 0) throw new Error('the split tree is not consistent');
  const planned = tree;
  const typed = timed(() => setMonth(planned, 'r3/p4/c0', 'revenue', 6, 7_777_777, hist));
  const reapplied = timed(() => redistribute(planned, 'company', 'all', hist));

  const regionKeys = nodes.filter((n) => n.key === 'r0' || n.key.startsWith('r0/')).length;
  const sheetTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const file = await writeTargetWorkbook(targetSheet(planned, 'r0'), 'bench');
    const parsed = await readTargetWorkbook(file);
    const applied = applyTargetSheet(planned, parsed, hist, 'r0');
    sheetTimes.push(performance.now() - start);
    if (!applied.ok || applied.changedCells !== 0)
      throw new Error('the unchanged sheet did not apply cleanly');
  }

  const at = `${customers.toLocaleString('en-US')} customers`;
  return {
    figures: [
      figure(`setTotal company → every customer, ${at}`, 'median', Math.round(split.ms), 'ms', {
        op: '<',
        threshold: 1_000,
      }),
      figure(`setMonth one customer, ${at}`, 'median', Math.round(typed.ms), 'ms', {
        op: '<',
        threshold: 100,
      }),
      figure(`redistribute all ${METRICS.length} metrics, ${at}`, 'median', Math.round(reapplied.ms), 'ms'),
      figure(
        `sheet round trip of one region (${regionKeys} rows)`,
        'median',
        Math.round(median(sheetTimes)),
        'ms',
        {
          op: '<',
          threshold: 5_000,
        },
      ),
      figure(
        `full tree ${ISSUE_CUSTOMERS.toLocaleString('en-US')} customers × ${ISSUE_PRODUCT_LINES} product lines × 12 months × 4 metrics`,
        'median, all 4 metrics',
        Math.round(full.ms),
        'ms',
        { op: '<', threshold: 1_000 },
      ),
    ],
    details: {
      nodes: nodes.length,
      customers,
      metrics: METRICS,
      regionRows: regionKeys,
      runs: RUNS,
      issueShape: { nodes: full.nodes, customers: ISSUE_CUSTOMERS, productLines: ISSUE_PRODUCT_LINES },
    },
  };
}

/**
 * Issue 5's benchmark shape: company → 20 regions → 10 reps → 5 customers each (1,000) → 10 product lines each,
 * every money metric split from the company total to every leaf and month, then checked exact. Returns the median
 * time of the whole decomposition (all four metrics) and the node count.
 */
export function decomposeIssueShape(hist: DecomposeHistory): { ms: number; nodes: number } {
  const perRep = ISSUE_CUSTOMERS / (REGIONS * REPS_PER_REGION);
  const nodes: TreeNode[] = [node('company', null, 'history_share')];
  for (let r = 0; r < REGIONS; r++) {
    nodes.push(node(`r${r}`, 'company', 'history_share', 'org_unit'));
    for (let p = 0; p < REPS_PER_REGION; p++) {
      nodes.push(node(`r${r}/p${p}`, `r${r}`, 'history_share', 'rep'));
      for (let c = 0; c < perRep; c++) {
        nodes.push(node(`r${r}/p${p}/c${c}`, `r${r}/p${p}`, 'history_share'));
        for (let l = 0; l < ISSUE_PRODUCT_LINES; l++)
          nodes.push(node(`r${r}/p${p}/c${c}/l${l}`, `r${r}/p${p}/c${c}`, 'even', 'product_line'));
      }
    }
  }
  const empty = buildTargetTree({ metrics: MONEY_METRICS, nodes });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    let tree = empty;
    for (const [m, metric] of MONEY_METRICS.entries()) {
      const result = setTotal(tree, 'company', metric, 500_000_000_00 + m * 1_234_567_89, hist);
      if (!result.ok) throw new Error(`engine refused ${metric}`);
      tree = result.tree;
    }
    times.push(performance.now() - start);
    if (validateTree(tree).length > 0) throw new Error('the issue-shape tree is not exact');
  }
  return { ms: median(times), nodes: nodes.length };
}
