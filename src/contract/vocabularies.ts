import { z } from "@hono/zod-openapi";

export const vocabularySchema = z
  .object({
    name: z.string().openapi({ example: "employment_category" }),
    description: z.string(),
    ordered: z.boolean().openapi({ description: "True when `rank` is meaningful for at-least comparisons" }),
    entries: z.array(
      z.object({
        code: z.string().openapi({ example: "on_establishment" }),
        rank: z.number().int(),
        labels: z.object({ "zh-CN": z.string().openapi({ example: "在编" }), en: z.string().openapi({ example: "On establishment" }) }),
      }),
    ),
  })
  .openapi("Vocabulary");

export const vocabularyListSchema = z.object({ items: z.array(vocabularySchema) }).openapi("VocabularyList");
export const vocabularyParams = z.object({
  name: z.string().openapi({ param: { name: "name", in: "path" }, example: "employment_category" }),
});
