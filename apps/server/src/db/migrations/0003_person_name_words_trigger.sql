-- Keeps person_name_words in step with the search forms of a person's names, whoever writes the row.
-- The words are split the way the domain's searchTerms splits a query: on spaces and hyphens.
CREATE FUNCTION person_name_words_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.first_names_search = OLD.first_names_search AND NEW.last_name_search = OLD.last_name_search THEN
      RETURN NEW;
    END IF;
    DELETE FROM person_name_words WHERE person_id = NEW.id;
  END IF;
  INSERT INTO person_name_words (person_id, word)
    SELECT DISTINCT NEW.id, w
    FROM unnest(regexp_split_to_array(NEW.first_names_search || ' ' || NEW.last_name_search, '[[:space:]-]+')) AS w
    WHERE w <> '';
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER person_name_words_sync AFTER INSERT OR UPDATE ON persons FOR EACH ROW EXECUTE FUNCTION person_name_words_sync();
--> statement-breakpoint
INSERT INTO person_name_words (person_id, word)
  SELECT DISTINCT p.id, w
  FROM persons p, unnest(regexp_split_to_array(p.first_names_search || ' ' || p.last_name_search, '[[:space:]-]+')) AS w
  WHERE w <> '';
