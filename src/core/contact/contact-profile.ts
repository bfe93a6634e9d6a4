// [ACC-4] customer profile: the three blocks of seed 001 (personal, interpersonal, work), their completeness
// and staleness. The suggested keys are what the UI offers; extra keys count as filled answers too.

/** personal: family, hobbies, social style, habits (seed 001 客户档案 个人信息). */
export const PERSONAL_KEYS = ['family', 'hobbies', 'socialStyle', 'habits'] as const;
/** interpersonal: colleagues, friends, suppliers (人际关系). */
export const INTERPERSONAL_KEYS = ['colleagues', 'friends', 'suppliers'] as const;
/** work: duties, results, goals, working style, potential (工作信息). */
export const WORK_KEYS = ['duties', 'results', 'goals', 'workingStyle', 'potential'] as const;

/** A contact not verified for this many days is stale. */
export const STALE_AFTER_DAYS = 180;

/** Percent (0–100, rounded down) of the suggested profile fields that hold text. */
export function profileCompleteness(blocks: {
  profilePersonal: Record<string, string>;
  profileInterpersonal: Record<string, string>;
  profileWork: Record<string, string>;
}): number {
  const checks: Array<[Record<string, string>, readonly string[]]> = [
    [blocks.profilePersonal, PERSONAL_KEYS],
    [blocks.profileInterpersonal, INTERPERSONAL_KEYS],
    [blocks.profileWork, WORK_KEYS],
  ];
  let total = 0;
  let filled = 0;
  for (const [block, keys] of checks) {
    for (const key of keys) {
      total += 1;
      if ((block[key] ?? '').trim() !== '') filled += 1;
    }
  }
  return Math.floor((filled * 100) / total);
}

/** Stale when never verified or verified more than STALE_AFTER_DAYS days before today (dates 'YYYY-MM-DD'). */
export function isStale(lastVerifiedOn: string | null, today: string): boolean {
  if (!lastVerifiedOn) return true;
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${lastVerifiedOn}T00:00:00Z`)) / 86_400_000;
  return days > STALE_AFTER_DAYS;
}

/** The date before which a verification is stale, for SQL filters. */
export function staleCutoff(today: string): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - STALE_AFTER_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
}
