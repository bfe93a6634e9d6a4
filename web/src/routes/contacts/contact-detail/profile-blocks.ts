// [ACC-4] the three profile blocks of a contact and the keys the seeds suggest for each. The API stores
// free key → text maps; keys not listed here (e.g. from an import) are kept and shown as they are.

export const PROFILE_BLOCKS = {
  profilePersonal: ['family', 'hobbies', 'socialStyle', 'habits'],
  profileInterpersonal: ['colleagues', 'friends', 'suppliers'],
  profileWork: ['duties', 'results', 'goals', 'workingStyle', 'potential'],
} as const;

export type ProfileBlockName = keyof typeof PROFILE_BLOCKS;
export type ProfileKey = (typeof PROFILE_BLOCKS)[ProfileBlockName][number];

export const BLOCK_NAMES = Object.keys(PROFILE_BLOCKS) as ProfileBlockName[];
