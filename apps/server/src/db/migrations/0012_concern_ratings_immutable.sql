-- A rating is what one person said at one time: a new rating is made instead of changing an old one.
CREATE TRIGGER concern_assessments_append_only BEFORE UPDATE OR DELETE ON concern_assessments
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
