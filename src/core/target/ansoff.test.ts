import { describe, expect, it } from 'vitest';
import { hasMessage } from '../shared/messages.ts';
import { ANSOFF_STRATEGIES, ansoffMessageKeys, ansoffStrategy } from './ansoff.ts';

describe('[TGT-4] Ansoff: (market, product) → growth strategy', () => {
  it.each([
    ['existing', 'existing', 'penetration'],
    ['existing', 'new', 'product_development'],
    ['new', 'existing', 'market_development'],
    ['new', 'new', 'diversification'],
  ] as const)('market %s, product %s → %s', (market, product, strategy) => {
    expect(ansoffStrategy(market, product)).toBe(strategy);
  });

  it.each(ANSOFF_STRATEGIES)('%s has a name and a description in the catalogue', (strategy) => {
    const keys = ansoffMessageKeys(strategy);
    expect(hasMessage(keys.label)).toBe(true);
    expect(hasMessage(keys.description)).toBe(true);
  });
});
