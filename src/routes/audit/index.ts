import { createRouter } from "../../lib/router.ts";
import * as list from "./list.ts";

export const auditRouter = createRouter().openapi(list.route, list.handler);
