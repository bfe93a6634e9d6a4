// Service tier: classification use cases on a real database with facts in account_month_fact — the
// recompute job and its row, assessments and overrides that recompute at once, config save and preview,
// history per month, and writes that leave nothing half-saved.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedFixture } from '../../../test/fixtures.ts';
import { insertSegmentationFacts } from '../../../test/segmentation-facts.ts';
import { fixedClock } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { createServices, type Services } from '../../create-services.ts';
import { createClassificationSourceRepository } from '../../db/repositories/classification-source-repository.ts';
import { createRepositories } from '../../db/repositories/create-repositories.ts';
import type { Actor } from '../org/actor.ts';
import { toActor } from '../org/org-repository.ts';
import { DomainError } from '../shared/errors.ts';
import { classifyInBatches, configInForce, populationStats } from './classification-job.ts';
import { DEFAULT_SEGMENTATION_CONFIG } from './segmentation-config-defaults.ts';

let db: TestDatabase;
let fx: Fixture;
let services: Services;
const actors: Record<string, Actor> = {};
const ctx = { requestId: 'test' };
const PERIOD = '2026-11-01';

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedFixture(db);
  await insertSegmentationFacts(db, fx);
  services = createServices(db, { clock: fixedClock() });
  const users = createRepositories(db.db).users;
  for (const name of ['admin', 'director', 'manager_east', 'rep_east', 'rep_west', 'finance'])
    actors[name] = toActor((await users.findByUsername(name))!);
});
afterAll(async () => {
  await services.classification.idle();
  await db.dispose();
});

const count = async (
  table: 'account_classification' | 'audit_log' | 'segmentation_config' | 'classification_override',
) =>
  Number(
    (
      await db.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const storedValue = async (accountId: number, model: string, period = PERIOD) =>
  await db.db
    .selectFrom('account_classification')
    .select(['value', 'computed_value'])
    .where('account_id', '=', accountId)
    .where('period', '=', period)
    .where('model', '=', model)
    .executeTakeFirst();

const storedScore = async (accountId: number, model: string) =>
  (
    await db.db
      .selectFrom('account_classification')
      .select('score')
      .where('account_id', '=', accountId)
      .where('period', '=', PERIOD)
      .where('model', '=', model)
      .executeTakeFirst()
  )?.score;

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('recompute all', () => {
  it('only admins and directors may start it', async () => {
    for (const name of ['manager_east', 'rep_east', 'finance'])
      expect(
        (await rejection(services.classification.recomputeAll(actors[name]!, undefined, ctx))).code,
      ).toBe('forbidden');
  });

  it('runs as a job: a second request answers the running job; the row ends done with every account', async () => {
    const first = await services.classification.recomputeAll(actors.admin!, undefined, ctx);
    const second = await services.classification.recomputeAll(actors.director!, undefined, ctx);
    expect(second.id).toBe(first.id);
    await services.classification.idle();
    const job = await services.classification.job(actors.rep_east!, first.id);
    expect(job).toMatchObject({ status: 'done', total: 5, done: 5, error: null });
    expect(job.finishedAt).not.toBeNull();
    expect(await count('account_classification')).toBe(5 * 9);
    expect((await storedValue(fx.accounts.eastGroup, 'pareto'))?.value).toBe('top');
    expect((await storedValue(fx.accounts.eastOther, 'pareto'))?.value).toBe('rest');
    expect((await services.classification.latestJob(actors.rep_west!)).id).toBe(first.id);
  });

  it('a job whose server died (stale heartbeat) is failed and a new one starts', async () => {
    const stale = await db.db
      .insertInto('background_job')
      .values({
        kind: 'classification.recompute_all',
        status: 'running',
        params: JSON.stringify({ period: PERIOD }),
        started_at: sql<Date>`now() - interval '1 hour'`,
        heartbeat_at: sql<Date>`now() - interval '1 hour'`,
      })
      .returning('background_job_id')
      .executeTakeFirstOrThrow();
    const job = await services.classification.recomputeAll(actors.admin!, undefined, ctx);
    expect(job.id).not.toBe(Number(stale.background_job_id));
    await services.classification.idle();
    expect(await services.classification.job(actors.admin!, Number(stale.background_job_id))).toMatchObject({
      status: 'failed',
      error: 'stale',
    });
    expect((await services.classification.job(actors.admin!, job.id)).status).toBe('done');
  });

  it('pages through accounts with bounded batches (keyset paging covers every account once)', async () => {
    const source = createClassificationSourceRepository(db.db);
    const repos = createRepositories(db.db);
    const { config } = await configInForce(repos.segmentation);
    const stats = await populationStats(source, PERIOD, config);
    const seen: number[] = [];
    const batches: number[] = [];
    const total = await classifyInBatches(
      source,
      { period: PERIOD, config, stats, batchSize: 2 },
      async (b) => {
        batches.push(b.accountIds.length);
        seen.push(...b.results.map((r) => r.accountId));
        expect(b.results.every((r) => r.results.length === 9)).toBe(true);
      },
    );
    expect(total).toBe(5);
    expect(batches).toEqual([2, 2, 1]);
    expect(new Set(seen).size).toBe(5);
  });
});

describe('one account', () => {
  it('recomputes a visible account for writers; hidden accounts are not found, finance may not write', async () => {
    const view = await services.classification.recomputeAccount(
      actors.rep_east!,
      fx.accounts.eastGroup,
      undefined,
    );
    expect(view.period).toBe(PERIOD);
    expect(view.results.map((r) => r.model)).toEqual([
      'purchase_grid',
      'portfolio',
      'clp_tier',
      'lifecycle',
      'relationship_stage',
      'kam_stage',
      'org_relationship',
      'loyalty',
      'pareto',
    ]);
    expect(
      (
        await rejection(
          services.classification.recomputeAccount(actors.rep_west!, fx.accounts.eastGroup, undefined),
        )
      ).code,
    ).toBe('not_found');
    expect(
      (
        await rejection(
          services.classification.recomputeAccount(actors.finance!, fx.accounts.eastGroup, undefined),
        )
      ).code,
    ).toBe('forbidden');
  });

  it('keeps past months: a recompute for August stays beside November in the history', async () => {
    await services.classification.recomputeAccount(actors.admin!, fx.accounts.west, '2026-08-01');
    const history = await services.classification.history(
      actors.rep_west!,
      fx.accounts.west,
      'purchase_grid',
    );
    expect(history.map((h) => h.period)).toEqual(['2026-11-01', '2026-08-01']);
    const august = await services.classification.classification(
      actors.rep_west!,
      fx.accounts.west,
      '2026-08-01',
    );
    expect(august.period).toBe('2026-08-01');
    expect(august.results).toHaveLength(9);
  });
});

describe('one account against the month snapshot', () => {
  it('ranks a recomputed account against the last full run, with its own fresh facts', async () => {
    await services.classification.recomputeAll(actors.admin!, undefined, ctx);
    await services.classification.idle();
    const rank = async (id: number) =>
      (await services.classification.recomputeAccount(actors.admin!, id, undefined)).results.find(
        (r) => r.model === 'pareto',
      )?.score;
    expect(await rank(fx.accounts.eastGroup)).toBe(1);
    // eastOther suddenly buys the most; until the next full run the others are ranked on the snapshot.
    const line = await db.db
      .insertInto('product_line')
      .values({ code: 'PL-SNAP', name: '快照测试', category: 'test' })
      .returning('product_line_id')
      .executeTakeFirstOrThrow();
    await db.db
      .insertInto('account_month_fact')
      .values(
        ['2026-09-01', '2026-10-01'].map((month) => ({
          account_id: fx.accounts.eastOther,
          month,
          product_line_id: line.product_line_id,
          revenue_fen: 500_000_000,
          cost_fen: 100_000_000,
          line_count: 1,
        })),
      )
      .execute();
    expect(await rank(fx.accounts.eastGroup)).toBe(1);
    expect(await rank(fx.accounts.eastOther)).toBe(1);
    await services.classification.recomputeAll(actors.admin!, undefined, ctx);
    await services.classification.idle();
    expect(await storedScore(fx.accounts.eastGroup, 'pareto')).toBe(2);
    await db.db
      .deleteFrom('account_month_fact')
      .where('product_line_id', '=', line.product_line_id)
      .execute();
    await services.classification.recomputeAll(actors.admin!, undefined, ctx);
    await services.classification.idle();
    expect(await storedScore(fx.accounts.eastGroup, 'pareto')).toBe(1);
  });
});

describe('assessment', () => {
  it('a bad assessment names the field and saves nothing', async () => {
    const audits = await count('audit_log');
    const error = await rejection(
      services.accountAssessments.saveAssessment(
        actors.rep_east!,
        fx.accounts.eastSub,
        { capacity: { level: 7 }, influenceScore: 'high', loyalty: { group: 'fan' } },
        ctx,
      ),
    );
    expect(error.code).toBe('validation');
    expect(error.details.map((d) => d.path).sort()).toEqual([
      'capacity.level',
      'influenceScore',
      'loyalty.group',
    ]);
    expect(await count('audit_log')).toBe(audits);
    expect(
      (await services.accountAssessments.assessment(actors.rep_east!, fx.accounts.eastSub)).updatedAt,
    ).toBeNull();
  });

  it('saving capacity 4 moves a small account to class A at once, audited', async () => {
    expect((await storedValue(fx.accounts.eastSub, 'purchase_grid'))?.value).not.toBe('A');
    const audits = await count('audit_log');
    const doc = await services.accountAssessments.saveAssessment(
      actors.rep_east!,
      fx.accounts.eastSub,
      {
        capacity: { level: 4, source: 'assessment' },
        vip: true,
        overrides: { pareto: { value: 'top', reason: 'x' } },
      },
      ctx,
    );
    expect(doc.assessment).toEqual({ capacity: { level: 4, source: 'assessment' }, vip: true });
    expect(doc.updatedBy).toBe('rep_east');
    expect((await storedValue(fx.accounts.eastSub, 'purchase_grid'))?.value).toBe('A');
    expect(await count('audit_log')).toBe(audits + 1);
  });

  it('only writers on visible accounts may save', async () => {
    expect(
      (
        await rejection(
          services.accountAssessments.saveAssessment(actors.finance!, fx.accounts.eastSub, {}, ctx),
        )
      ).code,
    ).toBe('forbidden');
    expect(
      (
        await rejection(
          services.accountAssessments.saveAssessment(actors.rep_west!, fx.accounts.eastSub, {}, ctx),
        )
      ).code,
    ).toBe('not_found');
  });
});

describe('overrides', () => {
  it('need a reason and a value of the model; a refused one saves nothing', async () => {
    const before = [await count('classification_override'), await count('audit_log')];
    const noReason = await rejection(
      services.accountAssessments.setOverride(
        actors.rep_east!,
        fx.accounts.eastGroup,
        { model: 'portfolio', value: 'invest', reason: '  ' },
        ctx,
      ),
    );
    expect(noReason.details).toEqual([{ path: 'reason', message: 'field.required' }]);
    const badValue = await rejection(
      services.accountAssessments.setOverride(
        actors.rep_east!,
        fx.accounts.eastGroup,
        { model: 'portfolio', value: 'A', reason: 'why' },
        ctx,
      ),
    );
    expect(badValue.details[0]?.path).toBe('value');
    expect([await count('classification_override'), await count('audit_log')]).toEqual(before);
  });

  it('replace the value, keep what the rule said, and stay in history when removed', async () => {
    const computed = (await storedValue(fx.accounts.eastGroup, 'clp_tier'))?.value;
    const target = computed === 'strategic' ? 'standard' : 'strategic';
    const view = await services.accountAssessments.setOverride(
      actors.rep_east!,
      fx.accounts.eastGroup,
      { model: 'clp_tier', value: target, reason: '集团战略客户' },
      ctx,
    );
    const clp = view.results.find((r) => r.model === 'clp_tier')!;
    expect(clp).toMatchObject({ value: target, computedValue: computed });
    expect(clp.override).toMatchObject({ value: target, reason: '集团战略客户', createdBy: 'rep_east' });

    // A second override of the same model ends the first one.
    await services.accountAssessments.setOverride(
      actors.manager_east!,
      fx.accounts.eastGroup,
      { model: 'clp_tier', value: 'value', reason: '经理调整' },
      ctx,
    );
    const removed = await services.accountAssessments.removeOverride(
      actors.rep_east!,
      fx.accounts.eastGroup,
      'clp_tier',
      ctx,
    );
    expect(removed.results.find((r) => r.model === 'clp_tier')).toMatchObject({
      value: computed,
      override: null,
    });
    const rows = await db.db
      .selectFrom('classification_override')
      .select(['value', 'reason', 'removed_at'])
      .where('account_id', '=', fx.accounts.eastGroup)
      .orderBy('classification_override_id')
      .execute();
    expect(rows.map((r) => [r.value, r.removed_at !== null])).toEqual([
      [target, true],
      ['value', true],
    ]);
    expect(
      (
        await rejection(
          services.accountAssessments.removeOverride(
            actors.rep_east!,
            fx.accounts.eastGroup,
            'clp_tier',
            ctx,
          ),
        )
      ).code,
    ).toBe('not_found');
  });
});

describe('config', () => {
  const allA = () => {
    const config = structuredClone(DEFAULT_SEGMENTATION_CONFIG) as unknown as Record<string, unknown> & {
      purchaseGrid: { cells: string[][] };
    };
    config.purchaseGrid.cells = config.purchaseGrid.cells.map((row) => row.map(() => 'A'));
    return config;
  };

  it('a refused config names fields under config. and saves nothing', async () => {
    const bad = allA();
    bad.purchaseGrid.cells[3]![4] = 'D';
    const versions = await count('segmentation_config');
    const error = await rejection(services.segmentationConfig.saveConfig(actors.admin!, bad, ctx));
    expect(error.code).toBe('validation');
    expect(error.details.map((d) => d.path)).toContain('config.purchaseGrid.cells.3.4');
    expect(error.details.every((d) => d.path.startsWith('config'))).toBe(true);
    expect(await count('segmentation_config')).toBe(versions);
    expect(
      (await rejection(services.segmentationConfig.saveConfig(actors.manager_east!, allA(), ctx))).code,
    ).toBe('forbidden');
  });

  it('preview counts the changes of visible accounts and writes nothing', async () => {
    const before = await db.db
      .selectFrom('account_classification')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('computed_at').as('at')])
      .executeTakeFirstOrThrow();
    const notA = (
      await db.db
        .selectFrom('account_classification')
        .select('account_id')
        .where('period', '=', PERIOD)
        .where('model', '=', 'purchase_grid')
        .where('value', '<>', 'A')
        .execute()
    ).map((r) => Number(r.account_id));
    const preview = await services.segmentationConfig.previewConfig(actors.admin!, allA());
    expect(preview.totalAccounts).toBe(5);
    const gridChanges = preview.changes.filter((c) => c.model === 'purchase_grid');
    expect(gridChanges.every((c) => c.to === 'A')).toBe(true);
    expect(gridChanges.reduce((s, c) => s + c.count, 0)).toBe(notA.length);

    const repPreview = await services.segmentationConfig.previewConfig(actors.rep_west!, allA());
    expect(repPreview.totalAccounts).toBe(2);

    const after = await db.db
      .selectFrom('account_classification')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('computed_at').as('at')])
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });

  it('saving a config makes a new version, audits it and recomputes every account', async () => {
    const saved = await services.segmentationConfig.saveConfig(actors.director!, allA(), ctx);
    expect(saved.doc).toMatchObject({ version: 1, updatedBy: 'director' });
    await services.classification.idle();
    expect((await services.classification.job(actors.admin!, saved.job.id)).status).toBe('done');
    for (const id of Object.values(fx.accounts))
      expect((await storedValue(id, 'purchase_grid'))?.computed_value).toBe('A');
    const audit = await db.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'segmentation_config')
      .execute();
    expect(audit).toEqual([{ action: 'update', entity_id: '1' }]);
    expect((await services.segmentationConfig.config(actors.rep_east!)).version).toBe(1);
  });
});
