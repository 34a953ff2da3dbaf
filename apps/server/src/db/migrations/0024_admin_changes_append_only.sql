-- The admin change log is append-only, like the access log: who changed the county's structure stays known.
CREATE FUNCTION admin_changes_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'admin_changes is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER admin_changes_no_update BEFORE UPDATE OR DELETE ON admin_changes FOR EACH ROW EXECUTE FUNCTION admin_changes_refuse_change();
--> statement-breakpoint
CREATE TRIGGER admin_changes_no_truncate BEFORE TRUNCATE ON admin_changes FOR EACH STATEMENT EXECUTE FUNCTION admin_changes_refuse_change();
