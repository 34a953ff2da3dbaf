ALTER TABLE "network_members" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "network_members" ADD COLUMN "shared_with_family" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;