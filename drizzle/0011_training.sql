ALTER TABLE "training_records" ADD COLUMN "verified_on" date;--> statement-breakpoint
ALTER TABLE "training_records" ADD COLUMN "rejected_on" date;--> statement-breakpoint
CREATE OR REPLACE FUNCTION "change_api_state"(entity text, s jsonb) RETURNS json LANGUAGE sql STABLE AS $$
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
      'hours', (s->>'hours')::float8, 'completedOn', s->'completed_on', 'evidenceRef', s->'evidence_ref', 'note', s->'note',
      'status', s->'status', 'submittedBy', s->'submitted_by', 'submittedAt', "api_instant"(s->'submitted_at'),
      'reviewedBy', s->'reviewed_by', 'verifiedAt', "api_instant"(s->'verified_at'), 'rejectedAt', "api_instant"(s->'rejected_at'),
      'decidedOn', CASE s->>'status' WHEN 'verified' THEN s->'verified_on' WHEN 'rejected' THEN s->'rejected_on' END,
      'verifiedOn', s->'verified_on', 'rejectionReason', s->'rejection_reason', 'version', s->'version',
      'createdAt', "api_instant"(s->'created_at'), 'updatedAt', "api_instant"(s->'updated_at'))
  END
$$;--> statement-breakpoint
UPDATE "training_records" SET "verified_on" = ("verified_at" AT TIME ZONE 'UTC')::date WHERE "verified_at" IS NOT NULL;--> statement-breakpoint
UPDATE "training_records" SET "rejected_on" = ("rejected_at" AT TIME ZONE 'UTC')::date WHERE "rejected_at" IS NOT NULL;
