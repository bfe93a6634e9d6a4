// Port: what account use cases need from storage. Implemented in db/repositories/account-repository.ts.
import type { Scope } from '../org/actor.ts';
import type { AccountDetail, AccountFields, AccountListFilter, AccountSummary } from './account.ts';
import type { TeamRole } from './account-types.ts';

export interface AccountRepository {
  list(scope: Scope, filter: AccountListFilter): Promise<{ items: AccountSummary[]; total: number }>;
  /** Undefined when missing or outside the scope. */
  findVisible(scope: Scope, id: number): Promise<AccountDetail | undefined>;
  isVisible(scope: Scope, id: number): Promise<boolean>;
  findFieldsById(id: number): Promise<(AccountFields & { id: number; status: string }) | undefined>;
  findIdByCode(code: string): Promise<number | undefined>;
  /** Ids of the account's ancestors, nearest first. */
  ancestorIds(id: number): Promise<number[]>;
  /** The account and all its descendants. */
  groupIds(id: number): Promise<number[]>;
  nextCode(type: string): Promise<string>;
  insert(fields: AccountFields): Promise<number>;
  update(id: number, fields: Partial<AccountFields>): Promise<void>;
  setStatus(id: number, status: 'active' | 'archived'): Promise<void>;
  replaceTeam(id: number, members: Array<{ userId: number; teamRole: TeamRole }>): Promise<void>;
  industries(scope: Scope): Promise<string[]>;
  monthlyRevenue(
    accountIds: number[],
    fromMonth: string,
    toMonth: string,
  ): Promise<Array<{ month: string; revenueFen: number; costFen: number }>>;
}
