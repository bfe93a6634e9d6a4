-- 0002: indexes for the account list under visibility ([ORG-1]). Which accounts a user sees is read by owner
-- and by account-team member; with the account id in the index both are index-only scans instead of one
-- heap page per row (a rep on 500 account teams: 500 scattered pages per request without it).
-- Runs unchanged on PGlite and PostgreSQL 15.

CREATE INDEX account_owner_account_idx ON account (owner_user_id, account_id);
DROP INDEX account_owner_idx;

CREATE INDEX account_team_member_user_account_idx ON account_team_member (app_user_id, account_id);
DROP INDEX account_team_member_user_idx;
