// What people decide about an account's classification: its assessment (capacity Y, VIP, portfolio and
// KAM answers, … — [SEG-1]…[SEG-7] inputs) and overrides of a model's value with a reason ("both may be
// overridden with a reason", [SEG-1]). Each write is audited in the same transaction, and the account is
// recomputed for this month at once; ended overrides stay as history.
import type { Actor } from '../org/actor.ts';
import { type ErrorDetail, notFound, validationError } from '../shared/errors.ts';
import type { Repositories, Transaction, WriteContext } from '../shared/repositories.ts';
import { checkAssessmentInput } from './assessment-input.ts';
import type { ClassificationRunner, ClassificationView } from './classification-runner.ts';
import {
  ACCOUNT_MODEL_KEYS,
  type AccountModelKey,
  isModelValue,
  MODEL_VALUES,
} from './segmentation-types.ts';

export interface AccountAssessmentServiceDeps {
  repos: Repositories;
  transaction: Transaction;
  runner: ClassificationRunner;
}

export function createAccountAssessmentService({ repos, transaction, runner }: AccountAssessmentServiceDeps) {
  async function stored(accountId: number) {
    return (
      (await repos.segmentation.findAssessment(accountId)) ?? {
        accountId,
        assessment: {},
        updatedAt: null,
        updatedBy: null,
      }
    );
  }

  async function recomputed(accountId: number): Promise<ClassificationView> {
    const period = runner.currentPeriod();
    await runner.computeAccount(accountId, period);
    return runner.view(accountId, period);
  }

  return {
    /** The assessment of a visible account (empty when nobody assessed it yet). */
    async assessment(actor: Actor, accountId: number) {
      await runner.mustSee(actor, accountId);
      return stored(accountId);
    },

    /** Replaces the assessment (writers, visible accounts), audited; the account is recomputed at once. */
    async saveAssessment(actor: Actor, accountId: number, input: unknown, ctx: WriteContext) {
      await runner.mustWriteAccount(actor, accountId);
      const checked = checkAssessmentInput(input);
      if (!checked.ok) throw validationError(checked.errors);
      await transaction(async (r) => {
        const before = await r.segmentation.findAssessment(accountId);
        const after = keepValueInputs(before?.assessment, checked.assessment);
        await r.segmentation.saveAssessment(accountId, after, actor.userId);
        await r.audit.record({
          userId: actor.userId,
          action: 'update_assessment',
          entity: 'account',
          entityId: String(accountId),
          before: before?.assessment ?? null,
          after,
          requestId: ctx.requestId,
        });
      });
      await runner.computeAccount(accountId, runner.currentPeriod());
      return stored(accountId);
    },

    /** Sets a model's value by hand with a reason (kept in history, audited); recomputes the account. */
    async setOverride(
      actor: Actor,
      accountId: number,
      input: { model: AccountModelKey; value: string; reason: string },
      ctx: WriteContext,
    ): Promise<ClassificationView> {
      await runner.mustWriteAccount(actor, accountId);
      const reason = input.reason.trim();
      const problems: ErrorDetail[] = [];
      if (!ACCOUNT_MODEL_KEYS.includes(input.model))
        problems.push({
          path: 'model',
          message: 'field.invalid_enum',
          params: { value: input.model, options: ACCOUNT_MODEL_KEYS.join(' / ') },
        });
      else if (!isModelValue(input.model, input.value))
        problems.push({
          path: 'value',
          message: 'field.invalid_enum',
          params: { value: input.value, options: MODEL_VALUES[input.model].join(' / ') },
        });
      if (reason === '') problems.push({ path: 'reason', message: 'field.required' });
      if (problems.length) throw validationError(problems);
      await transaction(async (r) => {
        const ended = await r.segmentation.replaceOverride({
          accountId,
          model: input.model,
          value: input.value,
          reason,
          userId: actor.userId,
        });
        await r.audit.record({
          userId: actor.userId,
          action: 'override_classification',
          entity: 'account',
          entityId: String(accountId),
          before: ended ? { model: ended.model, value: ended.value, reason: ended.reason } : null,
          after: { model: input.model, value: input.value, reason },
          requestId: ctx.requestId,
        });
      });
      return recomputed(accountId);
    },

    /** Ends the active override of a model (it stays in history), audited; recomputes the account. */
    async removeOverride(
      actor: Actor,
      accountId: number,
      model: AccountModelKey,
      ctx: WriteContext,
    ): Promise<ClassificationView> {
      await runner.mustWriteAccount(actor, accountId);
      await transaction(async (r) => {
        const ended = await r.segmentation.removeOverride(accountId, model, actor.userId);
        if (!ended) throw notFound('entity.override');
        await r.audit.record({
          userId: actor.userId,
          action: 'remove_override',
          entity: 'account',
          entityId: String(accountId),
          before: { model: ended.model, value: ended.value, reason: ended.reason },
          after: null,
          requestId: ctx.requestId,
        });
      });
      return recomputed(accountId);
    },
  };
}

export type AccountAssessmentService = ReturnType<typeof createAccountAssessmentService>;

/** Keys of the assessment that the account-value endpoints own (PUT /accounts/{id}/cost-drivers). */
const VALUE_KEYS = ['costDrivers', 'customerCategorySpendFen'] as const;

/**
 * The assessment form replaces the assessment, but an input that leaves out the cost-to-serve drivers or the
 * customer's category spend keeps the stored ones, so saving the form never wipes what the value tab entered.
 */
export function keepValueInputs(
  stored: Record<string, unknown> | undefined,
  input: Record<string, unknown>,
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of VALUE_KEYS) if (!(key in input) && stored && key in stored) kept[key] = stored[key];
  return { ...kept, ...input };
}
