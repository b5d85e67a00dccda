import { defineRoute } from "../../auth/permissions.ts";
import { allVocabularies, vocabulary } from "../../domain/vocabularies.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { vocabularyListSchema, vocabularyParams, vocabularySchema } from "../../contract/vocabularies.ts";

export const listRoute = defineRoute({
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

export const getRoute = defineRoute({
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

export const vocabulariesRouter = createRouter()
  .openapi(listRoute, (c) => c.json({ items: allVocabularies() }, 200))
  .openapi(getRoute, (c) => {
    const { name } = c.req.valid("param");
    const found = vocabulary(name);
    if (!found) throw new ApiError("not_found", `There is no vocabulary named ${name}`);
    return c.json(found, 200);
  });
