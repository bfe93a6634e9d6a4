// Port: the batched reads and bulk writes of Excel import and export, so that 10,000 rows take a handful of
// queries instead of one per row. Implemented in db/repositories/excel-repository.ts.

import type { AccountFields } from '../account/account.ts';
import type { ExistingAccount, KnownUser } from '../account/account-import-rules.ts';
import type { AccountType } from '../account/account-types.ts';
import type { AuditEntry } from '../audit/audit-repository.ts';
import type { ContactFields } from '../contact/contact.ts';
import type { ExistingContact } from '../contact/contact-import-rules.ts';
import type { Scope } from '../org/actor.ts';
import type { Repositories } from '../shared/repositories.ts';

/** An account as the export writes it: references by code, user name and region name. */
export interface AccountExportRecord extends Omit<AccountFields, 'parentId' | 'ownerId' | 'regionId'> {
  id: number;
  parentCode: string | null;
  ownerUsername: string;
  regionName: string | null;
}

/** A contact as the export writes it: account by code, manager by name. */
export interface ContactExportRecord extends Omit<ContactFields, 'accountId' | 'reportsToId'> {
  id: number;
  accountCode: string;
  managerName: string | null;
}

export interface ExcelRepository {
  /** Users with these user names (active or not), with the region on their org path. */
  usersByUsername(usernames: readonly string[]): Promise<Array<KnownUser & { username: string }>>;
  /** Stored accounts with these codes, each marked visible or not for the scope. */
  accountsByCode(scope: Scope, codes: readonly string[]): Promise<ExistingAccount[]>;
  /** code → parent code for the accounts with these codes and all their ancestors. */
  ancestry(codes: readonly string[]): Promise<Array<{ code: string; parentCode: string | null }>>;
  /** All contacts of these accounts. */
  contactsOfAccounts(accountIds: readonly number[]): Promise<ExistingContact[]>;
  /** One new account code per requested type, from the same sequence as single creates. */
  nextCodes(types: readonly AccountType[]): Promise<string[]>;
  /** Inserts accounts and returns their ids in input order; a taken code is a conflict. */
  insertAccounts(rows: readonly AccountFields[]): Promise<number[]>;
  /** Makes each owner the lead of their new account's team ([ACC-2]). */
  addTeamLeads(rows: ReadonlyArray<{ accountId: number; userId: number }>): Promise<void>;
  /** Inserts contacts and returns their ids in input order. */
  insertContacts(rows: readonly ContactFields[]): Promise<number[]>;
  recordAudit(entries: readonly AuditEntry[]): Promise<void>;
  /** Export rows of these accounts in the given order. */
  exportAccounts(ids: readonly number[]): Promise<AccountExportRecord[]>;
  /** Export rows of these contacts in the given order. */
  exportContacts(ids: readonly number[]): Promise<ContactExportRecord[]>;
}

/** Runs an import in one database transaction with both repository sets bound to it. */
export type ExcelTransaction = <T>(
  work: (repos: Repositories, excel: ExcelRepository) => Promise<T>,
) => Promise<T>;
