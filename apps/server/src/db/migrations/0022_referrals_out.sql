CREATE TABLE "referrals_out" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"service_id" uuid,
	"target_unit_id" uuid,
	"inbound_referral_id" uuid,
	"reason" text NOT NULL,
	"urgency" text NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"sent_by" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_changed_by" uuid
);
--> statement-breakpoint
ALTER TABLE "referrals_out" ADD CONSTRAINT "referrals_out_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals_out" ADD CONSTRAINT "referrals_out_service_id_service_directory_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service_directory"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals_out" ADD CONSTRAINT "referrals_out_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals_out" ADD CONSTRAINT "referrals_out_inbound_referral_id_referrals_id_fk" FOREIGN KEY ("inbound_referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals_out" ADD CONSTRAINT "referrals_out_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals_out" ADD CONSTRAINT "referrals_out_status_changed_by_users_id_fk" FOREIGN KEY ("status_changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referrals_out_case_idx" ON "referrals_out" USING btree ("case_id");