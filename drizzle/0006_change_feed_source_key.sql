ALTER TABLE "changes" ADD COLUMN "source_key" text;--> statement-breakpoint
-- The school system's key of each changed record, looked up once when the change is written (a sync
-- batch writes its new key mappings before the records), set-based over the statement's rows: a feed
-- page then reads a column instead of probing sync_source_keys per row.
CREATE OR REPLACE FUNCTION "record_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- MATERIALIZED: each row's JSON is computed once and change_api_state is inlined over it (over
  -- the to_jsonb expression itself it would be called per row as a function: 4x slower inserts).
  WITH r AS MATERIALIZED (SELECT to_jsonb(x) AS j, x."id" AS id FROM "changed_rows" x)
  INSERT INTO "changes" ("entity", "entity_id", "teacher_id", "operation", "state", "api_state", "source_key")
  SELECT TG_ARGV[0], r.id,
    CASE TG_ARGV[0]
      WHEN 'teacher' THEN r.id
      WHEN 'credential_event' THEN (SELECT c."teacher_id" FROM "teacher_credentials" c WHERE c."id" = (r.j->>'credential_id')::uuid)
      ELSE (r.j->>'teacher_id')::uuid
    END,
    TG_ARGV[1], CASE WHEN TG_ARGV[1] = 'upsert' THEN r.j END,
    CASE WHEN TG_ARGV[1] = 'upsert' THEN "change_api_state"(TG_ARGV[0], r.j) END,
    (SELECT k."source_key" FROM "sync_source_keys" k WHERE k."entity" = TG_ARGV[0] AND k."entity_id" = r.id LIMIT 1)
  FROM r;
  RETURN NULL;
END $$;--> statement-breakpoint
-- The changes written before this migration.
UPDATE "changes" c SET "source_key" = k."source_key" FROM "sync_source_keys" k WHERE k."entity" = c."entity" AND k."entity_id" = c."entity_id";
