import { z } from "@hono/zod-openapi";
import { JURISDICTION_LEVELS } from "../domain/vocab.ts";
import { pageQuery, pageSchema, pathId } from "../lib/http.ts";

const example = {
  id: "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
  code: "211100",
  name: "盘锦市",
  level: "city" as const,
  parentId: null,
  version: 1,
  createdAt: "2025-01-06T08:00:00.000Z",
  updatedAt: "2025-01-06T08:00:00.000Z",
};

export const jurisdictionSchema = z
  .object({
    id: z.uuid(),
    code: z.string().openapi({ description: "Administrative division code (e.g. GB/T 2260)", example: "211100" }),
    name: z.string().openapi({ example: "盘锦市" }),
    level: z.enum(JURISDICTION_LEVELS),
    parentId: z.uuid().nullable().openapi({ description: "null for the root of the tree" }),
    version: z.number().int().openapi({ description: "Increments on every change; the ETag" }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Jurisdiction", { example });

export const jurisdictionCreateSchema = z
  .object({
    code: z.string().trim().min(1).max(32),
    name: z.string().trim().min(1).max(100),
    level: z.enum(JURISDICTION_LEVELS),
    parentId: z.uuid().nullable().optional().openapi({ description: "Omit or null to create a root" }),
  })
  .openapi("JurisdictionCreate", { example: { code: "211102", name: "双台子区", level: "district", parentId: example.id } });

export const jurisdictionUpdateSchema = jurisdictionCreateSchema
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change")
  .openapi("JurisdictionUpdate", { example: { name: "双台子区（新）" } });

export type JurisdictionCreate = z.infer<typeof jurisdictionCreateSchema>;
export type JurisdictionUpdate = z.infer<typeof jurisdictionUpdateSchema>;

export const jurisdictionPageSchema = pageSchema(jurisdictionSchema, "JurisdictionPage");

export const jurisdictionListQuery = pageQuery.extend({
  parentId: z.uuid().optional().openapi({ description: "Only direct children of this node" }),
  level: z.enum(JURISDICTION_LEVELS).optional(),
  subtreeOf: z.uuid().optional().openapi({ description: "This node and everything below it" }),
});

export const jurisdictionParams = z.object({ jurisdictionId: pathId("jurisdictionId") });

export type JurisdictionRow = {
  id: string;
  code: string;
  name: string;
  level: (typeof JURISDICTION_LEVELS)[number];
  parentId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export function toJurisdiction(row: JurisdictionRow): z.infer<typeof jurisdictionSchema> {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level,
    parentId: row.parentId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
