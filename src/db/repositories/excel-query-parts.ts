// Pieces shared by the Excel repository's lookups, bulk inserts and export queries.

/** Values per IN list, and rows per multi-row insert (PostgreSQL allows 65,535 parameters a statement). */
export const LOOKUP_CHUNK = 5000;
export const INSERT_CHUNK = 1000;

/** Splits a list for IN lists and multi-row inserts. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Account columns selected as AccountFields (without the parent, which lookups join by code). */
export const accountFieldColumns = [
  'a.code',
  'a.name',
  'a.type',
  'a.owner_user_id as ownerId',
  'a.region_unit_id as regionId',
  'a.industry',
  'a.province',
  'a.city',
  'a.address',
  'a.phone',
  'a.website',
  'a.notes',
] as const;
