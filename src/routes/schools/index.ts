import { createRouter } from "../../lib/router.ts";
import * as createClassification from "./classifications/create.ts";
import * as listClassifications from "./classifications/list.ts";
import * as updateClassification from "./classifications/update.ts";
import * as create from "./create.ts";
import * as get from "./get.ts";
import * as list from "./list.ts";
import * as update from "./update.ts";

export const schoolsRouter = createRouter()
  .openapi(list.route, list.handler)
  .openapi(get.route, get.handler)
  .openapi(create.route, create.handler)
  .openapi(update.route, update.handler)
  .openapi(listClassifications.route, listClassifications.handler)
  .openapi(createClassification.route, createClassification.handler)
  .openapi(updateClassification.route, updateClassification.handler);
