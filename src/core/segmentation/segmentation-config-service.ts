// The company's segmentation configuration ([SEG], DOMAIN.md §3: every matrix, weight and threshold is
// data): read it, save a new version (admin, director; validated, audited, then every account is
// recomputed in the background) and preview a draft — how many visible accounts would change class —
// without writing anything.
import type { JobRecord } from '../job/job-repository.ts';
import type { Actor } from '../org/actor.ts';
import { scopeOf } from '../org/actor.ts';
import { type ErrorDetail, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { classifyInBatches, configInForce, populationStats } from './classification-job.ts';
import type { ClassificationRunner } from './classification-runner.ts';
import type { SegmentationConfig } from './segmentation-config-types.ts';
import { validateSegmentationConfig } from './segmentation-config-validator.ts';
import type { ClassificationSource } from './segmentation-repository.ts';
import { ACCOUNT_MODEL_KEYS, type AccountModelKey } from './segmentation-types.ts';

export interface SegmentationConfigServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  source: ClassificationSource;
  runner: ClassificationRunner;
}

export interface ConfigDoc {
  version: number;
  config: SegmentationConfig;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface ConfigPreview {
  totalAccounts: number;
  changedAccounts: number;
  changes: Array<{ model: AccountModelKey; from: string; to: string; count: number }>;
}

/** The stored value of a model that has no result for the month yet, in preview counts. */
export const NO_VALUE = 'none';

/** The validator's problems with paths under `config.` (the request body's field). */
function checkConfig(input: unknown): SegmentationConfig {
  const checked = validateSegmentationConfig(input);
  if (checked.ok) return checked.config;
  throw validationError(
    checked.errors.map(
      (e): ErrorDetail => ({ ...e, path: e.path === 'config' || !e.path ? 'config' : `config.${e.path}` }),
    ),
  );
}

export function createSegmentationConfigService({
  repos,
  transaction,
  source,
  runner,
}: SegmentationConfigServiceDeps) {
  async function current(): Promise<ConfigDoc> {
    const stored = await repos.segmentation.currentConfig();
    const { config, version } = await configInForce(repos.segmentation);
    return {
      version,
      config,
      updatedAt: version > 0 ? (stored?.createdAt ?? null) : null,
      updatedBy: version > 0 ? (stored?.createdBy ?? null) : null,
    };
  }

  return {
    /** The configuration in force (the default until a company saves its own); everybody may read it. */
    config: (_actor: Actor): Promise<ConfigDoc> => current(),

    /** Saves a new version (admin, director), audited, then recomputes every account in the background. */
    async saveConfig(
      actor: Actor,
      input: unknown,
      ctx: WriteContext,
    ): Promise<{ doc: ConfigDoc; job: JobRecord }> {
      runner.mustManage(actor);
      const config = checkConfig(input);
      await transaction(async (r) => {
        const before = await r.segmentation.currentConfig();
        const version = await r.segmentation.insertConfig(config, actor.userId);
        await r.audit.record({
          userId: actor.userId,
          action: 'update',
          entity: 'segmentation_config',
          entityId: String(version),
          before: before ? { version: before.version } : null,
          after: { version, config },
          requestId: ctx.requestId,
        });
      });
      const { job, created } = await runner.startRecomputeAll(actor.userId, runner.currentPeriod());
      if (created) runner.launch(job);
      return { doc: await current(), job };
    },

    /** How many visible accounts would change class under a draft config this month; writes nothing. */
    async previewConfig(actor: Actor, input: unknown): Promise<ConfigPreview> {
      const config = checkConfig(input);
      const period = runner.currentPeriod();
      const stats = await populationStats(source, period, config);
      const changes = new Map<string, number>();
      let total = 0;
      let changed = 0;
      await classifyInBatches(source, { period, config, stats, scope: scopeOf(actor) }, async (batch) => {
        const stored = new Map<string, string>();
        for (const s of await source.storedValues(batch.accountIds, period))
          stored.set(`${s.accountId}:${s.model}`, s.value);
        for (const account of batch.results) {
          total++;
          let moved = false;
          for (const r of account.results) {
            const from = stored.get(`${account.accountId}:${r.model}`) ?? NO_VALUE;
            if (from === r.value) continue;
            moved = true;
            const key = `${r.model}\u0000${from}\u0000${r.value}`;
            changes.set(key, (changes.get(key) ?? 0) + 1);
          }
          if (moved) changed++;
        }
      });
      return {
        totalAccounts: total,
        changedAccounts: changed,
        changes: [...changes.entries()]
          .map(([key, count]) => {
            const [model, from, to] = key.split('\u0000') as [AccountModelKey, string, string];
            return { model, from, to, count };
          })
          .sort(
            (a, b) =>
              ACCOUNT_MODEL_KEYS.indexOf(a.model) - ACCOUNT_MODEL_KEYS.indexOf(b.model) || b.count - a.count,
          ),
      };
    },
  };
}

export type SegmentationConfigService = ReturnType<typeof createSegmentationConfigService>;
