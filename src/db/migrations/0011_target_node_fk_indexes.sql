-- 0011: indexes that start with target_node_id on the tables that reference a target node ([TGT-2]).
-- Removing a node (and its subtree) cascades to its values and actuals and clears OGSM links; without these
-- indexes each removed node scanned the whole of target_value and target_node_actual (their primary keys
-- start with the plan). Runs unchanged on PGlite and PostgreSQL 15.
CREATE INDEX target_value_node_idx ON target_value (target_node_id);
CREATE INDEX target_node_actual_node_idx ON target_node_actual (target_node_id);
CREATE INDEX target_ogsm_item_node_idx ON target_ogsm_item (target_node_id) WHERE target_node_id IS NOT NULL;
