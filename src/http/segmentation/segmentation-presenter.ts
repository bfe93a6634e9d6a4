// Turns classification data (codes, message keys, 'YYYY-MM-01' periods) into the API's shapes in the
// caller's language: value labels, translated explanations and approaches, 'YYYY-MM' periods.
import type { JobRecord } from '../../core/job/job-repository.ts';
import { apiPeriod } from '../../core/segmentation/classification-period.ts';
import type { ClassificationView, ResultView } from '../../core/segmentation/classification-runner.ts';
import { valueLabel } from '../../core/segmentation/segmentation-math.ts';
import type {
  MovementItem,
  SegmentationDashboard,
} from '../../core/segmentation/segmentation-report-service.ts';
import type { ModelKey } from '../../core/segmentation/segmentation-types.ts';
import { type Lang, translate } from '../../core/shared/messages.ts';
import type {
  AccountClassificationT,
  DashboardT,
  JobT,
  ModelResultT,
  MovementT,
} from './segmentation-schemas.ts';

type ApiModel = ModelResultT['model'];

/** The label of a model's value ('A 类', 'Invest'); an unknown value is shown as it is. */
export function labelOf(model: string, value: string, lang: Lang): string {
  return translate(valueLabel(model as ModelKey, value), lang);
}

/** Explanation params as stored (jsonb): keep the strings and numbers translate() substitutes. */
function params(raw: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(raw))
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  return out;
}

export function toModelResult(r: ResultView, lang: Lang): ModelResultT {
  return {
    model: r.model as ApiModel,
    value: r.value,
    label: labelOf(r.model, r.value, lang),
    score: r.score,
    explanation: translate(r.explanationKey, lang, params(r.explanationParams)),
    inputs: r.inputs,
    overridden: r.override !== null,
    override: r.override
      ? {
          value: r.override.value,
          reason: r.override.reason,
          by: r.override.createdBy ?? '',
          at: r.override.createdAt,
          computedValue: r.override.computedValue,
        }
      : null,
    computedAt: r.computedAt,
  };
}

export function toAccountClassification(view: ClassificationView, lang: Lang): AccountClassificationT {
  return {
    accountId: view.accountId,
    period: apiPeriod(view.period),
    results: view.results.map((r) => toModelResult(r, lang)),
  };
}

export function toJob(job: JobRecord): JobT {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    total: job.total,
    done: job.done,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    error: job.error,
  };
}

export function toMovement(m: MovementItem, lang: Lang): MovementT {
  return {
    accountId: m.accountId,
    accountCode: m.accountCode,
    accountName: m.accountName,
    ownerName: m.ownerName,
    model: m.model as ApiModel,
    from: m.from,
    to: m.to,
    fromLabel: labelOf(m.model, m.from, lang),
    toLabel: labelOf(m.model, m.to, lang),
    direction: m.direction,
    period: apiPeriod(m.period),
  };
}

export function toDashboard(d: SegmentationDashboard, lang: Lang): DashboardT {
  return {
    period: apiPeriod(d.period),
    computedAt: d.computedAt,
    accountCount: d.accountCount,
    grid: d.grid,
    vipCount: d.vipCount,
    portfolio: d.portfolio,
    portfolioCounts: d.portfolioCounts.map((p) => ({ ...p, label: labelOf('portfolio', p.value, lang) })),
    clp: d.clp.map((tier) => ({
      value: tier.value,
      label: labelOf('clp_tier', tier.value, lang),
      count: tier.count,
      revenueFen: tier.revenueFen,
      approach: tier.approach[lang],
    })),
    pareto: d.pareto,
    distributions: d.distributions.map((dist) => ({
      model: dist.model,
      items: dist.items.map((i) => ({ ...i, label: labelOf(dist.model, i.value, lang) })),
    })),
    movements: {
      up: d.movements.up,
      down: d.movements.down,
      items: d.movements.items.map((m) => toMovement(m, lang)),
    },
  };
}
