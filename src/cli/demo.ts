// The demo company at the CLI edge: its one password, the logins worth trying, and the load with today's
// business date. Shared by `kamdesk seed --demo` and by `kamdesk serve` on an empty database.
import { DEMO_LOGINS } from '../core/demo/demo-org.ts';
import { businessDate } from '../core/shared/clock.ts';
import type { Database } from '../db/connect.ts';
import { loadDemoValue } from '../db/demo/demo-value.ts';
import { type DemoLoadSummary, type LoadDemoOptions, loadDemoCompany } from '../db/demo/load-demo-company.ts';

/** Every demo user's password; printed with the logins, documented in the README. */
export const DEMO_PASSWORD = 'kamdesk';

/** Loads the demo company with order history up to the month before `now` (China business date). */
export async function loadDemo(
  database: Database,
  now: Date,
  options: Omit<LoadDemoOptions, 'today' | 'password'> = {},
): Promise<DemoLoadSummary> {
  const today = businessDate(now);
  const summary = await loadDemoCompany(database, { ...options, today, password: DEMO_PASSWORD });
  await loadDemoValue(database, today);
  return summary;
}

/** Prints the demo logins, one per line. */
export function printDemoLogins(log: (line: string) => void): void {
  log(`演示账号 Demo logins — 密码 password: ${DEMO_PASSWORD}`);
  const width = Math.max(...DEMO_LOGINS.map((l) => l.username.length));
  for (const login of DEMO_LOGINS) log(`  ${login.username.padEnd(width)}  ${login.description}`);
}
