import { z } from "@hono/zod-openapi";
import { CHANGE_ENTITIES, CHANGE_OPERATIONS, type ChangeEntity } from "../db/schema/index.ts";
import { assignmentSchema } from "./teachers/assignments.ts";
import { credentialEventSchema, credentialSchema } from "./teachers/credentials.ts";
import { designationSchema } from "./teachers/designations.ts";
import { educationSchema } from "./teachers/education.ts";
import { teacherCoreSchema } from "./teachers.ts";
import { titleSchema } from "./teachers/titles.ts";
import { recordSchema } from "./training/records.ts";

export const changesQuery = z.object({
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ description: "The `nextCursor` of the previous response; omit to start from the beginning" }),
  limit: z.coerce.number().int().min(1).max(1000).default(100).openapi({ description: "Changes per response (1–1000)", example: 100 }),
  entities: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const list = v
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
      const unknown = list.filter((x) => !(CHANGE_ENTITIES as readonly string[]).includes(x));
      if (unknown.length)
        ctx.addIssue({ code: "custom", message: `Unknown entities: ${unknown.join(", ")}; use ${CHANGE_ENTITIES.join(", ")}` });
      return list as (typeof CHANGE_ENTITIES)[number][];
    })
    .openapi({
      type: "string",
      description: `Comma-separated: ${CHANGE_ENTITIES.join(", ")} (default: all)`,
      example: "teacher,assignment",
    }),
});

/**
 * Each entity's state is its resource's shape (a teacher: the stored fields, national ID masked; what
 * the teacher read derives as of a date is not a change of the teacher). The database renders them
 * (drizzle/0005_change_feed_api_state.sql); test/routes/changes/states.test.ts holds it to the resources.
 */
const STATE_SCHEMAS: Record<ChangeEntity, z.ZodType> = {
  teacher: teacherCoreSchema,
  assignment: assignmentSchema,
  title: titleSchema,
  education: educationSchema,
  credential: credentialSchema,
  credential_event: credentialEventSchema,
  designation: designationSchema,
  training_record: recordSchema,
};

const states = Object.values(STATE_SCHEMAS) as [z.ZodType, z.ZodType, ...z.ZodType[]];

const changeSchema = z
  .object({
    sequence: z.number().int().openapi({ description: "The change's number: unique, increasing within a transaction" }),
    entity: z.enum(CHANGE_ENTITIES),
    id: z.uuid().openapi({ description: "The changed record's id" }),
    teacherId: z.uuid().nullable(),
    sourceKey: z.string().nullable().openapi({ description: "The school system's key for the record, when a sync batch pushed it" }),
    operation: z.enum(CHANGE_OPERATIONS),
    changedAt: z.iso.datetime(),
    state: z
      .union([z.union(states), z.null()])
      .openapi({ description: "The record after the change, in its resource's shape (null for a delete)" }),
    leftScope: z.boolean().openapi({
      description:
        "true: this teacher is leaving your scope (transferred out, a concurrent post at your school ended): this change is " +
        "among the last you receive about them. You receive changes until the end date (validTo) of their last assignment in " +
        "your scope, then nothing more. false: the teacher stays in your scope (always false for a bureau-wide reader).",
    }),
  })
  .openapi("Change");

export const changesPageSchema = z
  .object({
    items: z.array(changeSchema),
    nextCursor: z.string().openapi({ description: "Always present: pass it as `cursor` to continue (or to poll again later)" }),
    hasMore: z.boolean().openapi({ description: "More changes are available now; false means you are up to date" }),
  })
  .openapi("ChangePage");
