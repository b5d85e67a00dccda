-- The whole feed item as JSON text, rendered once when the change is written: a feed page is then
-- one indexed read of this column, copied into the response as the server sends it. Assembling the
-- item at read time (its instant through to_char, the source key through to_json, a dozen
-- concatenations) took longer than the rest of the read (BENCHMARKS.md, "School staff sync").
ALTER TABLE "changes" ADD COLUMN "api_item" text;--> statement-breakpoint
-- An item in the shape of changeSchema (src/routes/changes/schemas.ts), key order included; `state` is
-- change_api_state's rendering (drizzle/0005) or null for a delete. Each parameter is used once, so
-- the function is inlined into the trigger's statement.
CREATE FUNCTION "change_api_item"(seq bigint, entity text, id uuid, teacher_id uuid, source_key text, operation text, at timestamptz, state json)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT '{"sequence":' || seq || ',"entity":"' || entity || '","id":"' || id
    || '","teacherId":' || coalesce('"' || teacher_id || '"', 'null')
    || ',"sourceKey":' || coalesce(to_json(source_key)::text, 'null')
    || ',"operation":"' || operation
    || '","changedAt":"' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    || '","state":' || coalesce(state::text, 'null') || '}'
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "record_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- MATERIALIZED: each row's JSON is computed once and the renderings are inlined over it (over the
  -- to_jsonb expression itself change_api_state would be called per row as a function: 4x slower
  -- inserts). The sequence number is taken here because the item carries it.
  WITH r AS MATERIALIZED (
    SELECT nextval('changes_seq_seq') AS seq, to_jsonb(x) AS j, x."id" AS id FROM "changed_rows" x
  ), k AS MATERIALIZED (
    SELECT r.seq, r.j, r.id,
      CASE TG_ARGV[0]
        WHEN 'teacher' THEN r.id
        WHEN 'credential_event' THEN (SELECT c."teacher_id" FROM "teacher_credentials" c WHERE c."id" = (r.j->>'credential_id')::uuid)
        ELSE (r.j->>'teacher_id')::uuid
      END AS teacher_id,
      (SELECT s."source_key" FROM "sync_source_keys" s WHERE s."entity" = TG_ARGV[0] AND s."entity_id" = r.id LIMIT 1) AS source_key
    FROM r
  )
  INSERT INTO "changes" ("seq", "entity", "entity_id", "teacher_id", "operation", "state", "source_key", "api_item")
  SELECT k.seq, TG_ARGV[0], k.id, k.teacher_id, TG_ARGV[1], CASE WHEN TG_ARGV[1] = 'upsert' THEN k.j END, k.source_key,
    "change_api_item"(k.seq, TG_ARGV[0], k.id, k.teacher_id, k.source_key, TG_ARGV[1], now(),
      CASE WHEN TG_ARGV[1] = 'upsert' THEN "change_api_state"(TG_ARGV[0], k.j) END)
  FROM k;
  RETURN NULL;
END $$;--> statement-breakpoint
-- The changes written before this migration.
UPDATE "changes" SET "api_item" = "change_api_item"("seq", "entity", "entity_id", "teacher_id", "source_key", "operation", "changed_at", "api_state");--> statement-breakpoint
ALTER TABLE "changes" DROP COLUMN "api_state";
