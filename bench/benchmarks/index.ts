// Every benchmark `npm run bench` knows, in the order a full run measures them. To add one: write
// bench/benchmarks/<name>.ts exporting a Benchmark (see bench/lib/benchmark.ts) and list it here.
import type { Benchmark } from '../lib/benchmark.ts';
import { apiAccountList } from './api-account-list.ts';
import { orderLineImport } from './order-line-import.ts';
import { reclassifyAccounts } from './reclassify-accounts.ts';
import { targetAttainment } from './target-attainment.ts';

export const BENCHMARKS: readonly Benchmark[] = [
  apiAccountList,
  reclassifyAccounts,
  orderLineImport,
  targetAttainment,
];
