// Names and colours of the segmentation models and their values ([SEG]) in the UI language. The server sends
// labels with results; these cover what it sends without one (previews, settings, filters).
import type { TFunction } from 'i18next';
import { MODEL_VALUES, type ModelKey } from '../../../src/core/segmentation/segmentation-types.ts';
import { hasMessage, translate } from '../../../src/core/shared/messages.ts';
import { currentLang } from '../i18n/i18n.ts';
import { formatYuan } from './money.ts';

/** The account-level models in the order screens list them. */
export const MODELS_IN_ORDER = [
  'purchase_grid',
  'portfolio',
  'clp_tier',
  'lifecycle',
  'relationship_stage',
  'kam_stage',
  'org_relationship',
  'loyalty',
  'pareto',
] as const satisfies readonly ModelKey[];

/** The possible values of a model, highest first (MODEL_VALUES lists them lowest first). */
export function valuesOf(model: ModelKey): readonly string[] {
  return [...MODEL_VALUES[model]].reverse();
}

export function modelLabel(t: TFunction, model: ModelKey): string {
  return t(`segmentation.model.${model}`);
}

/** Value of a model an account had no result for (previews count it as a change from "none"). */
const NO_VALUE = 'none';

/**
 * The label of a model's value, from the catalogue the server labels its answers with (core messages), so a
 * class reads the same in every place; an unknown value is shown as it is.
 */
export function valueLabel(t: TFunction, model: ModelKey, value: string): string {
  if (value === NO_VALUE) return t('segmentation.notComputed');
  const key = `segmentation.value.${model}.${value}`;
  return hasMessage(key) ? translate(key, currentLang()) : value;
}

/** What a result's score means differs per model: a lifetime profit, a rank, a growth rate, a 0–100 score. */
export function scoreText(t: TFunction, model: ModelKey, score: number): string {
  switch (model) {
    case 'clp_tier':
      return t('segmentation.scoreOf.clp_tier', { value: formatYuan(score) });
    case 'pareto':
      return t('segmentation.scoreOf.pareto', { value: score });
    case 'relationship_stage':
      return t('segmentation.scoreOf.relationship_stage', { value: score.toFixed(1) });
    case 'org_relationship':
      return t('segmentation.scoreOf.org_relationship', { value: score });
    case 'portfolio':
      return t('segmentation.scoreOf.portfolio', { value: score.toFixed(1) });
    default:
      return t('segmentation.scoreOf.default', { value: score.toFixed(1) });
  }
}

/** Colours from best to worst, one per rank; charts and tags use them so a class looks the same everywhere. */
const RANK_COLORS = ['#cf1322', '#fa8c16', '#1677ff', '#13a8a8', '#8c8c8c'] as const;
const TAG_COLORS = ['red', 'orange', 'blue', 'cyan', 'default'] as const;

/** Rank of a value within its model: 0 for the best value. */
function rankOf(model: ModelKey, value: string): number {
  const index = valuesOf(model).indexOf(value);
  return index < 0 ? RANK_COLORS.length - 1 : Math.min(index, RANK_COLORS.length - 1);
}

export function valueColor(model: ModelKey, value: string): string {
  return RANK_COLORS[rankOf(model, value)] ?? '#8c8c8c';
}

export function valueTagColor(model: ModelKey, value: string): string {
  return TAG_COLORS[rankOf(model, value)] ?? 'default';
}

/** The X/Y grid classes A, B, C in their colours (the grid editor cycles through them). */
export const GRID_CLASS_COLORS: Record<string, string> = { A: '#cf1322', B: '#fa8c16', C: '#8c8c8c' };

/** A configured text (criteria, questionnaire items, risks) in the UI language. */
export function localText(text: { 'zh-CN': string; en: string } | undefined, lang: string): string {
  if (!text) return '';
  return lang === 'en' ? text.en || text['zh-CN'] : text['zh-CN'] || text.en;
}
