import { createRouter } from "../../lib/router.ts";
import { annualAppraisalsRouter } from "./annual-appraisals/index.ts";
import { assignmentsRouter } from "./assignments/index.ts";
import { credentialsRouter } from "./credentials/index.ts";
import { designationsRouter } from "./designations/index.ts";
import { educationRouter } from "./education/index.ts";
import { ethicsRecordsRouter } from "./ethics-records/index.ts";
import { graduateCourseworkRouter } from "./graduate-coursework/index.ts";
import { postAppointmentsRouter } from "./post-appointments/index.ts";
import { subjectsRouter } from "./subjects/index.ts";
import { titlesRouter } from "./titles/index.ts";
import * as create from "./create.ts";
import * as eligibility from "./eligibility.ts";
import * as employmentChange from "./employment/change.ts";
import * as employmentCorrect from "./employment/correct.ts";
import * as employmentList from "./employment/list.ts";
import * as end from "./end.ts";
import * as get from "./get.ts";
import * as history from "./history.ts";
import * as list from "./list.ts";
import * as nationalId from "./national-id.ts";
import * as reinstate from "./reinstate.ts";
import * as update from "./update.ts";

/**
 * The teacher core record. Sub-records (assignments, titles, education, ...) are their own modules
 * under routes/teachers/<sub-record>/ and are mounted here, each adding files rather than editing these.
 */
export const teachersRouter = createRouter()
  .openapi(list.route, list.handler)
  .openapi(get.route, get.handler)
  .openapi(create.route, create.handler)
  .openapi(update.route, update.handler)
  .openapi(end.route, end.handler)
  .openapi(reinstate.route, reinstate.handler)
  .openapi(employmentList.route, employmentList.handler)
  .openapi(employmentChange.route, employmentChange.handler)
  .openapi(employmentCorrect.route, employmentCorrect.handler)
  .openapi(nationalId.route, nationalId.handler)
  .openapi(history.route, history.handler)
  .openapi(eligibility.route, eligibility.handler)
  .route("/", assignmentsRouter)
  .route("/", titlesRouter)
  .route("/", postAppointmentsRouter)
  .route("/", educationRouter)
  .route("/", graduateCourseworkRouter)
  .route("/", subjectsRouter)
  .route("/", credentialsRouter)
  .route("/", designationsRouter)
  .route("/", ethicsRecordsRouter)
  .route("/", annualAppraisalsRouter);
