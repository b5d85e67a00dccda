import { createRouter } from "../../lib/router.ts";
import * as targets from "./targets.ts";
import * as workforce from "./workforce.ts";

/** Bureau reports (domain.md §4): aggregates only, as JSON, CSV or XLSX (src/lib/tabular). */
export const reportsRouter = createRouter().openapi(workforce.route, workforce.handler).openapi(targets.route, targets.handler);
