import { postAppointmentRecord } from "../../../services/teacher-records/records.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { renameDates } from "../../../contract/teachers/shapes.ts";
import {
  postAppointmentCreateSchema,
  postAppointmentSchema,
  postAppointmentUpdateSchema,
  toPostAppointment,
} from "../../../contract/teachers/post-appointments.ts";

/** 岗位聘用: the post appointed, one at a time, recorded apart from the title held. */
export const postAppointmentsRouter = defineTeacherRecord({
  record: postAppointmentRecord,
  segment: "post-appointments",
  idParam: "appointmentId",
  plural: "TeacherPostAppointments",
  item: postAppointmentSchema,
  create: postAppointmentCreateSchema,
  update: postAppointmentUpdateSchema,
  toApi: toPostAppointment,
  toColumns: (input) => renameDates(input, postAppointmentRecord.fields.from),
  read: "teachers.read",
  write: "teachers.write",
  description:
    "One appointment holds at a time; a new one ends the previous on the day before. The post level may be above the title held (低职高聘).",
});
