// The company's plan settings ([PLAN-5], [PLAN-7], [PLAN-8] — weights and thresholds are data): everybody may
// read the version in force; admins and directors save a new version, validated field by field and audited.
import type { Actor } from '../org/actor.ts';
import { type ErrorDetail, forbidden, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { planConfigInForce } from './plan-access.ts';
import type { PlanConfig } from './plan-config-types.ts';
import { validatePlanConfig } from './plan-config-validator.ts';

export interface PlanConfigServiceDeps {
  repos: Repositories;
  transaction: Transaction;
}

export interface PlanConfigDoc {
  version: number;
  config: PlanConfig;
}

export function createPlanConfigService({ repos, transaction }: PlanConfigServiceDeps) {
  return {
    /** The configuration in force (the default until one is saved). */
    get: (_actor: Actor): Promise<PlanConfigDoc> => planConfigInForce(repos),

    /** Saves a new version (admin, director). */
    async save(actor: Actor, input: unknown, ctx: WriteContext): Promise<PlanConfigDoc> {
      if (actor.role !== 'admin' && actor.role !== 'director') throw forbidden();
      const checked = validatePlanConfig(input);
      if (!checked.ok)
        throw validationError(
          checked.errors.map(
            (e): ErrorDetail => ({ ...e, path: e.path === 'config' ? 'config' : `config.${e.path}` }),
          ),
        );
      return transaction(async (r) => {
        const before = await planConfigInForce(r);
        const version = await r.plans.insertConfig(checked.config, actor.userId);
        await r.audit.record({
          userId: actor.userId,
          action: 'update',
          entity: 'plan_config',
          entityId: String(version),
          before: { version: before.version },
          after: { version, config: checked.config },
          requestId: ctx.requestId,
        });
        return { version, config: checked.config };
      });
    },
  };
}

export type PlanConfigService = ReturnType<typeof createPlanConfigService>;
