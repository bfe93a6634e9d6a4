import { describe, expect, it } from 'vitest';
import { keepValueInputs } from './account-assessment-service.ts';

describe('saving the assessment form keeps the value tab inputs', () => {
  const stored = { capacity: 2, costDrivers: { visitsPerYear: 24 }, customerCategorySpendFen: 500_000 };
  it.each([
    [
      'input without them keeps the stored ones',
      { capacity: 3 },
      { capacity: 3, costDrivers: { visitsPerYear: 24 }, customerCategorySpendFen: 500_000 },
    ],
    [
      'input with them replaces them',
      { capacity: 3, costDrivers: { visitsPerYear: 6 } },
      { capacity: 3, costDrivers: { visitsPerYear: 6 }, customerCategorySpendFen: 500_000 },
    ],
    [
      'an explicit null clears the spend',
      { customerCategorySpendFen: null },
      { costDrivers: { visitsPerYear: 24 }, customerCategorySpendFen: null },
    ],
  ])('%s', (_, input, expected) => expect(keepValueInputs(stored, input)).toEqual(expected));
  it('with nothing stored the input is saved as is', () =>
    expect(keepValueInputs(undefined, { capacity: 1 })).toEqual({ capacity: 1 }));
});
