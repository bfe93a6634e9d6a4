import { describe, expect, it } from 'vitest';
import type { Role } from '../org/roles.ts';
import { type FactKind, mayWriteFacts } from './fact-access.ts';

describe('mayWriteFacts', () => {
  const cases: Array<[Role, FactKind, boolean]> = [
    ['rep', 'order_line', true],
    ['account_manager', 'order_line', true],
    ['manager', 'order_line', true],
    ['director', 'order_line', true],
    ['admin', 'order_line', true],
    ['finance', 'order_line', false],
    ['channel_manager', 'order_line', false],
    ['finance', 'collection', true],
    ['finance', 'expense', true],
    ['rep', 'collection', true],
    ['channel_manager', 'collection', false],
    ['channel_manager', 'expense', false],
  ];
  it.each(cases)('%s writes %s: %s', (role, kind, expected) => {
    expect(mayWriteFacts(role, kind)).toBe(expected);
  });
});
