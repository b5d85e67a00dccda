import { createRouter } from "../../lib/router.ts";
import * as evaluate from "./evaluate.ts";

/** Ad-hoc metric evaluation (the metric language: src/domain/metrics/definition.ts). */
export const metricsRouter = createRouter().openapi(evaluate.route, evaluate.handler);
