CREATE TABLE "person_name_words" (
	"person_id" uuid NOT NULL,
	"word" text NOT NULL,
	CONSTRAINT "person_name_words_person_id_word_pk" PRIMARY KEY("person_id","word")
);
--> statement-breakpoint
ALTER TABLE "person_name_words" ADD CONSTRAINT "person_name_words_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_name_words_word_idx" ON "person_name_words" USING btree ("word" text_pattern_ops,"person_id");