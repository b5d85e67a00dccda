import { credentialRecord } from "../../../services/teacher-records/records.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { renameDates } from "../../../contract/teachers/shapes.ts";
import { credentialCreateSchema, credentialSchema, credentialUpdateSchema, toCredential } from "../../../contract/teachers/credentials.ts";
import * as events from "./events.ts";

/** Certificates and qualifications with dated status events; two of them together make 双师型. */
export const credentialsRouter = defineTeacherRecord({
  record: credentialRecord,
  segment: "credentials",
  idParam: "credentialId",
  plural: "TeacherCredentials",
  item: credentialSchema,
  create: credentialCreateSchema,
  update: credentialUpdateSchema,
  toApi: toCredential,
  toColumns: (input) => renameDates(input, credentialRecord.fields.from, credentialRecord.fields.to),
  read: "teachers.read",
  write: "teachers.write",
  description: "Ending a credential sets its expiry (last valid day). Status changes are events: POST .../events.",
})
  .openapi(events.listRoute, events.listHandler)
  .openapi(events.createRoute, events.createHandler);
