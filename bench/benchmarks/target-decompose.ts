// The decomposition engine and the target sheet in memory ([TGT-2], [TGT-3]): a plan tree of --scale customers
// under 20 regions × 10 reps (history share by region, seasonality), four money metrics and two process metrics,
// history for every node. Timed: the company total split top-down to every customer and month (setTotal), one
// customer month typed (setMonth: the path rolls up), every method re-applied to every metric (redistribute
// 'all'), and the sheet round trip of one region (model → .xlsx → read → applyTargetSheet). Each operation
// runs a few times and the median counts. Goals: setTotal < 1 s and setMonth < 100 ms at 10,000 customers, one
// region's sheet round trip < 5 s. No database: the engine is pure.
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

function node(key: string, parentKey: string | null, split: TreeNode['splitMethod']): TreeNode {
  return {
    key,
    parentKey,
    dimension: parentKey === null ? 'company' : 'customer',
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
    ],
    details: { nodes: nodes.length, customers, metrics: METRICS, regionRows: regionKeys, runs: RUNS },
  };
}
