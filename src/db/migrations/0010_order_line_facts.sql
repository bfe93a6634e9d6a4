-- 0010: actuals that tracking reads ([TGT-1], [TGT-5]). An order line carries its product line, so lines
-- imported from an ERP export that names only the product line (产品线) need no product, and the monthly facts
-- (account × month × product line) are maintained from the line alone without a join. product_id stays as an
-- optional detail. Runs unchanged on PGlite and PostgreSQL 15.
ALTER TABLE order_line ADD COLUMN product_line_id bigint REFERENCES product_line (product_line_id);
UPDATE order_line ol SET product_line_id = p.product_line_id FROM product p WHERE p.product_id = ol.product_id;
ALTER TABLE order_line ALTER COLUMN product_line_id SET NOT NULL;
ALTER TABLE order_line ALTER COLUMN product_id DROP NOT NULL;

-- Lines are written and read as whole amounts: no negative quantities, amounts or costs (returns are corrections).
ALTER TABLE order_line ADD CONSTRAINT order_line_amounts_check
  CHECK (quantity >= 0 AND amount_fen >= 0 AND cost_fen >= 0) NOT VALID;

-- The order-line list filters by month across the visible accounts, newest first.
CREATE INDEX order_line_date_idx ON order_line (order_date DESC, order_line_id DESC);
