import { ethicsRecord } from "../../../services/teacher-records/records.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { renameDates } from "../../../contract/teachers/shapes.ts";
import { ethicsCreateSchema, ethicsSchema, ethicsUpdateSchema, toEthics } from "../../../contract/teachers/ethics-records.ts";

/** 师德 assessments with violations and the veto window. Restricted: bureau_admin and hr_clerk only. */
export const ethicsRecordsRouter = defineTeacherRecord({
  record: ethicsRecord,
  segment: "ethics-records",
  idParam: "ethicsRecordId",
  plural: "TeacherEthicsRecords",
  item: ethicsSchema,
  create: ethicsCreateSchema,
  update: ethicsUpdateSchema,
  toApi: toEthics,
  toColumns: (input) => {
    const cols = renameDates(input, ethicsRecord.fields.from, ethicsRecord.fields.to);
    return cols.score === undefined || cols.score === null ? cols : { ...cols, score: String(cols.score) };
  },
  read: "teachers.restricted.read",
  write: "teachers.restricted.write",
  description:
    "Restricted personal data. A veto (一票否决) needs the window it applies to (vetoFrom–vetoTo); inside it the writes it blocks " +
    "(GET /v1/teachers/{teacherId}/eligibility lists them) are refused with 409 unless a bureau_admin sends ethicsOverride.",
});
