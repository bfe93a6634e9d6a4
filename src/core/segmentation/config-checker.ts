// A small collector of validation details for plain JSON input: each check names the field path
// (`purchaseGrid.cells.3.4`) and a message key, and returns the value when it is valid, else null, so a
// validator can report every problem in one pass instead of stopping at the first.
import type { ErrorDetail } from '../shared/errors.ts';
import { basisOfPct } from './segmentation-math.ts';

export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
  /** At most this many decimals (rates are exact to 0.01). */
  decimals?: number;
  /** The bounds themselves are refused. */
  exclusive?: boolean;
}

/** A percentage read to 0.01. */
export const PERCENT: NumberRule = { min: 0, max: 100, decimals: 2 };
/** A growth rate: −100% (everything lost) up to +1000%. */
export const GROWTH_PERCENT: NumberRule = { min: -100, max: 1000, decimals: 2 };
/** A 0–4 level or decision-maker step. */
export const STEP: NumberRule = { min: 0, max: 4, integer: true };

export type Checker = ReturnType<typeof createChecker>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The checks, writing into `errors`. */
export function createChecker(errors: ErrorDetail[] = []) {
  const add = (path: string, message: string, params?: Record<string, string | number>) => {
    errors.push(params ? { path, message, params } : { path, message });
  };
  const required = (path: string, v: unknown) => {
    if (v === undefined || v === null) {
      add(path, 'field.required');
      return false;
    }
    return true;
  };
  const checker = {
    errors,
    add,
    /** An object with exactly these keys: unknown keys are refused, missing ones are reported by the field checks. */
    object(path: string, v: unknown, keys: readonly string[]): Record<string, unknown> | null {
      if (!required(path, v)) return null;
      if (!isRecord(v)) {
        add(path, 'field.invalid_type', { expected: 'object' });
        return null;
      }
      for (const key of Object.keys(v))
        if (!keys.includes(key)) add(path ? `${path}.${key}` : key, 'field.unknown_key');
      return v;
    },
    array(path: string, v: unknown, rule: { length?: number; minLength?: number } = {}): unknown[] | null {
      if (!required(path, v)) return null;
      if (!Array.isArray(v)) {
        add(path, 'field.invalid_type', { expected: 'array' });
        return null;
      }
      if (rule.length !== undefined && v.length > rule.length) {
        add(path, 'segmentation.config.length', { length: rule.length });
        return null;
      }
      if (rule.minLength !== undefined && v.length < rule.minLength) {
        add(path, 'field.too_small', { minimum: rule.minLength });
        return null;
      }
      return v;
    },
    number(path: string, v: unknown, rule: NumberRule): number | null {
      if (!required(path, v)) return null;
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        add(path, 'field.invalid_type', { expected: 'number' });
        return null;
      }
      if (rule.integer && !Number.isInteger(v)) {
        add(path, 'field.invalid_type', { expected: 'integer' });
        return null;
      }
      if (v < rule.min || (rule.exclusive && v === rule.min)) {
        add(path, rule.exclusive ? 'segmentation.config.above' : 'field.too_small', { minimum: rule.min });
        return null;
      }
      if (v > rule.max || (rule.exclusive && v === rule.max)) {
        add(path, rule.exclusive ? 'segmentation.config.below' : 'field.too_big', { maximum: rule.max });
        return null;
      }
      if (
        rule.decimals !== undefined &&
        Math.abs(v * 10 ** rule.decimals - Math.round(v * 10 ** rule.decimals)) > 1e-6
      ) {
        add(path, 'segmentation.config.decimals', { decimals: rule.decimals });
        return null;
      }
      return v;
    },
    string(path: string, v: unknown, maxLength = 500): string | null {
      if (!required(path, v)) return null;
      if (typeof v !== 'string') {
        add(path, 'field.invalid_type', { expected: 'string' });
        return null;
      }
      if (v.trim() === '') {
        add(path, 'field.required');
        return null;
      }
      if (v.length > maxLength) {
        add(path, 'field.too_long', { maximum: maxLength });
        return null;
      }
      return v;
    },
    /** An identifier people choose (criterion key, questionnaire item id): lower-case letters, digits, _. */
    id(path: string, v: unknown): string | null {
      if (!required(path, v)) return null;
      if (typeof v !== 'string' || !/^[a-z][a-z0-9_]{0,63}$/.test(v)) {
        add(path, 'field.invalid_format', { format: 'a-z 0-9 _' });
        return null;
      }
      return v;
    },
    oneOf<T extends string | number>(path: string, v: unknown, options: readonly T[]): T | null {
      if (!required(path, v)) return null;
      if (!options.includes(v as T)) {
        add(path, 'field.invalid_enum', { value: String(v), options: options.join(' / ') });
        return null;
      }
      return v as T;
    },
    /** A configured text in both UI languages. */
    text(path: string, v: unknown): void {
      const o = checker.object(path, v, ['zh-CN', 'en']);
      if (!o) return;
      checker.string(`${path}.zh-CN`, o['zh-CN']);
      checker.string(`${path}.en`, o.en);
    },
    /** Reports at `path` when all weights are valid and their sum is not exactly 100. */
    sumsTo100(path: string, weights: ReadonlyArray<number | null>): void {
      if (weights.some((w) => w === null)) return;
      const basis = weights.reduce<number>((sum, w) => sum + basisOfPct(w ?? 0), 0);
      if (basis !== 10_000) add(path, 'segmentation.config.weights_sum', { sum: basis / 100 });
    },
    /** Each named value must be above (strict) or not below the one before it. */
    rising(prefix: string, entries: ReadonlyArray<readonly [string, number | null]>, strict: boolean): void {
      for (let i = 1; i < entries.length; i++) {
        const [prevKey, prev] = entries[i - 1]!;
        const [key, value] = entries[i]!;
        if (prev === null || value === null) continue;
        if (strict ? value <= prev : value < prev)
          add(
            `${prefix}${key}`,
            strict ? 'segmentation.config.must_exceed' : 'segmentation.config.must_not_be_below',
            {
              field: `${prefix}${prevKey}`,
              value: prev,
            },
          );
      }
    },
    /** Refuses an id already in `seen`, then remembers it. */
    uniqueId(path: string, id: string | null, seen: Set<string>): void {
      if (id === null) return;
      if (seen.has(id)) add(path, 'segmentation.config.duplicate_id', { id });
      seen.add(id);
    },
  };
  return checker;
}
