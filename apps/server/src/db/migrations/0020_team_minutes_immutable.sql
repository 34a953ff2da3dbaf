-- Signed minutes stay as signed: a signed item record and a landed decision are never changed.
CREATE FUNCTION team_record_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.signed THEN
    RAISE EXCEPTION 'a signed team record cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER team_item_records_signed_immutable BEFORE UPDATE OR DELETE ON team_item_records
  FOR EACH ROW EXECUTE FUNCTION team_record_guard();
--> statement-breakpoint
CREATE TRIGGER case_team_decisions_append_only BEFORE UPDATE OR DELETE ON case_team_decisions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE UNIQUE INDEX team_item_records_one_per_meeting ON team_item_records (meeting_id, item_id);
