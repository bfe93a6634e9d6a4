// Port: one account's monthly facts by product line ([SEG-8] BCG view), from the pre-aggregated
// account_month_fact. Implemented in db/repositories/product-line-facts-repository.ts. Periods are 'YYYY-MM-01'.
import type { MonthFact } from './segmentation-types.ts';

export interface ProductLineName {
  productLineId: number;
  name: string;
}

export interface ProductLineFactsRepository {
  /** The account's months from fromMonth to toMonth (inclusive), each with its product lines. */
  monthlyByProductLine(accountId: number, fromMonth: string, toMonth: string): Promise<MonthFact[]>;
  /** Names of the given product lines. */
  productLineNames(ids: readonly number[]): Promise<ProductLineName[]>;
}
