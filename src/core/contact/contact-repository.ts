// Port: what contact use cases need from storage.
import type { Scope } from '../org/actor.ts';
import type { ContactDetail, ContactFields, ContactListFilter, ContactSummary } from './contact.ts';
import type { ProfileQuestionKey } from './contact-profile.ts';

export interface ContactRepository {
  list(
    scope: Scope,
    filter: ContactListFilter,
    today: string,
  ): Promise<{ items: ContactSummary[]; total: number }>;
  /** Undefined when missing or its account is outside the scope. Completeness counts `questions` (the active
   * questionnaire), or the suggested keys when none is given. */
  findVisible(
    scope: Scope,
    id: number,
    today: string,
    questions?: readonly ProfileQuestionKey[],
  ): Promise<ContactDetail | undefined>;
  findFieldsById(id: number): Promise<(ContactFields & { id: number; status: string }) | undefined>;
  findIdByName(accountId: number, name: string): Promise<number | undefined>;
  /** Ids up the reporting line from the contact, nearest first. */
  managerChain(id: number): Promise<number[]>;
  insert(fields: ContactFields): Promise<number>;
  update(id: number, fields: Partial<ContactFields>): Promise<void>;
  setStatus(id: number, status: 'active' | 'archived'): Promise<void>;
}
