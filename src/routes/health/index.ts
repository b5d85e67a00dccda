import { defineRoute } from "../../auth/permissions.ts";
import { appliedMigrationCount } from "../../db/migrations.ts";
import { createRouter } from "../../lib/router.ts";
import { errorResponses } from "../../lib/problem.ts";
import { healthSchema } from "../../contract/health.ts";

const route = defineRoute({
  method: "get",
  path: "/health",
  operationId: "getHealth",
  summary: "Liveness and database check",
  tags: ["System"],
  security: [],
  "x-permission": "public",
  responses: {
    200: { description: "The service and its database answer", content: { "application/json": { schema: healthSchema } } },
    ...errorResponses(),
  },
});

export const healthRouter = createRouter().openapi(route, async (c) => {
  const migrations = await appliedMigrationCount(c.var.db);
  return c.json({ status: "ok" as const, database: c.var.deps.dbKind, migrations }, 200);
});
