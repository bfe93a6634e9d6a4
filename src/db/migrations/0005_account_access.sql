-- 0005: who may see which account, as one row per (user, account) — [ORG-1] for the 'own' scope.
-- A rep sees the accounts they own plus those whose team they are on. Read through account and
-- account_team_member that is ~500 scattered index probes and heap pages per list request; here it is one
-- range of the (app_user_id, name) index, and the search filter runs on the index tuples (name, code, status)
-- so that only the page's 50 accounts are read from the account table.
-- Kept by triggers in the same transaction as every write to account and account_team_member (the service,
-- the Excel import, the demo loader, scripts), so no code path can forget it. ENABLE ALWAYS keeps them on
-- under session_replication_role = replica (bulk loads). Runs unchanged on PGlite and PostgreSQL 15.

CREATE TABLE account_access (
  account_id bigint NOT NULL REFERENCES account (account_id) ON DELETE CASCADE,
  app_user_id bigint NOT NULL,
  name text NOT NULL,
  code text NOT NULL,
  status text NOT NULL,
  PRIMARY KEY (account_id, app_user_id)
);
CREATE INDEX account_access_user_name_idx ON account_access (app_user_id, name, account_id) INCLUDE (code, status);

-- Rebuilds the rows of one account: its owner and its team members.
CREATE FUNCTION account_access_refresh(id bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM account_access WHERE account_id = id;
  INSERT INTO account_access (account_id, app_user_id, name, code, status)
  SELECT a.account_id, u.app_user_id, a.name, a.code, a.status
  FROM account a
  CROSS JOIN LATERAL (
    SELECT a.owner_user_id AS app_user_id
    UNION
    SELECT t.app_user_id FROM account_team_member t WHERE t.account_id = a.account_id
  ) u
  WHERE a.account_id = id;
END
$$;

CREATE FUNCTION account_access_account_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO account_access (account_id, app_user_id, name, code, status)
  SELECT account_id, owner_user_id, name, code, status FROM new_rows
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER account_access_account_insert AFTER INSERT ON account
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION account_access_account_inserted();

CREATE FUNCTION account_access_account_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.account_id <> NEW.account_id THEN
    PERFORM account_access_refresh(OLD.account_id);
  END IF;
  PERFORM account_access_refresh(NEW.account_id);
  RETURN NULL;
END
$$;
CREATE TRIGGER account_access_account_update
  AFTER UPDATE OF account_id, owner_user_id, name, code, status ON account
  FOR EACH ROW
  WHEN (OLD.account_id IS DISTINCT FROM NEW.account_id OR OLD.owner_user_id IS DISTINCT FROM NEW.owner_user_id
    OR OLD.name IS DISTINCT FROM NEW.name OR OLD.code IS DISTINCT FROM NEW.code
    OR OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION account_access_account_updated();

CREATE FUNCTION account_access_team_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO account_access (account_id, app_user_id, name, code, status)
  SELECT a.account_id, n.app_user_id, a.name, a.code, a.status
  FROM new_rows n JOIN account a ON a.account_id = n.account_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER account_access_team_insert AFTER INSERT ON account_team_member
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION account_access_team_inserted();

CREATE FUNCTION account_access_team_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM account_access x
  USING old_rows o
  WHERE x.account_id = o.account_id AND x.app_user_id = o.app_user_id
    AND NOT EXISTS (
      SELECT 1 FROM account a WHERE a.account_id = o.account_id AND a.owner_user_id = o.app_user_id)
    AND NOT EXISTS (
      SELECT 1 FROM account_team_member t WHERE t.account_id = o.account_id AND t.app_user_id = o.app_user_id);
  RETURN NULL;
END
$$;
CREATE TRIGGER account_access_team_delete AFTER DELETE ON account_team_member
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION account_access_team_deleted();

CREATE FUNCTION account_access_team_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM account_access_refresh(OLD.account_id);
  IF OLD.account_id <> NEW.account_id THEN
    PERFORM account_access_refresh(NEW.account_id);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER account_access_team_update AFTER UPDATE OF account_id, app_user_id ON account_team_member
  FOR EACH ROW EXECUTE FUNCTION account_access_team_updated();

ALTER TABLE account ENABLE ALWAYS TRIGGER account_access_account_insert;
ALTER TABLE account ENABLE ALWAYS TRIGGER account_access_account_update;
ALTER TABLE account_team_member ENABLE ALWAYS TRIGGER account_access_team_insert;
ALTER TABLE account_team_member ENABLE ALWAYS TRIGGER account_access_team_delete;
ALTER TABLE account_team_member ENABLE ALWAYS TRIGGER account_access_team_update;

INSERT INTO account_access (account_id, app_user_id, name, code, status)
SELECT a.account_id, a.owner_user_id, a.name, a.code, a.status FROM account a
UNION
SELECT a.account_id, t.app_user_id, a.name, a.code, a.status
FROM account_team_member t JOIN account a ON a.account_id = t.account_id;

ANALYZE account_access;
