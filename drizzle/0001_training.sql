CREATE TABLE "training_enrollments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"status" text DEFAULT 'enrolled' NOT NULL,
	"enrolled_on" date NOT NULL,
	"started_on" date,
	"completed_on" date,
	"withdrawn_on" date,
	"score" numeric(5, 1),
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_enrollments_dates" CHECK (("training_enrollments"."started_on" is null or "training_enrollments"."started_on" >= "training_enrollments"."enrolled_on") and ("training_enrollments"."completed_on" is null or "training_enrollments"."completed_on" >= "training_enrollments"."started_on"))
);
--> statement-breakpoint
CREATE TABLE "training_module_results" (
	"id" uuid PRIMARY KEY NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"result" text NOT NULL,
	"recorded_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_program_modules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"hours" numeric(6, 1),
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_programs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"mode" text NOT NULL,
	"organiser" text,
	"category" text NOT NULL,
	"credited_hours" numeric(6, 1) NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"target_group" text,
	"capacity" integer,
	"owner_jurisdiction_id" uuid,
	"owner_school_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_programs_code_unique" UNIQUE("code"),
	CONSTRAINT "training_programs_one_owner" CHECK (("training_programs"."owner_jurisdiction_id" is null) <> ("training_programs"."owner_school_id" is null)),
	CONSTRAINT "training_programs_hours_positive" CHECK ("training_programs"."credited_hours" > 0),
	CONSTRAINT "training_programs_dates" CHECK ("training_programs"."end_date" >= "training_programs"."start_date"),
	CONSTRAINT "training_programs_capacity_positive" CHECK ("training_programs"."capacity" is null or "training_programs"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "training_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"source" text NOT NULL,
	"program_id" uuid,
	"enrollment_id" uuid,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"level" text,
	"organiser" text,
	"school_based" boolean NOT NULL,
	"hours" numeric(6, 1) NOT NULL,
	"completed_on" date NOT NULL,
	"evidence_ref" text,
	"note" text,
	"status" text DEFAULT 'submitted' NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" text,
	"verified_at" timestamp with time zone,
	"rejected_at" timestamp with time zone,
	"rejection_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_records_hours_positive" CHECK ("training_records"."hours" > 0),
	CONSTRAINT "training_records_program_source" CHECK (("training_records"."source" = 'program') = ("training_records"."program_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "training_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"name" text NOT NULL,
	"effective_from" date NOT NULL,
	"cycle_years" integer NOT NULL,
	"anchor_year" integer NOT NULL,
	"hours_per_cycle" numeric(6, 1) NOT NULL,
	"min_hours_per_year" numeric(6, 1),
	"min_years_of_teaching" integer DEFAULT 0 NOT NULL,
	"pro_rate" text DEFAULT 'none' NOT NULL,
	"minimums" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"caps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"requirements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_rules_cycle" CHECK ("training_rules"."cycle_years" between 1 and 10),
	CONSTRAINT "training_rules_hours" CHECK ("training_rules"."hours_per_cycle" > 0)
);
--> statement-breakpoint
ALTER TABLE "training_enrollments" ADD CONSTRAINT "training_enrollments_program_id_training_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."training_programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrollments" ADD CONSTRAINT "training_enrollments_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_module_results" ADD CONSTRAINT "training_module_results_enrollment_id_training_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."training_enrollments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_module_results" ADD CONSTRAINT "training_module_results_module_id_training_program_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_program_modules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_program_modules" ADD CONSTRAINT "training_program_modules_program_id_training_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."training_programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_owner_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("owner_jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programs" ADD CONSTRAINT "training_programs_owner_school_id_schools_id_fk" FOREIGN KEY ("owner_school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_program_id_training_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."training_programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_enrollment_id_training_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."training_enrollments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_rules" ADD CONSTRAINT "training_rules_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "training_enrollments_program_teacher_key" ON "training_enrollments" USING btree ("program_id","teacher_id");--> statement-breakpoint
CREATE INDEX "training_enrollments_program_idx" ON "training_enrollments" USING btree ("program_id","id");--> statement-breakpoint
CREATE INDEX "training_enrollments_teacher_idx" ON "training_enrollments" USING btree ("teacher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_module_results_key" ON "training_module_results" USING btree ("enrollment_id","module_id");--> statement-breakpoint
CREATE INDEX "training_module_results_module_idx" ON "training_module_results" USING btree ("module_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_program_modules_code_key" ON "training_program_modules" USING btree ("program_id","code");--> statement-breakpoint
CREATE INDEX "training_programs_owner_jurisdiction_idx" ON "training_programs" USING btree ("owner_jurisdiction_id");--> statement-breakpoint
CREATE INDEX "training_programs_owner_school_idx" ON "training_programs" USING btree ("owner_school_id");--> statement-breakpoint
CREATE INDEX "training_programs_start_idx" ON "training_programs" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "training_records_teacher_idx" ON "training_records" USING btree ("teacher_id","completed_on");--> statement-breakpoint
CREATE INDEX "training_records_status_idx" ON "training_records" USING btree ("status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_records_enrollment_key" ON "training_records" USING btree ("enrollment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_records_program_once" ON "training_records" USING btree ("teacher_id","program_id") WHERE "training_records"."program_id" is not null and "training_records"."status" <> 'rejected';--> statement-breakpoint
CREATE UNIQUE INDEX "training_records_evidence_once" ON "training_records" USING btree ("teacher_id","evidence_ref") WHERE "training_records"."evidence_ref" is not null and "training_records"."status" <> 'rejected';--> statement-breakpoint
CREATE UNIQUE INDEX "training_rules_version_key" ON "training_rules" USING btree ("jurisdiction_id","effective_from");