// [TGT-5] 市场容量: the screen offers the entry form only to the roles the server lets save (QA: a rep saw the form
// and every save was refused).
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/core/org/roles.ts';
import { mayEditMarketSizes } from '../../src/core/target/market-size-editors.ts';

describe('mayEditMarketSizes', () => {
  it.each(ROLES.map((role) => [role, ['admin', 'director', 'manager'].includes(role)] as const))(
    '%s may edit: %s',
    (role, expected) => {
      expect(mayEditMarketSizes(role)).toBe(expected);
    },
  );
});
