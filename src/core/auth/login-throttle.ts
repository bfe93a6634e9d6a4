// Login rate limit: after 5 failed attempts for a user name, or 30 from one address, within 15 minutes,
// further attempts are refused until the window passes. Counts live in the database (shared by all servers).

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_IP = 30;

/** True when another attempt must be refused. */
export function isLoginThrottled(failures: { byUser: number; byIp: number }): boolean {
  return failures.byUser >= MAX_FAILURES_PER_USER || failures.byIp >= MAX_FAILURES_PER_IP;
}
