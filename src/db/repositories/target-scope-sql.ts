// The one SQL definition of "an account is in a target node's scope" ([TGT-2] scope_* columns, null = any):
// owner in the subtree of scope_org_unit_id, owned by scope_owner_user_id, of scope_industry and
// scope_account_type, or exactly scope_account_id. Rebuild, incremental deltas, customer growth and the
// drill-down all use it, so they cannot disagree. Product lines are matched on the fact or order line.
import { type RawBuilder, sql } from 'kysely';

/** Nodes `n` of a plan with their scope unit's path as n.unit_path. */
export const nodesWithUnitPath = (planId: number) => sql`
  SELECT n.target_node_id, n.target_plan_id, n.scope_owner_user_id, n.scope_industry, n.scope_account_type,
         n.scope_account_id, n.scope_product_line_id, su.path AS unit_path
    FROM target_node n
    LEFT JOIN org_unit su ON su.org_unit_id = n.scope_org_unit_id
   WHERE n.target_plan_id = ${planId}`;

/** Accounts `a` with their owner's unit path as a.owner_path. */
export const ACCOUNTS_WITH_OWNER_PATH = sql`
  SELECT a.account_id, a.owner_user_id, a.industry, a.type, op.path AS owner_path
    FROM account a
    JOIN app_user u ON u.app_user_id = a.owner_user_id
    JOIN org_unit op ON op.org_unit_id = u.org_unit_id`;

/** The match of node `n` (nodesWithUnitPath) and account `a` (ACCOUNTS_WITH_OWNER_PATH). */
export const NODE_MATCHES_ACCOUNT = sql`
  (n.unit_path IS NULL OR starts_with(a.owner_path, n.unit_path))
  AND (n.scope_owner_user_id IS NULL OR a.owner_user_id = n.scope_owner_user_id)
  AND (n.scope_industry IS NULL OR a.industry = n.scope_industry)
  AND (n.scope_account_type IS NULL OR a.type = n.scope_account_type)
  AND (n.scope_account_id IS NULL OR a.account_id = n.scope_account_id)`;

/**
 * The matching (node, account) pairs of the CTEs `n` (nodesWithUnitPath's columns) and `a`
 * (ACCOUNTS_WITH_OWNER_PATH), as `columns`. A customer node (scope_account_id) matches through a hash join on the
 * account id; only the few nodes above the customers (company, units, reps, industries, types) are tried against
 * every account. Without the split, a plan of 5,000 customer nodes over 5,000 accounts tries 25 million pairs.
 */
export const nodeAccountPairs = (columns: RawBuilder<unknown>) => sql`
  SELECT ${columns} FROM n JOIN a ON a.account_id = n.scope_account_id WHERE ${NODE_MATCHES_ACCOUNT}
  UNION ALL
  SELECT ${columns} FROM n JOIN a ON ${NODE_MATCHES_ACCOUNT} WHERE n.scope_account_id IS NULL`;
