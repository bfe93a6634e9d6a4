import { describe, expect, it } from 'vitest';
import { isLoginThrottled } from './login-throttle.ts';

describe('login throttle: 5 per user name, 30 per address in 15 minutes', () => {
  it.each([
    [0, 0, false],
    [4, 0, false],
    [5, 0, true],
    [0, 29, false],
    [0, 30, true],
  ])('user %d, ip %d → %s', (byUser, byIp, expected) =>
    expect(isLoginThrottled({ byUser, byIp })).toBe(expected),
  );
});
