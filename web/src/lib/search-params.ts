// Reading typed values from the URL query string, so list screens survive a reload with their filters.

/** A positive integer, or undefined when missing or malformed. */
export function intParam(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value > 0 ? value : undefined;
}

/** One of the allowed values, or undefined. */
export function enumParam<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const raw = params.get(key);
  return allowed.find((value) => value === raw);
}

export function textParam(params: URLSearchParams, key: string): string | undefined {
  const raw = params.get(key)?.trim();
  return raw ? raw : undefined;
}

/** Returns a copy of `params` with the given keys set (or removed when empty). */
export function withParams(
  params: URLSearchParams,
  changes: Record<string, string | number | undefined | null>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

export const PAGE_SIZES = [20, 50, 100] as const;

/** Page number (1-based) and page size from `page` / `size`. */
export function pagingParams(params: URLSearchParams): { page: number; size: number } {
  const page = intParam(params, 'page') ?? 1;
  const size = intParam(params, 'size');
  return { page, size: size && (PAGE_SIZES as readonly number[]).includes(size) ? size : 20 };
}
