CREATE TABLE "jurisdictions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" uuid,
	"path" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jurisdictions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "schools" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"jurisdiction_id" uuid NOT NULL,
	"path" text NOT NULL,
	"stages" text[] NOT NULL,
	"ownership" text NOT NULL,
	"location_class" text NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"weak" boolean DEFAULT false NOT NULL,
	"staffing_quota" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schools_code_unique" UNIQUE("code"),
	CONSTRAINT "schools_quota_nonnegative" CHECK ("schools"."staffing_quota" is null or "schools"."staffing_quota" >= 0)
);
--> statement-breakpoint
CREATE TABLE "teacher_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"kind" text DEFAULT 'primary' NOT NULL,
	"post_type" text DEFAULT 'teaching' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_assignments_range" CHECK ("teacher_assignments"."valid_to" is null or "teacher_assignments"."valid_to" >= "teacher_assignments"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "teachers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"national_id" text,
	"staff_number" text,
	"employment_category" text NOT NULL,
	"on_establishment_not_at_post" boolean DEFAULT false NOT NULL,
	"hire_date" date,
	"teaching_start_date" date,
	"status" text DEFAULT 'active' NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer DEFAULT 0 NOT NULL,
	"response_headers" jsonb,
	"response_body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "teacher_annual_appraisals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"grade" text NOT NULL,
	"notes" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_annual_appraisals_period" CHECK ("teacher_annual_appraisals"."valid_from" = make_date("teacher_annual_appraisals"."year", 1, 1))
);
--> statement-breakpoint
CREATE TABLE "teacher_credential_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"credential_id" uuid NOT NULL,
	"status" text NOT NULL,
	"effective_on" date NOT NULL,
	"reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teacher_credentials" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"issuer" text,
	"stage" text,
	"subject" text,
	"occupation" text,
	"status" text DEFAULT 'active' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_credentials_range" CHECK ("teacher_credentials"."valid_to" is null or "teacher_credentials"."valid_to" >= "teacher_credentials"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "teacher_designations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"type" text NOT NULL,
	"type_name" text,
	"level" text NOT NULL,
	"batch" text,
	"subject" text,
	"awarded_by" text,
	"status" text DEFAULT 'active' NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_designations_range" CHECK ("teacher_designations"."valid_to" is null or "teacher_designations"."valid_to" >= "teacher_designations"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "teacher_education" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"level" text NOT NULL,
	"institution" text NOT NULL,
	"major" text,
	"mode" text DEFAULT 'full_time' NOT NULL,
	"degree_awarded" boolean DEFAULT true NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_education_range" CHECK ("teacher_education"."valid_to" is null or "teacher_education"."valid_to" >= "teacher_education"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "teacher_ethics_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"result" text NOT NULL,
	"score" numeric(5, 1),
	"violations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sanction" text,
	"veto" boolean DEFAULT false NOT NULL,
	"veto_from" date,
	"veto_to" date,
	"notes" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_ethics_records_range" CHECK ("teacher_ethics_records"."valid_to" is null or "teacher_ethics_records"."valid_to" >= "teacher_ethics_records"."valid_from"),
	CONSTRAINT "teacher_ethics_veto_range" CHECK ("teacher_ethics_records"."veto_to" is null or "teacher_ethics_records"."veto_from" is null or "teacher_ethics_records"."veto_to" >= "teacher_ethics_records"."veto_from")
);
--> statement-breakpoint
CREATE TABLE "teacher_graduate_coursework" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"institution" text NOT NULL,
	"program" text NOT NULL,
	"credits" numeric(6, 1),
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_graduate_coursework_range" CHECK ("teacher_graduate_coursework"."valid_to" is null or "teacher_graduate_coursework"."valid_to" >= "teacher_graduate_coursework"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "teacher_post_appointments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"post_level" text NOT NULL,
	"grade" integer,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_post_appointments_range" CHECK ("teacher_post_appointments"."valid_to" is null or "teacher_post_appointments"."valid_to" >= "teacher_post_appointments"."valid_from"),
	CONSTRAINT "teacher_post_appointments_grade" CHECK ("teacher_post_appointments"."grade" is null or "teacher_post_appointments"."grade" between 1 and 13)
);
--> statement-breakpoint
CREATE TABLE "teacher_subjects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"stage" text,
	"is_main" boolean DEFAULT true NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_subjects_range" CHECK ("teacher_subjects"."valid_to" is null or "teacher_subjects"."valid_to" >= "teacher_subjects"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "teacher_titles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"level" text NOT NULL,
	"obtained_by" text DEFAULT 'appraisal' NOT NULL,
	"series" text,
	"certificate_number" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"end_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_titles_range" CHECK ("teacher_titles"."valid_to" is null or "teacher_titles"."valid_to" >= "teacher_titles"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"teacher_id" uuid,
	"org_path" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"jurisdiction_id" uuid,
	"school_id" uuid,
	"teacher_id" uuid,
	"secret_hash" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"last_used_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"private_jwk" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "jurisdictions" ADD CONSTRAINT "jurisdictions_parent_id_jurisdictions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schools" ADD CONSTRAINT "schools_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_assignments" ADD CONSTRAINT "teacher_assignments_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_assignments" ADD CONSTRAINT "teacher_assignments_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_annual_appraisals" ADD CONSTRAINT "teacher_annual_appraisals_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_credential_events" ADD CONSTRAINT "teacher_credential_events_credential_id_teacher_credentials_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."teacher_credentials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_credentials" ADD CONSTRAINT "teacher_credentials_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_designations" ADD CONSTRAINT "teacher_designations_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_education" ADD CONSTRAINT "teacher_education_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_ethics_records" ADD CONSTRAINT "teacher_ethics_records_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_graduate_coursework" ADD CONSTRAINT "teacher_graduate_coursework_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_post_appointments" ADD CONSTRAINT "teacher_post_appointments_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_subjects" ADD CONSTRAINT "teacher_subjects_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_titles" ADD CONSTRAINT "teacher_titles_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_jurisdiction_id_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."jurisdictions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jurisdictions_path_idx" ON "jurisdictions" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "jurisdictions_parent_idx" ON "jurisdictions" USING btree ("parent_id","id");--> statement-breakpoint
CREATE INDEX "schools_path_idx" ON "schools" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "schools_jurisdiction_idx" ON "schools" USING btree ("jurisdiction_id","id");--> statement-breakpoint
CREATE INDEX "teacher_assignments_teacher_idx" ON "teacher_assignments" USING btree ("teacher_id","valid_from");--> statement-breakpoint
CREATE INDEX "teacher_assignments_school_idx" ON "teacher_assignments" USING btree ("school_id","valid_from","valid_to");--> statement-breakpoint
CREATE UNIQUE INDEX "teacher_assignments_one_open_primary" ON "teacher_assignments" USING btree ("teacher_id") WHERE "teacher_assignments"."kind" = 'primary' and "teacher_assignments"."valid_to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "teachers_national_id_key" ON "teachers" USING btree ("national_id");--> statement-breakpoint
CREATE INDEX "teachers_name_idx" ON "teachers" USING btree ("name" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "teachers_status_idx" ON "teachers" USING btree ("status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "teacher_annual_appraisals_teacher_year" ON "teacher_annual_appraisals" USING btree ("teacher_id","year");--> statement-breakpoint
CREATE INDEX "teacher_credential_events_credential_idx" ON "teacher_credential_events" USING btree ("credential_id","effective_on");--> statement-breakpoint
CREATE INDEX "teacher_credentials_teacher_idx" ON "teacher_credentials" USING btree ("teacher_id","kind","valid_from");--> statement-breakpoint
CREATE INDEX "teacher_designations_teacher_idx" ON "teacher_designations" USING btree ("teacher_id","valid_from");--> statement-breakpoint
CREATE INDEX "teacher_designations_type_idx" ON "teacher_designations" USING btree ("type","level","teacher_id");--> statement-breakpoint
CREATE INDEX "teacher_education_teacher_idx" ON "teacher_education" USING btree ("teacher_id","valid_from");--> statement-breakpoint
CREATE INDEX "teacher_ethics_records_teacher_idx" ON "teacher_ethics_records" USING btree ("teacher_id","valid_from");--> statement-breakpoint
CREATE INDEX "teacher_graduate_coursework_teacher_idx" ON "teacher_graduate_coursework" USING btree ("teacher_id","valid_from");--> statement-breakpoint
CREATE INDEX "teacher_post_appointments_teacher_idx" ON "teacher_post_appointments" USING btree ("teacher_id","valid_from");--> statement-breakpoint
CREATE INDEX "teacher_subjects_teacher_idx" ON "teacher_subjects" USING btree ("teacher_id","valid_from");--> statement-breakpoint
CREATE INDEX "teacher_subjects_subject_idx" ON "teacher_subjects" USING btree ("subject","teacher_id");--> statement-breakpoint
CREATE INDEX "teacher_titles_teacher_idx" ON "teacher_titles" USING btree ("teacher_id","valid_from");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity","entity_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_teacher_idx" ON "audit_events" USING btree ("teacher_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_org_idx" ON "audit_events" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "clients_role_idx" ON "clients" USING btree ("role","id");