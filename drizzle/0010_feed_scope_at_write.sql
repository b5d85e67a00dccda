ALTER TABLE "changes" ADD COLUMN "scope_orgs" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "changes" ADD COLUMN "left_orgs" uuid[];--> statement-breakpoint
CREATE INDEX "changes_scope_idx" ON "changes" USING gin ("scope_orgs");--> statement-breakpoint
-- Feed scope at write time (issue 14, "the feed follows the people"). The org nodes a teacher's change
-- reaches on a date: the segments of the paths of the schools where the teacher holds an assignment
-- that has not ended by then (current or future), or, when there is none, of those that ended last
-- (where they last served). `stays`: the same once every recorded end has passed (the open-ended
-- assignments, or those that end last): a reader in `reach` but not in `stays` is losing the teacher.
-- `known_at`: only assignments recorded by then (the migration below; the trigger passes infinity).
-- One SELECT, so it is inlined where it is called.
CREATE FUNCTION "teacher_feed_scope"(teacher uuid, on_date date, known_at timestamptz) RETURNS TABLE ("reach" uuid[], "stays" uuid[]) LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT o) FILTER (WHERE a.reach), '{}'), coalesce(array_agg(DISTINCT o) FILTER (WHERE a.stays), '{}')
  FROM (
    SELECT s."path",
      a."valid_to" IS NULL OR a."valid_to" >= on_date
        OR (NOT bool_or(a."valid_to" IS NULL OR a."valid_to" >= on_date) OVER () AND a."valid_to" = max(a."valid_to") OVER ()) AS reach,
      a."valid_to" IS NULL OR (NOT bool_or(a."valid_to" IS NULL) OVER () AND a."valid_to" = max(a."valid_to") OVER ()) AS stays
    FROM "teacher_assignments" a JOIN "schools" s ON s."id" = a."school_id"
    WHERE a."teacher_id" = teacher AND a."created_at" <= known_at
  ) a CROSS JOIN LATERAL unnest(string_to_array(btrim(a."path", '/'), '/')::uuid[]) o
$$;--> statement-breakpoint
-- The org nodes of some schools (an assignment's own school, before and after the change).
CREATE FUNCTION "school_orgs"(ids uuid[]) RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT o), '{}') FROM "schools" s CROSS JOIN LATERAL unnest(string_to_array(btrim(s."path", '/'), '/')::uuid[]) o
  WHERE s."id" = ANY (ids)
$$;--> statement-breakpoint
CREATE FUNCTION "uuids_union"(a uuid[], b uuid[]) RETURNS uuid[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY(SELECT DISTINCT x FROM unnest(a || b) x ORDER BY x)
$$;--> statement-breakpoint
-- a minus b, null when nothing is left (left_orgs is null for almost every change)
CREATE FUNCTION "uuids_except"(a uuid[], b uuid[]) RETURNS uuid[] LANGUAGE sql IMMUTABLE AS $$
  SELECT nullif(ARRAY(SELECT x FROM unnest(a) x EXCEPT SELECT y FROM unnest(b) y ORDER BY 1), '{}')
$$;--> statement-breakpoint
-- The item ends with the reader's `leftScope`, rendered false: a reader that the teacher is leaving
-- gets the last 6 bytes ("false}") replaced when the page is read (src/db/changes/feed.ts).
CREATE OR REPLACE FUNCTION "change_api_item"(seq bigint, entity text, id uuid, teacher_id uuid, source_key text, operation text, at timestamptz, state json)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT '{"sequence":' || seq || ',"entity":"' || entity || '","id":"' || id
    || '","teacherId":' || coalesce('"' || teacher_id || '"', 'null')
    || ',"sourceKey":' || coalesce(to_json(source_key)::text, 'null')
    || ',"operation":"' || operation
    || '","changedAt":"' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    || '","state":' || coalesce(state::text, 'null') || ',"leftScope":false}'
$$;--> statement-breakpoint
-- As drizzle/0008, plus the scope: the teacher's reach after the statement, and for an assignment its
-- own school before and after (an update that moves it reaches the school it left). An assignment
-- statement changes the teacher's reach, so it also widens the scope of the teacher's earlier changes
-- in the same transaction (a teacher created before its first assignment, a teacher updated before a
-- transfer) and recomputes who is losing them: readers cannot see between a transaction's statements.
-- The array functions are called only when the cheap containment tests say they change something.
CREATE OR REPLACE FUNCTION "record_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  moved jsonb := '{}';
BEGIN
  IF TG_ARGV[0] = 'assignment' AND TG_OP = 'UPDATE' THEN
    SELECT coalesce(jsonb_object_agg(o."id", o."school_id"), '{}') INTO moved
    FROM "old_rows" o JOIN "changed_rows" n ON n."id" = o."id" WHERE n."school_id" <> o."school_id";
  END IF;
  WITH r AS MATERIALIZED (
    SELECT nextval('changes_seq_seq') AS seq, to_jsonb(x) AS j, x."id" AS id FROM "changed_rows" x
  ), k AS MATERIALIZED (
    SELECT r.seq, r.j, r.id,
      CASE TG_ARGV[0]
        WHEN 'teacher' THEN r.id
        WHEN 'credential_event' THEN (SELECT c."teacher_id" FROM "teacher_credentials" c WHERE c."id" = (r.j->>'credential_id')::uuid)
        ELSE (r.j->>'teacher_id')::uuid
      END AS teacher_id,
      (SELECT s."source_key" FROM "sync_source_keys" s WHERE s."entity" = TG_ARGV[0] AND s."entity_id" = r.id LIMIT 1) AS source_key,
      CASE WHEN TG_ARGV[0] = 'assignment' THEN "school_orgs"(ARRAY[(r.j->>'school_id')::uuid, (moved->>(r.id::text))::uuid]) ELSE '{}' END AS own
    FROM r
  ), s AS MATERIALIZED (
    SELECT t.teacher_id, f.reach, f.stays
    FROM (SELECT DISTINCT k.teacher_id FROM k WHERE k.teacher_id IS NOT NULL) t
    CROSS JOIN LATERAL "teacher_feed_scope"(t.teacher_id, current_date, 'infinity') f
  ), earlier AS (
    UPDATE "changes" c SET "scope_orgs" = w.scope, "left_orgs" = w.left_orgs
    FROM (
      SELECT c2.seq, u.scope, CASE WHEN u.scope <@ s.stays THEN NULL ELSE "uuids_except"(u.scope, s.stays) END AS left_orgs
      FROM s JOIN "changes" c2 ON c2."teacher_id" = s.teacher_id AND c2."xid" = pg_current_xact_id()::text::bigint
      CROSS JOIN LATERAL (SELECT CASE WHEN c2."scope_orgs" <@ s.reach THEN s.reach ELSE "uuids_union"(c2."scope_orgs", s.reach) END AS scope) u
      WHERE TG_ARGV[0] = 'assignment'
    ) w
    WHERE c."seq" = w.seq AND (c."scope_orgs" <> w.scope OR c."left_orgs" IS DISTINCT FROM w.left_orgs)
  )
  INSERT INTO "changes" ("seq", "entity", "entity_id", "teacher_id", "operation", "state", "source_key", "api_item", "scope_orgs", "left_orgs")
  SELECT k.seq, TG_ARGV[0], k.id, k.teacher_id, TG_ARGV[1], CASE WHEN TG_ARGV[1] = 'upsert' THEN k.j END, k.source_key,
    "change_api_item"(k.seq, TG_ARGV[0], k.id, k.teacher_id, k.source_key, TG_ARGV[1], now(),
      CASE WHEN TG_ARGV[1] = 'upsert' THEN "change_api_state"(TG_ARGV[0], k.j) END),
    u.scope, CASE WHEN u.scope <@ s.stays THEN NULL ELSE "uuids_except"(u.scope, s.stays) END
  FROM k LEFT JOIN s ON s.teacher_id = k.teacher_id
  CROSS JOIN LATERAL (SELECT CASE WHEN k.own <@ coalesce(s.reach, '{}') THEN coalesce(s.reach, '{}') ELSE "uuids_union"(coalesce(s.reach, '{}'), k.own) END AS scope) u;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER "teacher_assignments_changes_update" ON "teacher_assignments";--> statement-breakpoint
CREATE TRIGGER "teacher_assignments_changes_update" AFTER UPDATE ON "teacher_assignments" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "changed_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_changes"('assignment', 'upsert');--> statement-breakpoint
-- The changes written before this migration, best effort from the data as it stands now: a change
-- reaches where the teacher served on the day it was written, by the assignments recorded by then
-- with their dates as they stand now (a correction since then counts, a deleted assignment does
-- not), plus an assignment's own school; only a change that gave an assignment its end is marked
-- as the teacher leaving (the schools they do not stay at).
WITH d AS MATERIALIZED (
  SELECT DISTINCT c."teacher_id", c."changed_at" AS at FROM "changes" c WHERE c."teacher_id" IS NOT NULL
), f AS MATERIALIZED (
  SELECT d."teacher_id", d.at, x.reach, x.stays FROM d CROSS JOIN LATERAL "teacher_feed_scope"(d."teacher_id", d.at::date, d.at) x
)
UPDATE "changes" c SET
  "scope_orgs" = "uuids_union"(coalesce(f.reach, '{}'), own.orgs),
  "left_orgs" = CASE WHEN c."entity" = 'assignment' AND c."state"->>'valid_to' IS NOT NULL
    THEN "uuids_except"(own.orgs, f.stays) END,
  "api_item" = left(c."api_item", -1) || ',"leftScope":false}'
FROM "changes" c0
LEFT JOIN f ON f."teacher_id" = c0."teacher_id" AND f.at = c0."changed_at"
CROSS JOIN LATERAL (SELECT CASE WHEN c0."entity" = 'assignment' THEN "school_orgs"(ARRAY[(c0."state"->>'school_id')::uuid]) ELSE '{}' END AS orgs) own
WHERE c0."seq" = c."seq";
