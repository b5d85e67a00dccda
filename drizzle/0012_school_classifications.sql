CREATE TABLE "school_classifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"school_id" uuid NOT NULL,
	"stages" text[] NOT NULL,
	"ownership" text NOT NULL,
	"location_class" text NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"weak" boolean DEFAULT false NOT NULL,
	"staffing_quota" integer,
	"valid_from" date,
	"valid_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_classifications_range" CHECK ("school_classifications"."valid_from" is null or "school_classifications"."valid_to" is null or "school_classifications"."valid_to" >= "school_classifications"."valid_from"),
	CONSTRAINT "school_classifications_quota_nonnegative" CHECK ("school_classifications"."staffing_quota" is null or "school_classifications"."staffing_quota" >= 0)
);
--> statement-breakpoint
ALTER TABLE "school_classifications" ADD CONSTRAINT "school_classifications_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "school_classifications_start_idx" ON "school_classifications" USING btree ("school_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "school_classifications_first_idx" ON "school_classifications" USING btree ("school_id") WHERE "school_classifications"."valid_from" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "school_classifications_open_idx" ON "school_classifications" USING btree ("school_id") WHERE "school_classifications"."valid_to" is null;--> statement-breakpoint
insert into school_classifications (id, school_id, stages, ownership, location_class, remote, weak, staffing_quota, valid_from, valid_to, created_at, updated_at)
select gen_random_uuid(), s.id, s.stages, s.ownership, s.location_class, s.remote, s.weak, s.staffing_quota, null, null, s.created_at, s.updated_at
from schools s;
