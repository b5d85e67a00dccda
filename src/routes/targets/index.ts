import { createRouter } from "../../lib/router.ts";
import * as create from "./create.ts";
import * as evaluation from "./evaluation.ts";
import * as get from "./get.ts";
import * as list from "./list.ts";
import * as members from "./members.ts";
import * as snapshotCreate from "./snapshot-create.ts";
import * as snapshotList from "./snapshot-list.ts";
import * as update from "./update.ts";

/** Plan targets as data: CRUD, evaluation as of a date, drill-down and stored snapshots (the trend). */
export const targetsRouter = createRouter()
  .openapi(list.route, list.handler)
  .openapi(create.route, create.handler)
  .openapi(get.route, get.handler)
  .openapi(update.route, update.handler)
  .openapi(evaluation.route, evaluation.handler)
  .openapi(members.route, members.handler)
  .openapi(snapshotCreate.route, snapshotCreate.handler)
  .openapi(snapshotList.route, snapshotList.handler);
