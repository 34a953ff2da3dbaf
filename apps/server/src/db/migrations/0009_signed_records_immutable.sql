-- What is signed stays as signed. A signed meeting note refuses every change and deletion, and so do
-- its addenda and every plan version: corrections are new rows (an addendum, a new plan version).
CREATE FUNCTION meeting_note_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'signed' THEN
    RAISE EXCEPTION 'a signed meeting note cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER meeting_notes_signed_immutable BEFORE UPDATE OR DELETE ON meeting_notes
  FOR EACH ROW EXECUTE FUNCTION meeting_note_guard();
--> statement-breakpoint
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never changed or removed', TG_TABLE_NAME USING ERRCODE = 'P0001';
END
$$;
--> statement-breakpoint
CREATE TRIGGER meeting_note_addenda_append_only BEFORE UPDATE OR DELETE ON meeting_note_addenda
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER plan_versions_append_only BEFORE UPDATE OR DELETE ON plan_versions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER goal_reviews_append_only BEFORE UPDATE OR DELETE ON goal_reviews
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
