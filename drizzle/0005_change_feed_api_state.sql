ALTER TABLE "changes" ADD COLUMN "api_state" json;--> statement-breakpoint
-- The feed's state in its resource's API shape, exactly as the resource's toX function in
-- src/routes/**/schemas.ts renders it (test/routes/changes/states.test.ts compares the two), written
-- once by the trigger so that reading a page renders nothing. What depends on the reading day (a
-- credential past its expiry shows as expired) is applied when the page is read (src/routes/changes).
-- json_build_object (json, not jsonb) keeps the API's key order. Instants as the API writes them
-- (Date.toISOString: UTC, milliseconds truncated); national IDs masked as maskNationalId does.
CREATE FUNCTION "api_instant"(v jsonb) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT to_char((v #>> '{}')::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;--> statement-breakpoint
CREATE FUNCTION "api_masked_national_id"(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN length(v) <= 7 THEN repeat('*', length(v)) ELSE left(v, 3) || repeat('*', length(v) - 7) || right(v, 4) END
$$;--> statement-breakpoint
CREATE FUNCTION "change_api_state"(entity text, s jsonb) RETURNS json LANGUAGE sql STABLE AS $$
  SELECT CASE entity
    WHEN 'teacher' THEN json_build_object(
      'id', s->'id', 'name', s->'name', 'gender', s->'gender', 'birthDate', s->'birth_date',
      'nationalIdMasked', "api_masked_national_id"(nullif(s->>'national_id', '')), 'staffNumber', s->'staff_number',
      'employmentCategory', s->'employment_category', 'onEstablishmentNotAtPost', s->'on_establishment_not_at_post',
      'hireDate', s->'hire_date', 'teachingStartDate', s->'teaching_start_date', 'status', s->'status', 'endedOn', s->'ended_on',
      'endReason', s->'end_reason', 'version', s->'version', 'createdAt', "api_instant"(s->'created_at'), 'updatedAt', "api_instant"(s->'updated_at'))
    WHEN 'assignment' THEN json_build_object(
      'id', s->'id', 'teacherId', s->'teacher_id', 'schoolId', s->'school_id', 'kind', s->'kind', 'postType', s->'post_type',
      'validFrom', s->'valid_from', 'validTo', s->'valid_to', 'endReason', s->'end_reason', 'version', s->'version')
    WHEN 'title' THEN json_build_object(
      'id', s->'id', 'teacherId', s->'teacher_id', 'level', s->'level', 'obtainedOn', s->'valid_from', 'obtainedBy', s->'obtained_by',
      'series', s->'series', 'certificateNumber', s->'certificate_number', 'validTo', s->'valid_to',
      -- TITLE_GROUPS (src/domain/vocab.ts)
      'group', CASE s->>'level' WHEN 'none' THEN 'none' WHEN 'third_grade' THEN 'junior' WHEN 'second_grade' THEN 'junior'
        WHEN 'first_grade' THEN 'intermediate' WHEN 'senior' THEN 'senior' WHEN 'senior_professional' THEN 'senior' END,
      'endReason', s->'end_reason', 'version', s->'version')
    WHEN 'education' THEN json_build_object(
      'id', s->'id', 'teacherId', s->'teacher_id', 'level', s->'level', 'institution', s->'institution', 'major', s->'major',
      'mode', s->'mode', 'degreeAwarded', s->'degree_awarded', 'completedOn', s->'valid_from', 'validTo', s->'valid_to',
      'endReason', s->'end_reason', 'version', s->'version')
    WHEN 'credential' THEN json_build_object(
      'id', s->'id', 'teacherId', s->'teacher_id', 'kind', s->'kind', 'number', s->'number', 'issuer', s->'issuer',
      'stage', s->'stage', 'subject', s->'subject', 'occupation', s->'occupation', 'issuedOn', s->'valid_from',
      'expiresOn', s->'valid_to', 'status', s->'status', 'endReason', s->'end_reason', 'version', s->'version')
    WHEN 'credential_event' THEN json_build_object(
      'id', s->'id', 'credentialId', s->'credential_id', 'status', s->'status', 'effectiveOn', s->'effective_on', 'reason', s->'reason')
    WHEN 'designation' THEN json_build_object(
      'id', s->'id', 'teacherId', s->'teacher_id', 'type', s->'type', 'typeName', s->'type_name', 'level', s->'level',
      'batch', s->'batch', 'subject', s->'subject', 'awardedBy', s->'awarded_by', 'awardedOn', s->'valid_from',
      'validUntil', s->'valid_to', 'status', s->'status', 'endReason', s->'end_reason', 'version', s->'version')
    WHEN 'training_record' THEN json_build_object(
      'id', s->'id', 'teacherId', s->'teacher_id', 'source', s->'source', 'programId', s->'program_id',
      'enrollmentId', s->'enrollment_id', 'title', s->'title', 'category', s->'category', 'level', s->'level',
      'organiser', s->'organiser', 'schoolBased', s->'school_based',
      -- numeric(6,1) as the API's plain number (24, not 24.0)
      'hours', (s->>'hours')::float8, 'completedOn', s->'completed_on', 'evidenceRef', s->'evidence_ref', 'note', s->'note',
      'status', s->'status', 'submittedBy', s->'submitted_by', 'submittedAt', "api_instant"(s->'submitted_at'),
      'reviewedBy', s->'reviewed_by', 'verifiedAt', "api_instant"(s->'verified_at'), 'rejectedAt', "api_instant"(s->'rejected_at'),
      'rejectionReason', s->'rejection_reason', 'version', s->'version',
      'createdAt', "api_instant"(s->'created_at'), 'updatedAt', "api_instant"(s->'updated_at'))
  END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "record_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- MATERIALIZED: each row's JSON is computed once and change_api_state is inlined over it (over
  -- the to_jsonb expression itself it would be called per row as a function: 4x slower inserts).
  WITH r AS MATERIALIZED (SELECT to_jsonb(x) AS j FROM "changed_rows" x)
  INSERT INTO "changes" ("entity", "entity_id", "teacher_id", "operation", "state", "api_state")
  SELECT TG_ARGV[0], (r.j->>'id')::uuid,
    CASE TG_ARGV[0]
      WHEN 'teacher' THEN (r.j->>'id')::uuid
      WHEN 'credential_event' THEN (SELECT c."teacher_id" FROM "teacher_credentials" c WHERE c."id" = (r.j->>'credential_id')::uuid)
      ELSE (r.j->>'teacher_id')::uuid
    END,
    TG_ARGV[1], CASE WHEN TG_ARGV[1] = 'upsert' THEN r.j END,
    CASE WHEN TG_ARGV[1] = 'upsert' THEN "change_api_state"(TG_ARGV[0], r.j) END
  FROM r;
  RETURN NULL;
END $$;--> statement-breakpoint
-- The changes written before this migration.
UPDATE "changes" SET "api_state" = "change_api_state"("entity", "state") WHERE "state" IS NOT NULL;
