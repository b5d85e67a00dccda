import { createRouter } from "../../lib/router.ts";
import * as complianceList from "./compliance/list.ts";
import * as complianceTeacher from "./compliance/teacher.ts";
import * as transcript from "./compliance/transcript.ts";
import * as bulkEnroll from "./enrollments/bulk-enroll.ts";
import * as bulkResults from "./enrollments/bulk-results.ts";
import * as enrollmentCreate from "./enrollments/create.ts";
import * as enrollmentGet from "./enrollments/get.ts";
import * as enrollmentList from "./enrollments/list.ts";
import * as enrollmentUpdate from "./enrollments/update.ts";
import * as programCreate from "./programs/create.ts";
import * as programGet from "./programs/get.ts";
import * as programList from "./programs/list.ts";
import * as programUpdate from "./programs/update.ts";
import * as claim from "./records/claim.ts";
import * as recordGet from "./records/get.ts";
import * as recordList from "./records/list.ts";
import * as teacherRecords from "./records/list-for-teacher.ts";
import * as review from "./records/review.ts";
import * as ruleCreate from "./rules/create.ts";
import * as ruleGet from "./rules/get.ts";
import * as ruleList from "./rules/list.ts";
import * as ruleUpdate from "./rules/update.ts";
import * as programStatistics from "./statistics/program.ts";
import * as rollup from "./statistics/rollup.ts";

/**
 * Training (培训 / 继续教育): programmes and enrolments, training records and their verification,
 * versioned cycle rules, compliance, transcripts and statistics. Domain rules: src/domain/training/.
 */
export const trainingRouter = createRouter()
  .openapi(programList.route, programList.handler)
  .openapi(programGet.route, programGet.handler)
  .openapi(programCreate.route, programCreate.handler)
  .openapi(programUpdate.route, programUpdate.handler)
  .openapi(programStatistics.route, programStatistics.handler)
  .openapi(enrollmentList.route, enrollmentList.handler)
  .openapi(bulkEnroll.route, bulkEnroll.handler)
  .openapi(bulkResults.route, bulkResults.handler)
  .openapi(enrollmentGet.route, enrollmentGet.handler)
  .openapi(enrollmentCreate.route, enrollmentCreate.handler)
  .openapi(enrollmentUpdate.route, enrollmentUpdate.handler)
  .openapi(recordList.route, recordList.handler)
  .openapi(recordGet.route, recordGet.handler)
  .openapi(review.verifyRoute, review.verifyHandler)
  .openapi(review.rejectRoute, review.rejectHandler)
  .openapi(teacherRecords.route, teacherRecords.handler)
  .openapi(claim.route, claim.handler)
  .openapi(ruleList.route, ruleList.handler)
  .openapi(ruleGet.route, ruleGet.handler)
  .openapi(ruleCreate.route, ruleCreate.handler)
  .openapi(ruleUpdate.route, ruleUpdate.handler)
  .openapi(complianceTeacher.route, complianceTeacher.handler)
  .openapi(complianceList.route, complianceList.handler)
  .openapi(transcript.route, transcript.handler)
  .openapi(rollup.route, rollup.handler);

// The bulk bodies are validated in their handlers (JSON rows or CSV), so the JSON validator was
// registered as optional; the contract still says a body is required.
for (const r of [bulkEnroll.route, bulkResults.route]) (r.request.body as { required?: boolean }).required = true;
