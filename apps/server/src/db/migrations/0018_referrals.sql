CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"target_unit_id" uuid NOT NULL,
	"source" text NOT NULL,
	"sender_user_id" uuid NOT NULL,
	"child_first_names" text NOT NULL,
	"child_last_name" text NOT NULL,
	"child_date_of_birth" date NOT NULL,
	"guardian_name" text,
	"guardian_phone" text,
	"reason" text NOT NULL,
	"urgency" text NOT NULL,
	"contact_consent" boolean NOT NULL,
	"received_on" date NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decline_reason" text,
	"message_to_referrer" text,
	"redirected_to_unit_id" uuid,
	"redirected_to_service_id" uuid,
	"redirected_from_id" uuid,
	"person_id" uuid,
	"case_id" uuid
);
--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sender_user_id_users_id_fk" FOREIGN KEY ("sender_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_redirected_to_unit_id_units_id_fk" FOREIGN KEY ("redirected_to_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_redirected_to_service_id_service_directory_id_fk" FOREIGN KEY ("redirected_to_service_id") REFERENCES "public"."service_directory"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referrals_unit_status_idx" ON "referrals" USING btree ("target_unit_id","status");--> statement-breakpoint
CREATE INDEX "referrals_sender_idx" ON "referrals" USING btree ("sender_user_id");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id");