// [ACC-4] customer profile: the three blocks of seed 001 (personal, interpersonal, work), their completeness
// and staleness. Completeness counts the answers to the active profile questionnaire (profile_question, keys in
// the blocks); without one it counts the suggested keys below. Other keys in a block are kept but not counted.

/** personal: family, hobbies, social style, habits (seed 001 客户档案 个人信息). */
export const PERSONAL_KEYS = ['family', 'hobbies', 'socialStyle', 'habits'] as const;
/** interpersonal: colleagues, friends, suppliers (人际关系). */
export const INTERPERSONAL_KEYS = ['colleagues', 'friends', 'suppliers'] as const;
/** work: duties, results, goals, working style, potential (工作信息). */
export const WORK_KEYS = ['duties', 'results', 'goals', 'workingStyle', 'potential'] as const;

/** A contact not verified for this many days is stale. */
export const STALE_AFTER_DAYS = 180;

export type ProfileBlockName = 'personal' | 'interpersonal' | 'work';

/** A question of the configurable questionnaire; its answer lives in the block under `key`. */
export interface ProfileQuestionKey {
  block: ProfileBlockName;
  key: string;
}

/** Percent (0–100, rounded down) of the questions that hold text: the active questionnaire's questions when
 * given and not empty, otherwise the suggested keys (the behaviour before the questionnaire existed). */
export function profileCompleteness(
  blocks: {
    profilePersonal: Record<string, string>;
    profileInterpersonal: Record<string, string>;
    profileWork: Record<string, string>;
  },
  questions: readonly ProfileQuestionKey[] = [],
): number {
  const byBlock: Record<ProfileBlockName, Record<string, string>> = {
    personal: blocks.profilePersonal,
    interpersonal: blocks.profileInterpersonal,
    work: blocks.profileWork,
  };
  const asked: readonly ProfileQuestionKey[] = questions.length
    ? questions
    : [
        ...PERSONAL_KEYS.map((key) => ({ block: 'personal' as const, key })),
        ...INTERPERSONAL_KEYS.map((key) => ({ block: 'interpersonal' as const, key })),
        ...WORK_KEYS.map((key) => ({ block: 'work' as const, key })),
      ];
  const filled = asked.filter(({ block, key }) => (byBlock[block][key] ?? '').trim() !== '').length;
  return Math.floor((filled * 100) / asked.length);
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
