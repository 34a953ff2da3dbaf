-- The access log is append-only and tamper-evident.
-- Each row's hash covers the previous row's hash and every field of the row, so changing or removing
-- a row breaks the chain from there on; `npm run audit:verify` recomputes it.

CREATE FUNCTION access_log_digest(
  prev_hash text, seq bigint, at timestamptz, actor_user_id uuid, actor_role text,
  actor_organisation_id uuid, actor_unit_id uuid, action text, record_type text, record_id uuid,
  subject_person_ids uuid[], basis text, outcome text, request_id text, detail jsonb
) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    prev_hash || '|' || seq::text || '|' ||
    to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '|' ||
    coalesce(actor_user_id::text, '-') || '|' || coalesce(actor_role, '-') || '|' ||
    coalesce(actor_organisation_id::text, '-') || '|' || coalesce(actor_unit_id::text, '-') || '|' ||
    action || '|' || record_type || '|' || coalesce(record_id::text, '-') || '|' ||
    array_to_string(subject_person_ids, ',') || '|' || coalesce(basis, '-') || '|' || outcome || '|' ||
    coalesce(request_id, '-') || '|' || coalesce(detail::text, '-'),
  'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE FUNCTION access_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  -- One writer at a time extends the chain; held until the transaction ends.
  PERFORM pg_advisory_xact_lock(7310432001);
  SELECT l.seq, l.hash INTO last_seq, last_hash FROM access_log l ORDER BY l.seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
  NEW.at := date_trunc('milliseconds', NEW.at);
  NEW.hash := access_log_digest(NEW.prev_hash, NEW.seq, NEW.at, NEW.actor_user_id, NEW.actor_role,
    NEW.actor_organisation_id, NEW.actor_unit_id, NEW.action, NEW.record_type, NEW.record_id,
    NEW.subject_person_ids, NEW.basis, NEW.outcome, NEW.request_id, NEW.detail);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER access_log_chain BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION access_log_chain();
--> statement-breakpoint
CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER access_log_no_update BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
