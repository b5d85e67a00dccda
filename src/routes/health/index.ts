import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { appliedMigrationCount } from "../../db/migrations.ts";
import { createRouter } from "../../lib/router.ts";
import { errorResponses } from "../../lib/problem.ts";

export const healthSchema = z
  .object({
    status: z.literal("ok"),
    database: z.enum(["pglite", "postgres"]).openapi({ description: "Which database this instance uses" }),
    migrations: z.number().int().openapi({ description: "Number of applied schema migrations" }),
  })
  .openapi("Health", { example: { status: "ok", database: "pglite", migrations: 1 } });

export const route = defineRoute({
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
