// Port: the account's background and 3C research ([ACC-3]). Implemented in
// db/repositories/background-repository.ts.

export interface StoredBackground {
  sections: Record<string, string>;
  updatedAt: string;
  /** Display name of the last editor, null when unknown. */
  updatedBy: string | null;
}

export interface BackgroundRepository {
  find(accountId: number): Promise<StoredBackground | undefined>;
  save(accountId: number, sections: Record<string, string>, userId: number): Promise<void>;
}
