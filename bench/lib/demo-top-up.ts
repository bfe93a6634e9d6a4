// WORKAROUND, remove when the demo generator handles large scales: generateDemoCompany() does not finish
// above roughly 90,000 accounts (buildAccounts retries forever for a unique name once the trade name ×
// suffix combinations of a city run out — 上海 distributors first). Until it is fixed, a benchmark loads the
// demo at GENERATOR_SAFE_ACCOUNTS and tops it up to the wanted scale by copying the first accounts: same
// name, type, region and industry, a new code (`<code>-B`), the same account team. rep_east keeps their
// owned book (the generator caps it at 40 accounts, whatever the scale): copies of their accounts go to
// another East rep, while team memberships are copied, as the generator's would grow with the scale.
import type { Database } from '../../src/db/connect.ts';

/** The largest scale the generator is known to finish quickly (80,000 takes about 5 s). */
export const GENERATOR_SAFE_ACCOUNTS = 80_000;

export interface TopUpResult {
  generated: number;
  copied: number;
}

/** Copies accounts 1…(target − existing) with their teams; returns how many were copied. */
export async function topUpAccounts(database: Database, target: number): Promise<TopUpResult> {
  return database.withSession(async (s) => {
    const [count] = await s.query<{ n: number; max: number }>(
      'SELECT count(*)::int AS n, coalesce(max(account_id), 0)::bigint AS max FROM account',
    );
    const generated = count?.n ?? 0;
    const extra = target - generated;
    if (extra <= 0) return { generated, copied: 0 };
    if (extra > generated)
      throw new Error(`cannot top up ${generated} accounts to ${target} (at most double)`);
    const [users] = await s.query<{ rep: number | null; substitute: number | null }>(
      `SELECT (SELECT app_user_id FROM app_user WHERE username = 'rep_east') AS rep,
              (SELECT app_user_id FROM app_user WHERE username = 'rep_jiangsu') AS substitute`,
    );
    if (!users?.rep || !users.substitute)
      throw new Error('the demo users rep_east and rep_jiangsu are missing');
    const offset = Number(count?.max ?? 0);
    const params = [offset, extra, users.rep, users.substitute];
    await s.exec('BEGIN');
    try {
      await s.query(
        `INSERT INTO account (account_id, code, name, type, parent_account_id, owner_user_id, region_unit_id,
                              industry, province, city, address, phone, website, notes, status)
         SELECT a.account_id + $1, a.code || '-B', a.name, a.type,
                CASE WHEN a.parent_account_id <= $2 THEN a.parent_account_id + $1 END,
                CASE WHEN a.owner_user_id = $3 THEN $4::bigint ELSE a.owner_user_id END,
                a.region_unit_id, a.industry, a.province, a.city, a.address, a.phone, a.website, a.notes, a.status
           FROM account a
          WHERE a.account_id <= $2
          ORDER BY a.account_id`,
        params,
      );
      await s.query(
        `INSERT INTO account_team_member (account_id, app_user_id, team_role)
         SELECT t.account_id + $1,
                CASE WHEN t.app_user_id = $3 AND t.team_role = 'lead' THEN $4::bigint ELSE t.app_user_id END,
                t.team_role
           FROM account_team_member t
          WHERE t.account_id <= $2
         ON CONFLICT DO NOTHING`,
        params,
      );
      await s.query(
        `SELECT setval(pg_get_serial_sequence('account', 'account_id'), (SELECT max(account_id) FROM account))`,
      );
      await s.exec('COMMIT');
    } catch (error) {
      await s.exec('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return { generated, copied: extra };
  });
}
