import { z } from "@hono/zod-openapi";

export const healthSchema = z
  .object({
    status: z.literal("ok"),
    database: z.enum(["pglite", "postgres"]).openapi({ description: "Which database this instance uses" }),
    migrations: z.number().int().openapi({ description: "Number of applied schema migrations" }),
  })
  .openapi("Health", { example: { status: "ok", database: "pglite", migrations: 1 } });
