-- 0006: the read model of classification ([SEG]) that dashboards, drill-downs and movements read: one narrow
-- row per account and month with every model's value and the figures the charts draw (grid cell, VIP,
-- portfolio scores, the purchase-grid window's sales). Written with the nine account_classification rows of
-- the account, so a dashboard over 100,000 accounts reads 100,000 narrow rows, not 900,000 jsonb rows.
CREATE TABLE account_segment (
  period date NOT NULL,
  account_id bigint NOT NULL REFERENCES account (account_id),
  purchase_grid text,
  portfolio text,
  clp_tier text,
  lifecycle text,
  relationship_stage text,
  kam_stage text,
  org_relationship text,
  loyalty text,
  pareto text,
  grid_x smallint,
  grid_y smallint,
  -- The class the grid cell gives, before any override.
  grid_class text,
  vip boolean NOT NULL DEFAULT false,
  attractiveness numeric,
  capability numeric,
  revenue_fen bigint NOT NULL DEFAULT 0,
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (period, account_id)
);

INSERT INTO account_segment
  (period, account_id, purchase_grid, portfolio, clp_tier, lifecycle, relationship_stage, kam_stage,
   org_relationship, loyalty, pareto, grid_x, grid_y, grid_class, vip, attractiveness, capability, revenue_fen,
   computed_at)
SELECT period, account_id,
       max(value) FILTER (WHERE model = 'purchase_grid'),
       max(value) FILTER (WHERE model = 'portfolio'),
       max(value) FILTER (WHERE model = 'clp_tier'),
       max(value) FILTER (WHERE model = 'lifecycle'),
       max(value) FILTER (WHERE model = 'relationship_stage'),
       max(value) FILTER (WHERE model = 'kam_stage'),
       max(value) FILTER (WHERE model = 'org_relationship'),
       max(value) FILTER (WHERE model = 'loyalty'),
       max(value) FILTER (WHERE model = 'pareto'),
       max((inputs ->> 'x')::smallint) FILTER (WHERE model = 'purchase_grid'),
       max((inputs ->> 'y')::smallint) FILTER (WHERE model = 'purchase_grid'),
       max(computed_value) FILTER (WHERE model = 'purchase_grid'),
       coalesce(bool_or((inputs ->> 'vip')::boolean) FILTER (WHERE model = 'purchase_grid'), false),
       max((inputs ->> 'attractiveness')::numeric) FILTER (WHERE model = 'portfolio'),
       max((inputs ->> 'capability')::numeric) FILTER (WHERE model = 'portfolio'),
       coalesce(max((inputs ->> 'windowRevenueFen')::bigint) FILTER (WHERE model = 'purchase_grid'), 0),
       max(computed_at)
  FROM account_classification
 GROUP BY period, account_id;
