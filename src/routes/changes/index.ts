import { createRouter } from "../../lib/router.ts";
import * as list from "./list.ts";

/** The change feed for integrators (docs: README, "School staff sync"). */
export const changesRouter = createRouter().openapi(list.route, list.handler);
