// [TGT-4] Growth strategy of a target cell from the Ansoff matrix (seed 003): the market (customers, regions,
// industries) and the product are each existing or new —
//   existing market + existing product → market penetration 市场渗透;
//   existing market + new product      → product development 产品开发;
//   new market      + existing product → market development 市场开发;
//   new market      + new product      → diversification 多元化.
import type { AnsoffStrategy } from './target-types.ts';

export type AnsoffAxis = 'existing' | 'new';

export const ANSOFF_STRATEGIES: readonly AnsoffStrategy[] = [
  'penetration',
  'product_development',
  'market_development',
  'diversification',
];

/** The Ansoff strategy of a (market, product) pair. */
export function ansoffStrategy(market: AnsoffAxis, product: AnsoffAxis): AnsoffStrategy {
  if (market === 'existing') return product === 'existing' ? 'penetration' : 'product_development';
  return product === 'existing' ? 'market_development' : 'diversification';
}

/** Message keys of a strategy's name and its one-line description (target-messages.ts). */
export function ansoffMessageKeys(strategy: AnsoffStrategy): { label: string; description: string } {
  return { label: `target.ansoff.${strategy}`, description: `target.ansoff.${strategy}.description` };
}
