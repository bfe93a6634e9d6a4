// `npm test`: every tier. Rule, service and route tests on PGlite; again on PostgreSQL when
// TEST_DATABASE_URL is set; then the end-to-end flows in Chromium. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'test-results');
mkdirSync(outDir, { recursive: true });
let passed = 0;
let failed = 0;
let ok = true;

function vitest(label, env) {
  const file = join(outDir, `vitest-${label}.json`);
  console.log(`\n▶ unit, service and route tests on ${label}`);
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    },
  );
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numFailedTestSuites ?? 0) - countSuiteFailuresWithTests(report);
  } catch {
    failed += 1;
  }
  if (run.status !== 0) ok = false;
}

/** Suites that failed only because a test failed are already counted by numFailedTests. */
function countSuiteFailuresWithTests(report) {
  return (report.testResults ?? []).filter(
    (r) => r.status === 'failed' && r.assertionResults?.some((a) => a.status === 'failed'),
  ).length;
}

const e2eOnly = process.argv.includes('--e2e-only');
if (!e2eOnly) {
  vitest('pglite', { TEST_DATABASE_URL: '' });
  if (process.env.TEST_DATABASE_URL) vitest('postgres', {});
  else console.log('\n(TEST_DATABASE_URL not set: skipping the PostgreSQL pass)');
}

if (process.env.SKIP_E2E !== 'true') {
  console.log('\n▶ end-to-end tests in Chromium');
  const e2eDir = join(root, 'test/e2e');
  const flows = readdirSync(e2eDir)
    .filter((f) => f.endsWith('.e2e.ts'))
    .sort();
  for (const flow of flows) {
    const run = spawnSync('npx', ['tsx', join(e2eDir, flow)], {
      cwd: root,
      encoding: 'utf8',
      env: process.env,
    });
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    const m = /(\d+) passed, (\d+) failed/.exec(run.stdout);
    if (m) {
      passed += Number(m[1]);
      failed += Number(m[2]);
    } else failed += 1;
    if (run.status !== 0) ok = false;
  }
}

if (!ok && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
