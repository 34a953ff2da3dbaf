CREATE TABLE "concern_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"zone" text NOT NULL,
	"perspective" text NOT NULL,
	"rater_label" text NOT NULL,
	"rater_member_id" uuid,
	"worries" text NOT NULL,
	"would_lessen" text,
	"follow_up_on" date,
	"meeting_id" uuid,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "urgent_records" (
	"assessment_id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"notification_made_at" timestamp with time zone,
	"notified_to" text,
	"notification_reference" text,
	"joint_with_family" boolean DEFAULT false NOT NULL,
	"emergency_contact_at" timestamp with time zone,
	"emergency_contacted" text,
	"outcome" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "concern_assessments" ADD CONSTRAINT "concern_assessments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_assessments" ADD CONSTRAINT "concern_assessments_rater_member_id_network_members_id_fk" FOREIGN KEY ("rater_member_id") REFERENCES "public"."network_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_assessments" ADD CONSTRAINT "concern_assessments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_assessments" ADD CONSTRAINT "concern_assessments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urgent_records" ADD CONSTRAINT "urgent_records_assessment_id_concern_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."concern_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urgent_records" ADD CONSTRAINT "urgent_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "urgent_records" ADD CONSTRAINT "urgent_records_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concern_assessments_case_idx" ON "concern_assessments" USING btree ("case_id","recorded_at");--> statement-breakpoint
CREATE INDEX "concern_assessments_follow_up_idx" ON "concern_assessments" USING btree ("follow_up_on");--> statement-breakpoint
CREATE INDEX "urgent_records_open_idx" ON "urgent_records" USING btree ("case_id","completed_at");