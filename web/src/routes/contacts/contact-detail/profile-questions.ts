// [ACC-4] which questions each profile block shows: the active questions of the company's questionnaire
// (GET /api/profile-questions) in their order, or the suggested keys when the questionnaire is unavailable.
import type { TFunction } from 'i18next';
import type { ProfileBlock, ProfileQuestionT } from '../../../api/value.ts';
import { PROFILE_BLOCKS, type ProfileBlockName } from './profile-blocks.ts';

export interface BlockQuestion {
  key: string;
  label: string;
}

/** The questionnaire's block name of a contact's profile field. */
export const QUESTION_BLOCK: Record<ProfileBlockName, ProfileBlock> = {
  profilePersonal: 'personal',
  profileInterpersonal: 'interpersonal',
  profileWork: 'work',
};

export function blockQuestions(
  block: ProfileBlockName,
  questions: readonly ProfileQuestionT[] | undefined,
  t: TFunction,
  lang: string,
): BlockQuestion[] {
  const active = (questions ?? []).filter(
    (question) => question.active && question.block === QUESTION_BLOCK[block],
  );
  if (questions && active.length > 0) {
    return [...active]
      .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
      .map((question) => ({ key: question.key, label: lang === 'en' ? question.textEn : question.textZh }));
  }
  return PROFILE_BLOCKS[block].map((key) => ({ key, label: t(`contact.profileKey.${key}`) }));
}

/** Label of a stored answer whose question is no longer active (or was never one): its old text or the key. */
export function retiredLabel(
  key: string,
  questions: readonly ProfileQuestionT[] | undefined,
  lang: string,
): string {
  const question = questions?.find((candidate) => candidate.key === key);
  if (!question) return key;
  return lang === 'en' ? question.textEn : question.textZh;
}
