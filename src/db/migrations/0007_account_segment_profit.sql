-- 0007: account_segment also keeps the window's gross profit, so that recomputing one account can rank it
-- against the population of the month's last full run (one narrow read) instead of aggregating every
-- account's facts again.
ALTER TABLE account_segment ADD COLUMN gross_profit_fen bigint;

UPDATE account_segment s
   SET gross_profit_fen = (c.inputs ->> 'grossProfitFen')::bigint
  FROM account_classification c
 WHERE c.account_id = s.account_id AND c.period = s.period AND c.model = 'pareto';
