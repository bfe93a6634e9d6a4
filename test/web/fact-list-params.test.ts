// [TGT-5] the actuals lists keep their filters in the URL: account, a well-formed month, and the product line
// only on the list that has one (order lines); anything malformed is ignored rather than sent to the API.
import { describe, expect, it } from 'vitest';
import { factFiltersOf } from '../../web/src/routes/facts/fact-list-params.ts';

describe('factFiltersOf', () => {
  it.each([
    ['accountId=5&month=2026-03&productLineId=2', true, { accountId: 5, month: '2026-03', productLineId: 2 }],
    ['accountId=5&month=2026-03&productLineId=2', false, { accountId: 5, month: '2026-03' }],
    ['month=2026-13', false, { accountId: undefined, month: undefined }],
    ['month=2026-3&accountId=x', false, { accountId: undefined, month: undefined }],
    ['', true, { accountId: undefined, month: undefined, productLineId: undefined }],
  ] as const)('?%s (product line: %s)', (query, withProductLine, expected) => {
    expect(factFiltersOf(new URLSearchParams(query), withProductLine)).toEqual(expected);
  });
});
