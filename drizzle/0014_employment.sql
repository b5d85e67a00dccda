CREATE TABLE "teacher_employment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"teacher_id" uuid NOT NULL,
	"employment_category" text NOT NULL,
	"on_establishment_not_at_post" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"reason" text,
	"valid_from" date,
	"valid_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teacher_employment_range" CHECK ("teacher_employment"."valid_to" is null or "teacher_employment"."valid_from" is null or "teacher_employment"."valid_to" >= "teacher_employment"."valid_from")
);
--> statement-breakpoint
ALTER TABLE "teacher_employment" ADD CONSTRAINT "teacher_employment_teacher_id_teachers_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."teachers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "teacher_employment_teacher_idx" ON "teacher_employment" USING btree ("teacher_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "teacher_employment_one_open" ON "teacher_employment" USING btree ("teacher_id") WHERE "teacher_employment"."valid_to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "teacher_employment_one_first" ON "teacher_employment" USING btree ("teacher_id") WHERE "teacher_employment"."valid_from" is null;--> statement-breakpoint
INSERT INTO "teacher_employment" ("id", "teacher_id", "employment_category", "on_establishment_not_at_post", "status", "reason", "valid_from", "valid_to")
SELECT gen_random_uuid(), t.id, t.employment_category, t.on_establishment_not_at_post, 'active', NULL, NULL, t.ended_on
FROM "teachers" t WHERE t.status = 'active' OR t.ended_on IS NOT NULL;--> statement-breakpoint
INSERT INTO "teacher_employment" ("id", "teacher_id", "employment_category", "on_establishment_not_at_post", "status", "reason", "valid_from", "valid_to")
SELECT gen_random_uuid(), t.id, t.employment_category, t.on_establishment_not_at_post, t.status, t.end_reason, (t.ended_on + 1), NULL
FROM "teachers" t WHERE t.status <> 'active';
