import { createRouter } from "../../lib/router.ts";
import * as create from "./create.ts";
import * as get from "./get.ts";
import * as list from "./list.ts";
import * as rotate from "./rotate-secret.ts";
import * as update from "./update.ts";

export const clientsRouter = createRouter()
  .openapi(list.route, list.handler)
  .openapi(get.route, get.handler)
  .openapi(create.route, create.handler)
  .openapi(update.route, update.handler)
  .openapi(rotate.route, rotate.handler);
