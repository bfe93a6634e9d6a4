// Where a click on a segmentation chart leads: the account list of that cell, bar or quadrant
// (/segmentation/accounts), keeping the dashboard's period and region.
import type { ModelKey } from '../../api/segmentation.ts';

export interface DrillTarget {
  model: ModelKey;
  value?: string | undefined;
  /** A cell of the X/Y grid instead of a class. */
  x?: number | undefined;
  y?: number | undefined;
}

export interface DrillScope {
  period?: string | undefined;
  regionId?: number | undefined;
}

export function drillPath(target: DrillTarget, scope: DrillScope): string {
  const params = new URLSearchParams({ model: target.model });
  if (target.value !== undefined) params.set('value', target.value);
  if (target.x !== undefined) params.set('x', String(target.x));
  if (target.y !== undefined) params.set('y', String(target.y));
  if (scope.period) params.set('period', scope.period);
  if (scope.regionId) params.set('regionId', String(scope.regionId));
  return `/segmentation/accounts?${params.toString()}`;
}

/** 'YYYY-MM' from the URL, or undefined (the server then uses the latest computed month). */
export function periodParam(params: URLSearchParams): string | undefined {
  const raw = params.get('period');
  return raw && /^\d{4}-(0[1-9]|1[0-2])$/.test(raw) ? raw : undefined;
}
