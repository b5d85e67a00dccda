import { createRouter, openapiOwnBody } from "../../lib/router.ts";
import * as create from "./create.ts";
import * as get from "./get.ts";
import * as list from "./list.ts";

/** School staff sync: batches pushed by school systems (the change feed is src/routes/changes). */
export const syncRouter = createRouter();
openapiOwnBody(syncRouter, create.route, create.handler);
syncRouter.openapi(list.route, list.handler).openapi(get.route, get.handler);
