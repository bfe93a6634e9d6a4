// [TGT-5] target_node_actual follows an account's attribution: a node's scope matches accounts by owner (and the
// owner's org unit), industry and type ([TGT-2]), so when an account edit or import changes one of them, the
// account's facts must leave the nodes they counted in and join the ones they count in now — in the same
// transaction, so the actuals always equal a full rebuild and `kamdesk targets refresh-actuals` is only a repair.
import type { FactAttributionHook } from '../facts/fact-delta.ts';

/**
 * The attribution hook of tracking: called by the account edit and import use cases inside their transaction
 * around a change of owner, industry or type; locks the accounts against concurrent fact writes, takes their
 * facts out of every open plan's nodes before the change and adds them to the matching nodes after it.
 */
export function createTargetAttributionHook(): FactAttributionHook {
  return {
    async detach(accountIds, repos) {
      if (accountIds.length === 0) return;
      await repos.targetActuals.lockAccounts(accountIds);
      await repos.targetActuals.applyAccountFacts(accountIds, -1);
    },
    async attach(accountIds, repos) {
      if (accountIds.length === 0) return;
      await repos.targetActuals.applyAccountFacts(accountIds, 1);
    },
  };
}
