// Port: the configurable contact profile questionnaire ([ACC-4]). Implemented in
// db/repositories/profile-question-repository.ts.
import type { ProfileBlockName, ProfileQuestionKey } from './contact-profile.ts';

export interface ProfileQuestion {
  id: number;
  block: ProfileBlockName;
  key: string;
  textZh: string;
  textEn: string;
  sortOrder: number;
  active: boolean;
}

export type ProfileQuestionFields = Omit<ProfileQuestion, 'id'>;

export interface ProfileQuestionRepository {
  /** Every question, active or not, in block order (personal, interpersonal, work) then sort order. */
  list(): Promise<ProfileQuestion[]>;
  /** The keys completeness counts. */
  listActive(): Promise<ProfileQuestionKey[]>;
  findById(id: number): Promise<ProfileQuestion | undefined>;
  findIdByKey(key: string): Promise<number | undefined>;
  /** The new id, or undefined when the key is taken. */
  insert(fields: ProfileQuestionFields): Promise<number | undefined>;
  update(id: number, fields: Partial<ProfileQuestionFields>): Promise<void>;
}
