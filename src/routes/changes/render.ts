import type { z } from "@hono/zod-openapi";
import type { PgTable } from "drizzle-orm/pg-core";
import { rowFromJson } from "../../db/json-rows.ts";
import * as s from "../../db/schema/index.ts";
import type { ChangeEntity } from "../../db/schema/index.ts";
import { assignmentSchema, toAssignment } from "../teachers/assignments/schemas.ts";
import { credentialEventSchema, credentialSchema, toCredential, toCredentialEvent } from "../teachers/credentials/schemas.ts";
import { designationSchema, toDesignation } from "../teachers/designations/schemas.ts";
import { educationSchema, toEducation } from "../teachers/education/schemas.ts";
import { teacherCoreSchema, toTeacherCore } from "../teachers/schemas.ts";
import { titleSchema, toTitle } from "../teachers/titles/schemas.ts";
import { recordSchema, toRecord } from "../training/records/schemas.ts";

interface Renderer {
  table: PgTable;
  schema: z.ZodType;
  toApi(row: never): unknown;
}

/**
 * The state of each feed entity in the same shape as its resource API (a teacher: the stored fields,
 * national ID masked; what the teacher read derives as of a date is not a change of the teacher).
 */
export const RENDERERS: Record<ChangeEntity, Renderer> = {
  teacher: { table: s.teachers, schema: teacherCoreSchema, toApi: toTeacherCore },
  assignment: { table: s.teacherAssignments, schema: assignmentSchema, toApi: toAssignment },
  title: { table: s.teacherTitles, schema: titleSchema, toApi: toTitle },
  education: { table: s.teacherEducation, schema: educationSchema, toApi: toEducation },
  credential: { table: s.teacherCredentials, schema: credentialSchema, toApi: toCredential },
  credential_event: { table: s.teacherCredentialEvents, schema: credentialEventSchema, toApi: toCredentialEvent },
  designation: { table: s.teacherDesignations, schema: designationSchema, toApi: toDesignation },
  training_record: { table: s.trainingRecords, schema: recordSchema, toApi: toRecord },
};

export function renderState(entity: ChangeEntity, state: Record<string, unknown> | null): unknown {
  if (!state) return null;
  const r = RENDERERS[entity];
  return r.toApi(rowFromJson(r.table, state) as never);
}
