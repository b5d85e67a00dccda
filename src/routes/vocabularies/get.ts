import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { vocabulary } from "../../domain/vocabularies.ts";
import type { AppEnv } from "../../lib/context.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { vocabularyParams, vocabularySchema } from "../../contract/vocabularies.ts";

export const route = defineRoute({
  method: "get",
  path: "/vocabularies/{name}",
  operationId: "getVocabulary",
  summary: "Get one code list",
  tags: ["Vocabularies"],
  "x-permission": "vocabularies.read",
  request: { params: vocabularyParams },
  responses: {
    200: { description: "The code list", content: { "application/json": { schema: vocabularySchema } } },
    ...errorResponses(404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = (c) => {
  const { name } = c.req.valid("param");
  const found = vocabulary(name);
  if (!found) throw new ApiError("not_found", `There is no vocabulary named ${name}`);
  return c.json(found, 200);
};
