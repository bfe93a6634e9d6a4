// A small collector of validation details for plain JSON input: each check names the field path
// (`purchaseGrid.cells.3.4`) and a message key, and returns the value when it is valid, else null, so a
// validator can report every problem in one pass instead of stopping at the first.
import type { ErrorDetail } from '../shared/errors.ts';

export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
  /** At most this many decimals (rates are exact to 0.01). */
  decimals?: number;
  /** The bounds themselves are refused. */
  exclusive?: boolean;
}

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
  return {
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
  };
}
