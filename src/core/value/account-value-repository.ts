// Port: what account value ([VAL-1], [VAL-2]) reads and writes: revenue facts per account, the people's
// assessment (cost-to-serve drivers, the customer's category spend) and the segmentation config in force.
// Implemented in db/repositories/account-value-repository.ts.

export interface GroupMember {
  id: number;
  name: string;
  parentId: number | null;
}

export interface AccountRevenue {
  accountId: number;
  revenueFen: number;
  costFen: number;
}

export interface AccountValueRepository {
  /** Names and parents of the given accounts. */
  members(accountIds: readonly number[]): Promise<GroupMember[]>;
  /** Revenue and cost of goods per account over the months [fromMonth, toMonth] from account_month_fact. */
  revenueByAccount(
    accountIds: readonly number[],
    fromMonth: string,
    toMonth: string,
  ): Promise<AccountRevenue[]>;
  /** The stored assessment JSON of each account that has one. */
  assessments(accountIds: readonly number[]): Promise<Map<number, unknown>>;
  /** The config of the highest saved segmentation_config version; null when none was saved. */
  currentSegmentationConfig(): Promise<unknown>;
  /** Merges `costDrivers` into assessment.costDrivers and `top` into the assessment itself (one statement, so
   * other parts of the assessment written concurrently are kept). */
  mergeCostDrivers(
    accountId: number,
    costDrivers: Readonly<Record<string, number>>,
    top: Readonly<Record<string, number | null>>,
    userId: number,
  ): Promise<void>;
}
