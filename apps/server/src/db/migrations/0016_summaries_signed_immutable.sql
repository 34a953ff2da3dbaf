-- A signed summary is never changed or removed; a draft may be edited until it is signed. The phase
-- history and the review decisions are records of what happened: appended, never rewritten.
CREATE FUNCTION summary_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'signed' THEN
    RAISE EXCEPTION 'a signed summary cannot be changed' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER summaries_signed_immutable BEFORE UPDATE OR DELETE ON summaries
  FOR EACH ROW EXECUTE FUNCTION summary_guard();
--> statement-breakpoint
CREATE TRIGGER case_phase_changes_append_only BEFORE UPDATE OR DELETE ON case_phase_changes
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
CREATE TRIGGER review_decisions_append_only BEFORE UPDATE OR DELETE ON review_decisions
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
--> statement-breakpoint
-- One signed final evaluation per case: two workers signing at once cannot both succeed.
CREATE UNIQUE INDEX summaries_one_final_per_case ON summaries (case_id) WHERE kind = 'final' AND status = 'signed';
--> statement-breakpoint
ALTER TABLE cases ADD CONSTRAINT cases_template_id_fk FOREIGN KEY (template_id) REFERENCES process_templates (id);
