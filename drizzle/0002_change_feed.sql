CREATE TABLE "changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"xid" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"teacher_id" uuid,
	"operation" text NOT NULL,
	"state" jsonb,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "changes_feed_idx" ON "changes" USING btree ("xid","seq");--> statement-breakpoint
CREATE INDEX "changes_teacher_idx" ON "changes" USING btree ("teacher_id","xid","seq");--> statement-breakpoint
-- One change row per row written to a synced table, from statement-level triggers with transition
-- tables (set-based: one INSERT per statement, whatever its row count). TG_ARGV: entity, operation.
CREATE FUNCTION "record_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "changes" ("entity", "entity_id", "teacher_id", "operation", "state")
  SELECT TG_ARGV[0], (r.j->>'id')::uuid,
    CASE TG_ARGV[0]
      WHEN 'teacher' THEN (r.j->>'id')::uuid
      WHEN 'credential_event' THEN (SELECT c."teacher_id" FROM "teacher_credentials" c WHERE c."id" = (r.j->>'credential_id')::uuid)
      ELSE (r.j->>'teacher_id')::uuid
    END,
    TG_ARGV[1], CASE WHEN TG_ARGV[1] = 'upsert' THEN r.j END
  FROM (SELECT to_jsonb(x) AS j FROM "changed_rows" x) r;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "teachers_changes_insert" AFTER INSERT ON "teachers" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('teacher', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teachers_changes_update" AFTER UPDATE ON "teachers" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('teacher', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teachers_changes_delete" AFTER DELETE ON "teachers" REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('teacher', 'delete');--> statement-breakpoint
CREATE TRIGGER "teacher_assignments_changes_insert" AFTER INSERT ON "teacher_assignments" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('assignment', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_assignments_changes_update" AFTER UPDATE ON "teacher_assignments" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('assignment', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_assignments_changes_delete" AFTER DELETE ON "teacher_assignments" REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('assignment', 'delete');--> statement-breakpoint
CREATE TRIGGER "teacher_titles_changes_insert" AFTER INSERT ON "teacher_titles" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('title', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_titles_changes_update" AFTER UPDATE ON "teacher_titles" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('title', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_titles_changes_delete" AFTER DELETE ON "teacher_titles" REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('title', 'delete');--> statement-breakpoint
CREATE TRIGGER "teacher_education_changes_insert" AFTER INSERT ON "teacher_education" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('education', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_education_changes_update" AFTER UPDATE ON "teacher_education" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('education', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_education_changes_delete" AFTER DELETE ON "teacher_education" REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('education', 'delete');--> statement-breakpoint
CREATE TRIGGER "teacher_credentials_changes_insert" AFTER INSERT ON "teacher_credentials" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('credential', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_credentials_changes_update" AFTER UPDATE ON "teacher_credentials" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('credential', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_credentials_changes_delete" AFTER DELETE ON "teacher_credentials" REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('credential', 'delete');--> statement-breakpoint
CREATE TRIGGER "teacher_credential_events_changes_insert" AFTER INSERT ON "teacher_credential_events" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('credential_event', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_credential_events_changes_update" AFTER UPDATE ON "teacher_credential_events" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('credential_event', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_credential_events_changes_delete" AFTER DELETE ON "teacher_credential_events" REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('credential_event', 'delete');--> statement-breakpoint
CREATE TRIGGER "teacher_designations_changes_insert" AFTER INSERT ON "teacher_designations" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('designation', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_designations_changes_update" AFTER UPDATE ON "teacher_designations" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('designation', 'upsert');--> statement-breakpoint
CREATE TRIGGER "teacher_designations_changes_delete" AFTER DELETE ON "teacher_designations" REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('designation', 'delete');--> statement-breakpoint
CREATE TRIGGER "training_records_changes_insert" AFTER INSERT ON "training_records" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('training_record', 'upsert');--> statement-breakpoint
CREATE TRIGGER "training_records_changes_update" AFTER UPDATE ON "training_records" REFERENCING NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('training_record', 'upsert');--> statement-breakpoint
CREATE TRIGGER "training_records_changes_delete" AFTER DELETE ON "training_records" REFERENCING OLD TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('training_record', 'delete');
