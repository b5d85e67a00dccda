import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { allVocabularies } from "../../domain/vocabularies.ts";
import type { AppEnv } from "../../lib/context.ts";
import { errorResponses } from "../../lib/problem.ts";
import { vocabularyListSchema } from "../../contract/vocabularies.ts";

export const route = defineRoute({
  method: "get",
  path: "/vocabularies",
  operationId: "listVocabularies",
  summary: "List every code list",
  description: "Codes are stable English snake_case and never change; labels (zh-CN, en) are data.",
  tags: ["Vocabularies"],
  "x-permission": "vocabularies.read",
  responses: {
    200: { description: "All code lists", content: { "application/json": { schema: vocabularyListSchema } } },
    ...errorResponses(),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = (c) => c.json({ items: allVocabularies() }, 200);
